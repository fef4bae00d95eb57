import { POOL_CLAIM_STATUSES, type PoolClaim } from '@cz/shared/finance';
import { Button, Card, Select, type TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { formatDateTime } from '../../../kit/datetime';
import { ListToolbar } from '../../../kit/list/ListToolbar';
import { defineList, filter } from '../../../kit/list/list-state';
import { useListPage } from '../../../kit/list/useListPage';
import { formatMoney } from '../../../kit/money';
import { usePoolClaims } from '../pools.api';
import { ClaimDrawer } from './ClaimDrawer';
import { ClaimStatusTag } from './fundingTags';

const CLAIM_LIST = defineList({ filters: { status: filter.oneOf(POOL_CLAIM_STATUSES), claim: filter.int } });

/**
 * Compensation claims, paged, by status: my institution's, or all (the finance office, who decides them in the
 * drawer; `poolId` narrows them to one pool). The open claim stands in the URL (`?claim=`).
 */
export function ClaimList({ scope, poolId }: { scope: 'institution' | 'all'; poolId?: number }) {
  const { t } = useTranslation('finance');
  const listPage = useListPage(CLAIM_LIST);
  const { claim, ...filters } = listPage.filters;
  const { claim: _c, ...query } = listPage.query;
  const list = usePoolClaims({ ...query, scope, ...(poolId ? { poolId } : {}) });
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
      <ListToolbar>
        <Select
          allowClear
          style={{ width: '100%', maxWidth: 280 }}
          placeholder={t('fields.status')}
          aria-label={t('fields.status')}
          value={filters.status}
          options={POOL_CLAIM_STATUSES.map((s) => ({ value: s, label: t(`claimStatus.${s}`) }))}
          onChange={(v) => listPage.update({ status: v })}
          data-testid="claims-status"
        />
      </ListToolbar>
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
