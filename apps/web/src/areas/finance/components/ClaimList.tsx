import { POOL_CLAIM_STATUSES, type PoolClaim } from '@cz/shared/finance';
import { Button, Card, type TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { formatDateTime } from '../../../kit/datetime';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { formatMoney } from '../../../kit/money';
import { usePoolClaims } from '../pools.api';
import { ClaimDrawer } from './ClaimDrawer';
import { ClaimStatusTag } from './fundingTags';

const CLAIM_LIST = defineList({
  filters: { q: filter.text, status: filter.oneOf(POOL_CLAIM_STATUSES), claim: filter.int },
});

/**
 * Compensation claims, paged, by status and searched by a party's or the pool's name: my institution's, or all (the
 * finance office, who decides them in the drawer; `poolId` narrows them to one pool). The open claim stands in the
 * URL (`?claim=`). The list exports as Excel.
 */
export function ClaimList({ scope, poolId }: { scope: 'institution' | 'all'; poolId?: number }) {
  const { t } = useTranslation('finance');
  const listPage = useListPage(CLAIM_LIST);
  const { claim, ...filters } = listPage.filters;
  const { claim: _c, ...query } = listPage.query;
  const { claim: _e, ...exportQuery } = listPage.exportQuery;
  const extra = { scope, ...(poolId ? { poolId } : {}) };
  const list = usePoolClaims({ ...query, ...extra });
  const open = (id: number | undefined) => listPage.update({ claim: id }, { resetPage: false });
  const columns: TableColumnType<PoolClaim>[] = [
    {
      title: t('claim.title'),
      dataIndex: 'id',
      render: (id: number, c) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => open(id)} data-testid={`claim-row-${id}`}>
          {t('claim.number', { id })} · {c.orgName}
        </Button>
      ),
    },
    ...(poolId ? [] : [{ title: t('pool.pool'), dataIndex: 'poolName' }]),
    ...(scope === 'all' ? [{ title: t('fields.institution'), dataIndex: 'institutionName' }] : []),
    { title: t('claim.loss'), dataIndex: 'lossFen', render: (v: number) => formatMoney(v) },
    { title: t('claim.share'), dataIndex: 'pct', render: (v: number) => `${v}%` },
    {
      title: t('claim.amount'),
      dataIndex: 'amountFen',
      render: (v: number, c) => (
        <span data-testid={`claim-row-${c.id}-amount`} data-fen={v}>
          {formatMoney(v)}
        </span>
      ),
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      render: (s: PoolClaim['status'], c) => <ClaimStatusTag status={s} testId={`claim-row-${c.id}-status`} />,
    },
    { title: t('claim.submittedAt'), dataIndex: 'submittedAt', render: formatDateTime },
  ];
  return (
    <Card>
      <SearchToolbar
        q={filters.q}
        placeholder={t('claim.search')}
        onSearch={(q) => listPage.update({ q })}
        searchTestId="claims-search"
        choice={{
          value: filters.status,
          label: t('fields.status'),
          options: POOL_CLAIM_STATUSES.map((s) => ({ value: s, label: t(`claimStatus.${s}`) })),
          onChange: (v) => listPage.update({ status: v }),
          testId: 'claims-status',
        }}
        actions={
          <ExportButton
            path="/finance/pool-claims/export.xlsx"
            query={{ ...exportQuery, ...extra }}
            fileName="compensation-claims.xlsx"
            testId="claims-export"
          />
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid="claims" data-total={list.data?.total ?? ''}>
          <DataTable<PoolClaim> rowKey="id" columns={columns} {...listPage.tableProps(list.data, list.isFetching)} />
        </div>
      )}
      <ClaimDrawer id={claim} office={scope === 'all'} onClose={() => open(undefined)} />
    </Card>
  );
}
