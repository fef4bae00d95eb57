import { Card, Col, Empty, Pagination, Row, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useListPage } from '../../../../kit/list/useListPage';
import { useServiceList } from '../../api';
import { ServiceCard } from '../../components/ServiceCard';
import { ServiceFilterBar } from '../../components/ServiceFilterBar';
import { SERVICE_LIST, serviceFilters, toServiceQuery } from '../../components/service-filters';

/** 科技服务超市: public, searchable, every filter and the page in the URL. */
export function ServicesPage() {
  const { t } = useTranslation('catalog');
  const listPage = useListPage(SERVICE_LIST);
  const { update, reset } = listPage;
  const filters = serviceFilters(listPage);
  const list = useServiceList(toServiceQuery(filters));

  return (
    <div className="market-page">
      <PageHeader title={t('services.title')} subtitle={t('services.subtitle')} />
      <Card>
        <ServiceFilterBar filters={filters} onChange={update} onReset={reset} />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Spin spinning={list.isFetching}>
            {list.data && list.data.items.length === 0 ? (
              <Empty description={t('services.empty')} />
            ) : (
              <Row gutter={[12, 12]} data-testid="service-results" data-total={list.data?.total ?? ''}>
                {list.data?.items.map((s) => (
                  <Col key={s.id} xs={24} sm={12} xl={8}>
                    <ServiceCard s={s} />
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
          hideOnSinglePage={false}
          size="small"
        />
      </Card>
    </div>
  );
}
