import { FilterOutlined } from '@ant-design/icons';
import { POLICY_SEARCH_SORTS } from '@cz/shared/policy-docs';
import { Badge, Button, Col, Grid, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromIsoDate, toIsoDate } from '../../../kit/datetime';
import { DateInput } from '../../../kit/forms/DateInput';
import type { UrlPatch } from '../../../kit/list/url-state';
import { usePolicyIssuers } from '../api';
import { usePolicyLabels } from '../labels';
import type { LibraryFilters } from './library-filters';

const col = { xs: 24, sm: 12, lg: 6 };
const FIRST_YEAR = 2015;

/** The library's search and filters; on phones all but the search, the level and the support kind fold away. */
export function PolicyFilterBar({
  filters,
  sort,
  onChange,
  onReset,
}: {
  filters: LibraryFilters;
  sort: string | undefined;
  onChange: (patch: UrlPatch) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation('policy');
  const labels = usePolicyLabels();
  const issuers = usePolicyIssuers();
  const screens = Grid.useBreakpoint();
  const [expanded, setExpanded] = useState(false);
  const folded = !screens.md && !expanded;
  const more = [
    filters.enterpriseKind,
    filters.issuer,
    filters.industry,
    filters.status,
    filters.year,
    filters.inForceOn,
  ];
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const select = (key: keyof LibraryFilters, label: string, options: { value: string | number; label: string }[]) => (
    <Col {...col} key={key}>
      <Select
        allowClear
        showSearch={options.length > 8}
        optionFilterProp="label"
        style={{ width: '100%' }}
        placeholder={label}
        aria-label={label}
        value={filters[key] as string | number | undefined}
        options={options}
        onChange={(v: string | number | undefined) => onChange({ [key]: v })}
        data-testid={`policy-filter-${key}`}
      />
    </Col>
  );

  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} lg={18}>
        <Input.Search
          key={filters.q ?? ''}
          defaultValue={filters.q}
          allowClear
          enterButton={t('library.searchButton')}
          placeholder={t('library.search')}
          aria-label={t('library.search')}
          onSearch={(v) => onChange({ q: v.trim(), sort: null })}
          data-testid="policy-search"
        />
      </Col>
      <Col xs={24} lg={6}>
        <Select
          style={{ width: '100%' }}
          prefix={`${t('library.sort')}:`}
          aria-label={t('library.sort')}
          value={sort}
          options={POLICY_SEARCH_SORTS.filter((s) => s !== 'relevance' || filters.q).map((s) => ({
            value: s,
            label: t(`library.sorts.${s}`),
          }))}
          onChange={(v: string) => onChange({ sort: v })}
          data-testid="policy-sort"
        />
      </Col>
      {select('level', t('fields.level'), labels.levelOptions)}
      {select('supportKind', t('fields.supportKinds'), labels.supportKindOptions)}
      {folded ? (
        <Col xs={24}>
          <Badge count={more.filter((v) => v !== undefined).length} size="small">
            <Button icon={<FilterOutlined />} onClick={() => setExpanded(true)} data-testid="policy-more-filters">
              {t('library.moreFilters')}
            </Button>
          </Badge>
        </Col>
      ) : (
        <>
          {select('enterpriseKind', t('fields.enterpriseKinds'), labels.enterpriseKindOptions)}
          {select(
            'issuer',
            t('fields.issuer'),
            (issuers.data?.items ?? []).map((i) => ({ value: i.issuer, label: `${i.issuer} (${i.count})` })),
          )}
          {select('industry', t('fields.industries'), labels.industryOptions)}
          {select('status', t('library.status'), [
            { value: 'published', label: labels.state('published') },
            { value: 'expired', label: labels.state('expired') },
          ])}
          {select(
            'year',
            t('library.year'),
            years.map((y) => ({ value: y, label: t('library.yearOption', { year: y }) })),
          )}
          <Col {...col}>
            <DateInput
              style={{ width: '100%' }}
              placeholder={t('library.inForceOn')}
              aria-label={t('library.inForceOn')}
              value={fromIsoDate(filters.inForceOn) ?? null}
              onChange={(d) => onChange({ inForceOn: toIsoDate(d as Dayjs | null) })}
              data-testid="policy-filter-inForceOn"
            />
          </Col>
        </>
      )}
      <Col {...col}>
        <Button onClick={onReset} data-testid="policy-reset">
          {t('library.reset')}
        </Button>
      </Col>
    </Row>
  );
}
