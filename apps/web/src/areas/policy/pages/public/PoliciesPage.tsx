import type { PolicySearchParams } from '@cz/shared/policy-docs';
import { Card, Empty, Pagination, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useListPage } from '../../../../kit/list/useListPage';
import { usePolicySearch } from '../../api';
import { POLICY_LIBRARY } from '../../components/library-filters';
import { PolicyCard } from '../../components/PolicyCard';
import { PolicyFilterBar } from '../../components/PolicyFilterBar';

/** 政策库: anyone searches the published documents in Chinese; every filter, the sort and the page stand in the URL. */
export function PoliciesPage() {
  const { t } = useTranslation('policy');
  const listPage = useListPage(POLICY_LIBRARY);
  const list = usePolicySearch(listPage.query as PolicySearchParams);

  return (
    <div className="policy-library">
      <PageHeader title={t('library.title')} subtitle={t('library.subtitle')} />
      <Card>
        <PolicyFilterBar
          filters={listPage.filters}
          sort={listPage.sort}
          onChange={listPage.update}
          onReset={listPage.reset}
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Spin spinning={list.isFetching}>
            {list.data && list.data.items.length === 0 ? (
              <Empty description={t('library.empty')} />
            ) : (
              <Space
                orientation="vertical"
                size={12}
                style={{ width: '100%' }}
                data-testid="policy-results"
                data-total={list.data?.total ?? ''}
              >
                {list.data?.items.map((hit) => (
                  <PolicyCard key={hit.id} hit={hit} />
                ))}
              </Space>
            )}
          </Spin>
        )}
        <Pagination
          style={{ marginTop: 16, justifyContent: 'center' }}
          current={listPage.page}
          pageSize={listPage.pageSize}
          total={list.data?.total ?? 0}
          showSizeChanger
          pageSizeOptions={[10, 20, 50]}
          showTotal={(total) => t('common.total', { total })}
          onChange={listPage.setPage}
          size="small"
        />
      </Card>
    </div>
  );
}
