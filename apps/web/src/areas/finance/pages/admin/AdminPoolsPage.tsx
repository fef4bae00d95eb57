import { PlusOutlined } from '@ant-design/icons';
import type { Pool } from '@cz/shared/finance';
import { Card, type TableColumnType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { formatMoney } from '../../../../kit/money';
import { usePools } from '../../pools.api';

const POOL_LIST = defineList({ filters: { q: filter.text } });

/** 风险补偿资金池: every pool with its balances (available, committed, paid) and whitelist size, paged and searched. */
export function AdminPoolsPage() {
  const { t } = useTranslation('finance');
  const listPage = useListPage(POOL_LIST);
  const pools = usePools(listPage.query);
  const columns: TableColumnType<Pool>[] = [
    {
      title: t('pool.name'),
      dataIndex: 'name',
      render: (name: string, p) => (
        <Link to={`/admin/finance/pools/${p.id}`} data-testid={`pool-row-${p.id}`}>
          {name}
        </Link>
      ),
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      render: (s: Pool['status']) => (
        <Tag color={s === 'active' ? 'success' : 'default'} style={{ marginInlineEnd: 0 }}>
          {t(`poolStatus.${s}`)}
        </Tag>
      ),
    },
    { title: t('pool.available'), dataIndex: 'availableFen', render: (v: number) => formatMoney(v) },
    { title: t('pool.committed'), dataIndex: 'committedFen', render: (v: number) => formatMoney(v) },
    { title: t('pool.paid'), dataIndex: 'paidFen', render: (v: number) => formatMoney(v) },
    { title: t('pool.members'), dataIndex: 'members' },
    {
      title: t('pool.params'),
      key: 'params',
      render: (_: unknown, p) =>
        t('pool.paramsText', { direct: p.params.directPct, guaranteed: p.params.guaranteedPct, cap: p.params.capPct }),
    },
  ];
  return (
    <div>
      <PageHeader
        title={t('pool.title')}
        subtitle={t('pool.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/admin/finance/pools/new" data-testid="pool-new">
            {t('pool.new')}
          </LinkButton>
        }
      />
      <Card>
        <SearchToolbar
          q={listPage.filters.q}
          placeholder={t('pool.search')}
          onSearch={(q) => listPage.update({ q })}
          searchTestId="pools-search"
          actions={
            <ExportButton
              path="/finance/pools/export.xlsx"
              query={listPage.exportQuery}
              fileName="risk-pools.xlsx"
              testId="pools-export"
            />
          }
        />
        {pools.isError ? (
          <QueryError error={pools.error} onRetry={() => pools.refetch()} />
        ) : (
          <div data-testid="pools" data-total={pools.data?.total ?? ''}>
            <DataTable<Pool> rowKey="id" columns={columns} {...listPage.tableProps(pools.data, pools.isFetching)} />
          </div>
        )}
      </Card>
    </div>
  );
}
