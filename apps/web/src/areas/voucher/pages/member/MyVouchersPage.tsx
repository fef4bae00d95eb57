import { Button, Card, Space, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import type { ListSchema } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFormatMoney } from '../../../../kit/money';
import type { Voucher, VoucherApplication } from '../../../../kit/types';
import { useApplications, useVouchers } from '../../api';
import { RedemptionCodeModal } from '../../components/RedemptionCodeModal';
import { ReimburseModal } from '../../components/ReimburseModal';
import { ReimbursementTable } from '../../components/ReimbursementTable';
import { ApplicationStatusTag } from '../../components/VoucherTags';
import { useVoucherColumns } from '../../components/voucher-columns';
import { useReimbursements } from '../../reimbursement.api';

const PAGE_SIZE = 10;

const MY_VOUCHER_LIST: ListSchema<Record<never, never>> = { filters: {} };
/** The applications below page on their own, under `apage`. */
const MY_APPLICATION_LIST: ListSchema<Record<never, never>> = { filters: {}, pageSize: PAGE_SIZE, prefix: 'a' };
/** And the reimbursement claims under `rpage`. */
const MY_REIMBURSEMENT_LIST: ListSchema<Record<never, never>> = { filters: {}, pageSize: PAGE_SIZE, prefix: 'r' };

/** My organisation's vouchers with their balances, and its applications with their outcome and reasons. */
export function MyVouchersPage() {
  const { t } = useTranslation('voucher');
  const money = useFormatMoney();
  const listPage = useListPage(MY_VOUCHER_LIST);
  const applicationPage = useListPage(MY_APPLICATION_LIST);
  const vouchers = useVouchers({ scope: 'mine', page: listPage.page, pageSize: PAGE_SIZE });
  const applications = useApplications({ scope: 'mine', ...applicationPage.query });
  const reimbursementPage = useListPage(MY_REIMBURSEMENT_LIST);
  const reimbursements = useReimbursements(reimbursementPage.query);
  const [claiming, setClaiming] = useState<Voucher | null>(null);
  const [coding, setCoding] = useState<Voucher | null>(null);
  const voucherColumns = [
    ...useVoucherColumns({ withOrg: false }),
    {
      title: t('common.actions'),
      key: 'a',
      width: 220,
      render: (_: unknown, v: Voucher) =>
        v.status === 'active' &&
        v.balance > 0 && (
          <Space size={4}>
            <Button size="small" onClick={() => setClaiming(v)} data-testid={`voucher-reimburse-${v.id}`}>
              {t('reimbursement.claim')}
            </Button>
            <Button size="small" onClick={() => setCoding(v)} data-testid={`voucher-code-${v.id}`}>
              {t('redemptionCode.open')}
            </Button>
          </Space>
        ),
    },
  ];

  const applicationColumns: TableColumnsType<VoucherApplication> = [
    { title: '#', dataIndex: 'id', width: 70 },
    {
      title: t('vouchers.scheme'),
      dataIndex: 'schemeName',
      width: 200,
      ellipsis: true,
      render: (n: string, a) => <Link to={`/vouchers/schemes/${a.schemeId}`}>{n}</Link>,
    },
    {
      title: t('vouchers.appliedAmount'),
      dataIndex: 'amount',
      width: 120,
      align: 'right',
      render: (v: number) => money(v),
    },
    {
      title: t('vouchers.approvedAmount'),
      dataIndex: 'approvedAmount',
      width: 120,
      align: 'right',
      render: (v: number | null) => money(v),
    },
    {
      title: t('vouchers.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: VoucherApplication['status'], a) => (
        <ApplicationStatusTag status={s} testId={`application-status-${a.id}`} />
      ),
    },
    {
      title: t('vouchers.rejectReason'),
      dataIndex: 'rejectReason',
      width: 200,
      render: (r: string | null) => r ?? '—',
    },
    { title: t('vouchers.createdAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime },
    { title: t('vouchers.decidedAt'), dataIndex: 'decidedAt', width: 150, render: formatDateTime },
  ];

  return (
    <div>
      <PageHeader
        title={t('vouchers.myTitle')}
        subtitle={t('vouchers.mySubtitle')}
        extra={<LinkButton to="/vouchers/schemes">{t('vouchers.viewSchemes')}</LinkButton>}
      />
      <Card
        className="page-card"
        title={t('vouchers.myVouchers')}
        extra={
          <ExportButton
            path="/vouchers/export.xlsx"
            query={{ scope: 'mine' }}
            fileName="vouchers.xlsx"
            testId="my-vouchers-export"
          />
        }
      >
        {vouchers.isError ? (
          <QueryError error={vouchers.error} onRetry={() => vouchers.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            columns={voucherColumns}
            dataSource={vouchers.data?.items}
            loading={vouchers.isFetching}
            scroll={{ x: 1250 }}
            locale={{ emptyText: t('vouchers.noVouchers') }}
            onRow={(v) => ({ 'data-testid': `voucher-row-${v.id}` }) as React.HTMLAttributes<HTMLElement>}
            pagination={listPage.pagination(vouchers.data?.total, {
              pageSize: PAGE_SIZE,
              hideOnSinglePage: true,
              showSizeChanger: false,
              showTotal: undefined,
            })}
          />
        )}
      </Card>
      <Card className="page-card" title={t('vouchers.myApplications')}>
        {applications.isError ? (
          <QueryError error={applications.error} onRetry={() => applications.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            columns={applicationColumns}
            dataSource={applications.data?.items}
            loading={applications.isFetching}
            scroll={{ x: 1100 }}
            locale={{ emptyText: t('vouchers.noApplications') }}
            expandable={{
              expandedRowRender: (a) => <Typography.Paragraph style={{ margin: 0 }}>{a.purpose}</Typography.Paragraph>,
            }}
            pagination={applicationPage.pagination(applications.data?.total, {
              hideOnSinglePage: true,
              showSizeChanger: undefined,
              showTotal: undefined,
            })}
          />
        )}
      </Card>
      <Card
        className="page-card"
        title={t('reimbursement.mine')}
        extra={
          <ExportButton
            path="/voucher-reimbursements/export.xlsx"
            fileName="voucher-reimbursements.xlsx"
            testId="my-reimbursements-export"
          />
        }
      >
        {reimbursements.isError ? (
          <QueryError error={reimbursements.error} onRetry={() => reimbursements.refetch()} />
        ) : (
          <ReimbursementTable
            items={reimbursements.data?.items}
            loading={reimbursements.isFetching}
            withOrg={false}
            pagination={reimbursementPage.pagination(reimbursements.data?.total, {
              hideOnSinglePage: true,
              showSizeChanger: undefined,
              showTotal: undefined,
            })}
          />
        )}
      </Card>
      <ReimburseModal voucher={claiming} onClose={() => setClaiming(null)} />
      <RedemptionCodeModal voucher={coding} onClose={() => setCoding(null)} />
    </div>
  );
}
