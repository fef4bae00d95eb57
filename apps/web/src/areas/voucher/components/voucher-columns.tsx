import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatZoneDate } from '../../../kit/datetime';
import { useFormatExactMoney } from '../../../kit/money';
import type { Voucher } from '../../../kit/types';
import { VoucherStatusTag } from './VoucherTags';

/** Columns of a voucher list (mine, or all for admins with the holder): amounts, validity and status. */
export function useVoucherColumns({ withOrg }: { withOrg: boolean }): TableColumnsType<Voucher> {
  const { t } = useTranslation('voucher');
  const money = useFormatExactMoney();
  const amount = (key: 'amount' | 'balance' | 'held' | 'spent', title: string) => ({
    title,
    dataIndex: key,
    width: 120,
    align: 'right' as const,
    render: (v: number, r: Voucher) => (
      <span data-testid={`voucher-${key}-${r.id}`} data-amount={v}>
        {money(v)}
      </span>
    ),
  });
  return [
    { title: t('vouchers.number'), dataIndex: 'number', width: 180 },
    ...(withOrg ? [{ title: t('adminVouchers.org'), dataIndex: 'orgName', width: 200, ellipsis: true }] : []),
    {
      title: t('vouchers.scheme'),
      dataIndex: 'schemeName',
      width: 200,
      ellipsis: true,
      render: (n: string, v) => <Link to={`/vouchers/schemes/${v.schemeId}`}>{n}</Link>,
    },
    amount('amount', t('vouchers.faceAmount')),
    amount('balance', t('vouchers.balance')),
    amount('held', t('vouchers.held')),
    amount('spent', t('vouchers.spent')),
    { title: t('vouchers.coverage'), dataIndex: 'coveragePercent', width: 90, render: (p: number) => `${p}%` },
    ...(withOrg ? [{ title: t('vouchers.issuedAt'), dataIndex: 'issuedAt', width: 150, render: formatDateTime }] : []),
    {
      title: t('vouchers.validUntil'),
      dataIndex: 'validUntil',
      width: 120,
      render: formatZoneDate,
    },
    {
      title: t('vouchers.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: Voucher['status'], v) => <VoucherStatusTag status={s} testId={`voucher-status-${v.id}`} />,
    },
  ];
}
