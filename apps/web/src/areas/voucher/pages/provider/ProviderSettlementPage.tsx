import type { Claim, Claimable, ClaimStatus } from '@cz/shared/voucher';
import { Button, Card, Space, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFormatExactMoney } from '../../../../kit/money';
import { useFixedColumn } from '../../../../kit/responsive';
import { ClaimDocuments } from '../../components/ClaimDocuments';
import { ClaimModal, type ClaimTarget } from '../../components/ClaimModal';
import { CLAIM_LIST, ClaimsToolbar } from '../../components/ClaimsToolbar';
import { ClaimStatusTag } from '../../components/VoucherTags';
import { useClaimable, useClaims } from '../../settlement.api';

const orderLink = (id: number) => <Link to={`/orders/${id}`}>#{id}</Link>;

/** The page's first list, the orders to claim: its page under `opage`, its search under `oq`. */
const CLAIMABLE_LIST = defineList({ filters: { oq: filter.text }, pageSize: 10, prefix: 'o' });

/**
 * The provider's settlement: orders paid with vouchers to claim, and its claims (a returned one is sent again),
 * searched, filtered and paged on the server, in the URL.
 */
export function ProviderSettlementPage() {
  const { t } = useTranslation('voucher');
  const money = useFormatExactMoney();
  const fixedRight = useFixedColumn('right');
  const orderPage = useListPage(CLAIMABLE_LIST);
  const { oq } = orderPage.filters;
  const claimable = useClaimable({ q: oq, page: orderPage.page, pageSize: orderPage.pageSize });
  const listPage = useListPage(CLAIM_LIST);
  const { filters, update } = listPage;
  const claims = useClaims(listPage.query);
  const [target, setTarget] = useState<ClaimTarget | null>(null);
  const amount = (title: string, key: string) => ({
    title,
    dataIndex: key,
    width: 120,
    align: 'right' as const,
    render: (v: number) => money(v),
  });

  const claimableColumns: TableColumnsType<Claimable> = [
    { title: t('settlement.order'), dataIndex: 'orderId', width: 80, render: orderLink },
    { title: t('settlement.service'), dataIndex: 'serviceTitle', width: 200, ellipsis: true },
    { title: t('settlement.buyer'), dataIndex: 'buyerName', width: 200, ellipsis: true },
    amount(t('settlement.orderAmount'), 'orderAmount'),
    amount(t('settlement.voucherPaid'), 'voucherPaid'),
    { title: t('settlement.completedAt'), dataIndex: 'completedAt', width: 150, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'a',
      width: 110,
      fixed: fixedRight,
      render: (_: unknown, c) => (
        <Button
          size="small"
          type="primary"
          onClick={() => setTarget({ kind: 'new', orderId: c.orderId })}
          data-testid={`claim-new-${c.orderId}`}
        >
          {t('settlement.claim')}
        </Button>
      ),
    },
  ];

  const claimColumns: TableColumnsType<Claim> = [
    { title: '#', dataIndex: 'id', width: 60 },
    { title: t('settlement.order'), dataIndex: 'orderId', width: 80, render: orderLink },
    amount(t('settlement.amount'), 'amount'),
    {
      title: t('settlement.status'),
      dataIndex: 'status',
      width: 200,
      render: (s: ClaimStatus, c) => (
        <Space orientation="vertical" size={0}>
          <ClaimStatusTag status={s} testId={`claim-status-${c.id}`} />
          {c.returnReason && (
            <Typography.Text type="danger" data-testid={`claim-return-reason-${c.id}`}>
              {t('settlement.returnReason')}: {c.returnReason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('settlement.documents'),
      key: 'docs',
      width: 220,
      render: (_: unknown, c) => <ClaimDocuments claim={c} />,
    },
    { title: t('settlement.service'), dataIndex: 'serviceTitle', width: 180, ellipsis: true },
    { title: t('settlement.buyer'), dataIndex: 'buyerName', width: 180, ellipsis: true },
    {
      title: t('settlement.batch'),
      dataIndex: 'batchId',
      width: 70,
      render: (b: number | null) => (b ? `#${b}` : '—'),
    },
    { title: t('settlement.submittedAt'), dataIndex: 'submittedAt', width: 150, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'a',
      width: 110,
      fixed: fixedRight,
      render: (_: unknown, c) =>
        c.status === 'returned' && (
          <Button
            size="small"
            onClick={() => setTarget({ kind: 'resubmit', id: c.id, reason: c.returnReason })}
            data-testid={`claim-resubmit-${c.id}`}
          >
            {t('settlement.resubmit')}
          </Button>
        ),
    },
  ];

  return (
    <div>
      <PageHeader title={t('settlement.title')} subtitle={t('settlement.providerSubtitle')} />
      <Card className="page-card" title={t('settlement.claimable')}>
        <SearchToolbar
          q={oq}
          placeholder={t('settlement.claimableSearchPlaceholder')}
          onSearch={(q) => orderPage.setFilter('oq', q)}
          searchTestId="claimable-search"
          actions={
            <ExportButton
              path="/voucher-claims/claimable/export.xlsx"
              query={{ q: oq }}
              fileName="claimable-orders.xlsx"
              testId="claimable-export"
            />
          }
        />
        {claimable.isError ? (
          <QueryError error={claimable.error} onRetry={() => claimable.refetch()} />
        ) : (
          <DataTable
            rowKey="orderId"
            columns={claimableColumns}
            {...orderPage.tableProps(claimable.data, claimable.isFetching)}
            scroll={{ x: 960 }}
            locale={{ emptyText: t('settlement.noClaimable') }}
          />
        )}
      </Card>
      <Card className="page-card" title={t('settlement.myClaims')}>
        <ClaimsToolbar
          q={filters.q}
          status={filters.status}
          placeholder={t('settlement.providerSearchPlaceholder')}
          exportQuery={listPage.exportQuery}
          onChange={update}
        />
        {claims.isError ? (
          <QueryError error={claims.error} onRetry={() => claims.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            columns={claimColumns}
            dataSource={claims.data?.items}
            loading={claims.isFetching}
            scroll={{ x: 1250 }}
            pagination={listPage.pagination(claims.data?.total)}
            locale={{ emptyText: t('settlement.noClaims') }}
            onRow={(c) =>
              ({ 'data-testid': `claim-row-${c.id}`, 'data-order-id': c.orderId }) as React.HTMLAttributes<HTMLElement>
            }
          />
        )}
      </Card>
      <ClaimModal target={target} onClose={() => setTarget(null)} />
    </div>
  );
}
