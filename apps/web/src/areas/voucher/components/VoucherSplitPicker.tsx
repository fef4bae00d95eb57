import { Checkbox, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatZoneDate } from '../../../kit/datetime';
import { useFormatExactMoney } from '../../../kit/money';
import type { Voucher } from '../../../kit/types';
import type { splitPayment } from '../voucher-split';

/**
 * The vouchers a payer may tick, each with its balance, coverage and validity, and the split of the amount the ticked
 * ones give (voucher share / own share): used where an enterprise books instrument time and where it accepts a quote.
 * `testId` prefixes the test ids (`<testId>-voucher-<id>`, `<testId>-voucher-share`, `<testId>-own-share`).
 */
export function VoucherSplitPicker({
  usable,
  picked,
  split,
  onChange,
  testId,
}: {
  usable: Voucher[];
  picked: number[];
  split: ReturnType<typeof splitPayment>;
  onChange: (ids: number[]) => void;
  testId: string;
}) {
  const { t } = useTranslation('voucher');
  const money = useFormatExactMoney();
  return (
    <>
      <Checkbox.Group
        value={picked}
        onChange={(v) => onChange(v as number[])}
        style={{ display: 'flex', flexDirection: 'column', gap: 8, margin: '8px 0 12px' }}
      >
        {usable.map((v) => (
          <Checkbox key={v.id} value={v.id} data-testid={`${testId}-voucher-${v.id}`}>
            <Space orientation="vertical" size={0}>
              <span>{t('voucherPay.voucherLine', { number: v.number, scheme: v.schemeName })}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('voucherPay.voucherFacts', {
                  balance: money(v.balance),
                  percent: v.coveragePercent,
                  date: formatZoneDate(v.validUntil),
                })}
              </Typography.Text>
            </Space>
          </Checkbox>
        ))}
      </Checkbox.Group>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          {
            key: 'voucher',
            label: t('voucherPay.voucherShare'),
            children: (
              <span data-testid={`${testId}-voucher-share`} data-amount={split.voucherShare}>
                {money(split.voucherShare)}
              </span>
            ),
          },
          {
            key: 'own',
            label: t('voucherPay.ownShare'),
            children: (
              <span data-testid={`${testId}-own-share`} data-amount={split.ownShare}>
                {money(split.ownShare)}
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
