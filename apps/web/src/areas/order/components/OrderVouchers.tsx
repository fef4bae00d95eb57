import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { useFormatExactMoney } from '../../../kit/money';
import type { Order } from '../../../kit/types';

type Use = NonNullable<Order['vouchers']>[number];
const COLORS: Record<string, string> = { held: 'gold', consumed: 'success', confirmed: 'success', released: 'default' };
/** Uses that pay (or will pay) part of the order; released ones went back to their vouchers. */
const paying = (u: Use) => u.status !== 'released';

/** The vouchers paying part of the order (ours and partner regions'), what each holds or paid, and the split. */
export function OrderVouchers({ order: o }: { order: Order }) {
  const { t } = useTranslation('voucher');
  const money = useFormatExactMoney();
  const uses = o.vouchers ?? [];
  if (uses.length === 0) return null;
  const voucherShare = uses.filter(paying).reduce((n, u) => n + u.amount, 0);
  return (
    <Card className="page-card" title={t('voucherPay.onOrder')} data-testid="order-vouchers">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 12 }}
        items={[
          {
            key: 'voucher',
            label: t('voucherPay.voucherShare'),
            children: (
              <span data-testid="order-voucher-share" data-amount={voucherShare}>
                {money(voucherShare)}
              </span>
            ),
          },
          {
            key: 'own',
            label: t('voucherPay.ownShare'),
            children: (
              <span data-testid="order-own-share" data-amount={(o.amount ?? 0) - voucherShare}>
                {o.amount === null ? '—' : money(o.amount - voucherShare)}
              </span>
            ),
          },
        ]}
      />
      <DataTable<Use>
        size="small"
        rowKey={(u) => `${u.region ?? ''}-${u.number}-${u.status}`}
        dataSource={uses}
        pagination={false}
        scroll={{ x: 480 }}
        columns={[
          {
            title: t('vouchers.number'),
            dataIndex: 'number',
            render: (n: string, u) => (u.region ? t('voucherPay.partner', { number: n, region: u.region }) : n),
          },
          {
            title: t('vouchers.amount'),
            dataIndex: 'amount',
            width: 130,
            align: 'right',
            render: (v: number) => money(v),
          },
          {
            title: t('vouchers.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: string) => (
              <Tag color={COLORS[s] ?? 'default'} data-status={s}>
                {t(`voucherPay.holdStatus.${s as 'held'}`, { defaultValue: s })}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
