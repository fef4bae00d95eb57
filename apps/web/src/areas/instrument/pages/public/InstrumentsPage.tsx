import { INSTRUMENT_SORTS } from '@cz/shared/instrument';
import { Button, Card, Col, Empty, Input, Pagination, Row, Select, Spin, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useListPage } from '../../../../kit/list/useListPage';
import { useCatalogLabels } from '../../../catalog/labels';
import { useInstrumentList } from '../../api';
import { InstrumentCard } from '../../components/InstrumentCard';
import { INSTRUMENT_LIST, instrumentFilters, toInstrumentQuery } from '../../components/instrument-filters';

/** 大型仪器共享: public list of shared instruments with Chinese keyword search; filters in the URL. */
export function InstrumentsPage() {
  const { t } = useTranslation(['instrument', 'catalog']);
  const labels = useCatalogLabels();
  const listPage = useListPage(INSTRUMENT_LIST);
  const { update, reset } = listPage;
  const filters = instrumentFilters(listPage);
  const list = useInstrumentList(toInstrumentQuery(filters));
  const col = { xs: 24, sm: 12, lg: 8 };

  return (
    <div className="market-page">
      <PageHeader title={t('instruments.title')} subtitle={t('instruments.subtitle')} />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} lg={16}>
            <Input.Search
              key={filters.q ?? ''}
              defaultValue={filters.q}
              allowClear
              enterButton={t('common.search')}
              placeholder={t('instruments.searchPlaceholder')}
              aria-label={t('instruments.searchPlaceholder')}
              onSearch={(v) => update({ q: v.trim(), sort: null })}
              data-testid="instrument-search"
            />
          </Col>
          <Col {...col}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('instruments.category')}
              aria-label={t('instruments.category')}
              options={labels.instrumentCategoryOptions}
              value={filters.category}
              onChange={(v: string | undefined) => update({ category: v })}
              data-testid="instrument-category"
            />
          </Col>
          <Col {...col} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <Switch
              checked={filters.large}
              onChange={(v) => update({ large: v ? 'true' : null })}
              data-testid="instrument-large"
              aria-label={t('instruments.largeOnly')}
            />
            <span>{t('instruments.largeOnly')}</span>
          </Col>
          <Col {...col} style={{ display: 'flex', gap: 8 }}>
            <Select
              style={{ flex: 1 }}
              prefix={`${t('catalog:services.sort')}:`}
              aria-label={t('catalog:services.sort')}
              value={filters.sort}
              options={INSTRUMENT_SORTS.filter((s) => s !== 'relevance' || filters.q).map((s) => ({
                value: s,
                label: t(`catalog:services.sorts.${s}`),
              }))}
              onChange={(v: string) => update({ sort: v })}
              data-testid="instrument-sort"
            />
            <Button onClick={reset}>{t('common.reset')}</Button>
          </Col>
        </Row>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Spin spinning={list.isFetching}>
            {list.data && list.data.items.length === 0 ? (
              <Empty description={t('instruments.empty')} />
            ) : (
              <Row gutter={[12, 12]} data-testid="instrument-results" data-total={list.data?.total ?? ''}>
                {list.data?.items.map((i) => (
                  <Col key={i.id} xs={24} sm={12} xl={8}>
                    <InstrumentCard i={i} />
                  </Col>
                ))}
              </Row>
            )}
          </Spin>
        )}
        <Pagination
          style={{ marginTop: 16, justifyContent: 'center' }}
          current={filters.page}
          pageSize={filters.pageSize}
          total={list.data?.total ?? 0}
          showSizeChanger
          pageSizeOptions={[12, 24, 48]}
          showTotal={(total) => t('common.total', { total })}
          onChange={listPage.setPage}
          size="small"
        />
      </Card>
    </div>
  );
}
