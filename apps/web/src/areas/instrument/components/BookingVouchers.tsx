import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instrument, Voucher } from '../../../kit/types';
import { useVouchers } from '../../voucher/api';
import { VoucherSplitPicker } from '../../voucher/components/VoucherSplitPicker';
import { bestVoucher, splitPayment, usableFor } from '../../voucher/voucher-split';

/** Instrument time is a service of this catalog category; vouchers name it among theirs. */
const INSTRUMENT_CATEGORY = 'instrument';

/**
 * The booker's vouchers that may pay this instrument, for the booking form: `chosen` null means untouched, and then
 * the best one for the estimate is chosen (the booker may untick it).
 */
export function useBookingVouchers(instrument: Instrument, enabled: boolean) {
  const vouchers = useVouchers({ scope: 'mine', pageSize: 100 }, enabled && instrument.voucherEligible);
  const usable = useMemo(
    () =>
      enabled && instrument.voucherEligible
        ? (vouchers.data?.items ?? []).filter((v) => usableFor(v, INSTRUMENT_CATEGORY))
        : [],
    [vouchers.data, instrument.voucherEligible, enabled],
  );
  return usable;
}

/** The ids the booking will pay with: what the booker ticked, or the best voucher while it has not touched them. */
export function effectiveVouchers(usable: Voucher[], chosen: number[] | null, amount: number): Voucher[] {
  if (chosen === null) {
    const best = bestVoucher(amount, usable);
    return best ? [best] : [];
  }
  return usable.filter((v) => chosen.includes(v.id));
}

/** The vouchers to tick and the split of the estimate they give (voucher share / own share). */
export function BookingVouchers({
  usable,
  picked,
  amount,
  onChange,
}: {
  usable: Voucher[];
  picked: Voucher[];
  amount: number;
  onChange: (ids: number[]) => void;
}) {
  const { t } = useTranslation('instrument');
  if (usable.length === 0) return null;
  const split = splitPayment(amount, picked);
  return (
    <div data-testid="book-vouchers" style={{ marginTop: 12 }}>
      <Typography.Text strong>{t('book.vouchers')}</Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {t('book.vouchersChoose')}
      </Typography.Text>
      <VoucherSplitPicker
        usable={usable}
        picked={picked.map((v) => v.id)}
        split={split}
        onChange={onChange}
        testId="book"
      />
    </div>
  );
}
