import { FilterOutlined } from '@ant-design/icons';
import type { OrgListParams } from '@cz/shared/org';
import { Badge, Button, Col, Grid, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UrlPatch } from '../../../kit/list/url-state';
import { useLabels } from '../labels';
import { SORTS } from './org-filters';

type Props = { filters: OrgListParams; onChange: (patch: UrlPatch) => void; onReset: () => void };
const col = { xs: 24, sm: 12, lg: 8, xl: 6 };

export function OrgFilterBar({ filters, onChange, onReset }: Props) {
  const { t } = useTranslation('org');
  const labels = useLabels();
  const screens = Grid.useBreakpoint();
  const [expanded, setExpanded] = useState(false);
  // On phones the less used filters fold away behind a button that counts the ones in use.
  const folded = !screens.md && !expanded;
  const inUse = (['kind', 'flags', 'industry', 'industryChain', 'park'] as const).filter(
    (k) => filters[k]?.length,
  ).length;
  const multi = (key: keyof OrgListParams, placeholder: string, options: { value: string; label: string }[]) => (
    <Col {...col}>
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ width: '100%' }}
        placeholder={placeholder}
        aria-label={placeholder}
        options={options}
        value={(filters[key] as string[] | undefined) ?? []}
        onChange={(v: string[]) => onChange({ [key]: v })}
        showSearch={{ optionFilterProp: 'label' }}
        data-testid={`filter-${key}`}
      />
    </Col>
  );
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col {...col}>
        <Input.Search
          key={filters.q ?? ''}
          defaultValue={filters.q}
          allowClear
          placeholder={t('adminOrgs.qPlaceholder')}
          aria-label={t('adminOrgs.qPlaceholder')}
          onSearch={(v) => onChange({ q: v.trim(), sort: null })}
          data-testid="filter-q"
        />
      </Col>
      {multi('status', t('org.fields.status'), labels.statusOptions)}
      {folded && (
        <Col xs={24}>
          <Badge count={inUse} size="small">
            <Button icon={<FilterOutlined />} onClick={() => setExpanded(true)}>
              {t('adminOrgs.more')}
            </Button>
          </Badge>
        </Col>
      )}
      {!folded && multi('kind', t('org.fields.kind'), labels.kindOptions)}
      {!folded && multi('flags', t('org.fields.flags'), labels.flagOptions)}
      {!folded && multi('industry', t('org.fields.industry'), labels.industryOptions)}
      {!folded && multi('industryChain', t('org.fields.industryChain'), labels.chainOptions)}
      {!folded && (
        <Col {...col}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('adminOrgs.park')}
            aria-label={t('adminOrgs.park')}
            options={labels.parkOptions}
            value={filters.park}
            onChange={(v: string | undefined) => onChange({ park: v })}
            data-testid="filter-park"
          />
        </Col>
      )}
      <Col {...col} style={{ display: 'flex', gap: 8 }}>
        <Select
          style={{ flex: 1 }}
          prefix={`${t('adminOrgs.sort')}:`}
          aria-label={t('adminOrgs.sort')}
          value={filters.sort}
          options={SORTS.filter((s) => s !== 'relevance' || filters.q).map((s) => ({
            value: s,
            label: t(`enums.sort.${s}`),
          }))}
          onChange={(v: string) => onChange({ sort: v })}
          data-testid="filter-sort"
        />
        <Button onClick={onReset}>{t('common.reset')}</Button>
      </Col>
    </Row>
  );
}
