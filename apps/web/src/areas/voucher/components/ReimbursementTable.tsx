import type { Reimbursement, ReimbursementStatus } from '@cz/shared/voucher';
import { type PaginationProps, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { formatDateTime } from '../../../kit/datetime';
import { useFormatExactMoney } from '../../../kit/money';
import { useCatalogLabels } from '../../catalog/labels';

const COLORS: Record<ReimbursementStatus, string> = {
  submitted: 'processing',
  approved: 'blue',
  rejected: 'error',
  paid: 'success',
};

export function ReimbursementStatusTag({ status, testId }: { status: ReimbursementStatus; testId?: string }) {
  const { t } = useTranslation('voucher');
  return (
    <Tag color={COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`reimbursement.statuses.${status}`)}
    </Tag>
  );
}

/**
 * A page of 通用 reimbursement claims: mine (enterprise) or all with the enterprise and an actions column (admin);
 * the list page pages them on the server.
 */
export function ReimbursementTable({
  items,
  loading,
  withOrg,
  actions,
  pagination,
}: {
  items: Reimbursement[] | undefined;
  loading: boolean;
  withOrg: boolean;
  actions?: TableColumnsType<Reimbursement>[number];
  pagination: PaginationProps;
}) {
  const { t } = useTranslation('voucher');
  const money = useFormatExactMoney();
  const { serviceCategory } = useCatalogLabels();
  const columns: TableColumnsType<Reimbursement> = [
    { title: '#', dataIndex: 'id', width: 60 },
    { title: t('reimbursement.number'), dataIndex: 'number', width: 170 },
    ...(withOrg ? [{ title: t('reimbursement.org'), dataIndex: 'orgName', width: 180, ellipsis: true }] : []),
    { title: t('reimbursement.region'), dataIndex: 'region', width: 130, ellipsis: true },
    { title: t('reimbursement.providerName'), dataIndex: 'providerName', width: 170, ellipsis: true },
    {
      title: t('reimbursement.category'),
      dataIndex: 'category',
      width: 110,
      render: (c: string) => serviceCategory(c),
    },
    {
      title: t('reimbursement.paidAmount'),
      dataIndex: 'paidAmount',
      width: 130,
      align: 'right',
      render: (v: number) => money(v),
    },
    {
      title: t('reimbursement.amount'),
      dataIndex: 'amount',
      width: 120,
      align: 'right',
      render: (v: number, r) => (
        <span data-testid={`reimbursement-amount-${r.id}`} data-amount={v}>
          {money(v)}
        </span>
      ),
    },
    {
      title: t('reimbursement.status'),
      dataIndex: 'status',
      width: 160,
      render: (s: ReimbursementStatus, r) => (
        <Space orientation="vertical" size={0}>
          <ReimbursementStatusTag status={s} testId={`reimbursement-status-${r.id}`} />
          {r.reason && <Typography.Text type="secondary">{r.reason}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('reimbursement.createdAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime },
    ...(actions ? [actions] : []),
  ];
  return (
    <DataTable
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: withOrg ? 1500 : 1200 }}
      locale={{ emptyText: t('reimbursement.empty') }}
      pagination={pagination}
      onRow={(r) => ({ 'data-testid': `reimbursement-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
