import { FilterOutlined } from '@ant-design/icons';
import { SERVICE_SORTS } from '@cz/shared/catalog';
import { Badge, Button, Col, Grid, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UrlPatch } from '../../../kit/list/url-state';
import { useCatalogLabels } from '../labels';
import type { ServiceFilters } from './service-filters';

const col = { xs: 24, sm: 12, lg: 8 };

/** Keyword, category, price in 元, region, rating, vouchers and sort; on phones the rarer ones fold away. */
export function ServiceFilterBar({
  filters,
  onChange,
  onReset,
}: {
  filters: ServiceFilters;
  onChange: (patch: UrlPatch) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation('catalog');
  const labels = useCatalogLabels();
  const screens = Grid.useBreakpoint();
  const [expanded, setExpanded] = useState(false);
  const folded = !screens.md && !expanded;
  const inUse =
    [filters.priceMin, filters.priceMax, filters.region, filters.minRating].filter((v) => v !== undefined).length +
    (filters.voucher ? 1 : 0);
  const [priceMin, setPriceMin] = useState<number | null>(filters.priceMin ?? null);
  const [priceMax, setPriceMax] = useState<number | null>(filters.priceMax ?? null);
  const applyPrice = () => onChange({ priceMin: priceMin ?? null, priceMax: priceMax ?? null });

  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} lg={16}>
        <Input.Search
          key={filters.q ?? ''}
          defaultValue={filters.q}
          allowClear
          enterButton={t('common.search')}
          placeholder={t('services.searchPlaceholder')}
          aria-label={t('services.searchPlaceholder')}
          onSearch={(v) => onChange({ q: v.trim(), sort: null })}
          data-testid="service-search"
        />
      </Col>
      <Col {...col}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('services.category')}
          aria-label={t('services.category')}
          options={labels.serviceCategoryOptions}
          value={filters.category}
          onChange={(v: string | undefined) => onChange({ category: v })}
          data-testid="service-category"
        />
      </Col>
      {folded ? (
        <Col xs={24}>
          <Badge count={inUse} size="small">
            <Button icon={<FilterOutlined />} onClick={() => setExpanded(true)}>
              {t('services.filters')}
            </Button>
          </Badge>
        </Col>
      ) : (
        <>
          <Col {...col}>
            <Space.Compact style={{ width: '100%' }}>
              <InputNumber
                min={0}
                style={{ width: '50%' }}
                placeholder={t('services.priceMin')}
                aria-label={t('services.priceMin')}
                value={priceMin}
                onChange={(v) => setPriceMin(v)}
                onBlur={applyPrice}
                onPressEnter={applyPrice}
                data-testid="service-price-min"
              />
              <InputNumber
                min={0}
                style={{ width: '50%' }}
                placeholder={t('services.priceMax')}
                aria-label={t('services.priceMax')}
                value={priceMax}
                onChange={(v) => setPriceMax(v)}
                onBlur={applyPrice}
                onPressEnter={applyPrice}
                data-testid="service-price-max"
              />
            </Space.Compact>
          </Col>
          <Col {...col}>
            <Input
              key={filters.region ?? ''}
              allowClear
              defaultValue={filters.region}
              placeholder={t('services.region')}
              aria-label={t('services.region')}
              onPressEnter={(e) => onChange({ region: e.currentTarget.value.trim() })}
              onBlur={(e) => onChange({ region: e.currentTarget.value.trim() })}
              data-testid="service-region"
            />
          </Col>
          <Col {...col}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('services.minRating')}
              aria-label={t('services.minRating')}
              value={filters.minRating}
              options={[4.5, 4, 3.5, 3].map((r) => ({ value: r, label: `≥ ${r}` }))}
              onChange={(v: number | undefined) => onChange({ minRating: v })}
              data-testid="service-min-rating"
            />
          </Col>
          <Col {...col} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <Switch
              checked={filters.voucher}
              onChange={(v) => onChange({ voucher: v ? 'true' : null })}
              data-testid="service-voucher"
              aria-label={t('services.voucherOnly')}
            />
            <span>{t('services.voucherOnly')}</span>
          </Col>
        </>
      )}
      <Col {...col} style={{ display: 'flex', gap: 8 }}>
        <Select
          style={{ flex: 1 }}
          prefix={`${t('services.sort')}:`}
          aria-label={t('services.sort')}
          value={filters.sort}
          options={SERVICE_SORTS.filter((s) => s !== 'relevance' || filters.q).map((s) => ({
            value: s,
            label: t(`services.sorts.${s}`),
          }))}
          onChange={(v: string) => onChange({ sort: v })}
          data-testid="service-sort"
        />
        <Button
          onClick={() => {
            setPriceMin(null);
            setPriceMax(null);
            onReset();
          }}
        >
          {t('common.reset')}
        </Button>
      </Col>
    </Row>
  );
}
