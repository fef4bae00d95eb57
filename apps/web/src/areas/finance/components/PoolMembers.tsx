import { Card, type TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { type PoolMember, usePoolMembers } from '../pools.api';
import { VerdictTag } from './tags';

/** The second list of the pool's page: its paging stands in the URL as `mpage`, its search as `mq`. */
const MEMBER_LIST = defineList({ filters: { mq: filter.text }, prefix: 'm' });

/** A pool's whitelist as last computed, searched by name and paged; it exports as Excel. */
export function PoolMembers({ poolId }: { poolId: number }) {
  const { t } = useTranslation('finance');
  const listPage = useListPage(MEMBER_LIST);
  const search = listPage.filters.mq ? { q: listPage.filters.mq } : {};
  const list = usePoolMembers(poolId, { page: listPage.page, pageSize: listPage.pageSize, ...search });
  const columns: TableColumnType<PoolMember>[] = [
    { title: t('fields.enterprise'), dataIndex: 'orgName' },
    {
      title: t('pool.result'),
      dataIndex: 'result',
      render: (r: PoolMember['result'], m) => <VerdictTag result={r} testId={`member-${m.orgId}-result`} />,
    },
  ];
  return (
    <Card title={t('pool.membersTitle')}>
      <SearchToolbar
        q={listPage.filters.mq}
        placeholder={t('pool.memberSearch')}
        onSearch={(q) => listPage.setFilter('mq', q)}
        searchTestId="pool-members-search"
        actions={
          <ExportButton
            path={`/finance/pools/${poolId}/members/export.xlsx`}
            query={search}
            fileName="risk-pool-whitelist.xlsx"
            testId="pool-members-export"
          />
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid="pool-members" data-total={list.data?.total ?? ''}>
          <DataTable<PoolMember>
            rowKey="orgId"
            columns={columns}
            {...listPage.tableProps(list.data, list.isFetching)}
          />
        </div>
      )}
    </Card>
  );
}
