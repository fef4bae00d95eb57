import { describe, expect, it } from 'vitest';
import { bestVoucher, splitPayment } from './voucher-split';

const v = (id: number, balance: number, coveragePercent: number, validUntil = '2026-12-31T16:00:00.000Z') => ({
  id,
  balance,
  coveragePercent,
  validUntil,
});

describe('bestVoucher', () => {
  it.each([
    ['none usable', 35_000, [], undefined],
    ['an empty voucher pays nothing', 35_000, [v(1, 0, 50)], undefined],
    ['the larger coverage', 35_000, [v(1, 100_000, 30), v(2, 100_000, 50)], 2],
    ['the balance limits the share', 35_000, [v(1, 5_000, 80), v(2, 100_000, 50)], 2],
    [
      'equal shares: the one expiring first',
      35_000,
      [v(1, 100_000, 50), v(2, 100_000, 50, '2026-06-30T16:00:00.000Z')],
      2,
    ],
    ['equal in all: the lower id', 35_000, [v(2, 100_000, 50), v(1, 100_000, 50)], 1],
    ['a tiny amount still finds the one paying a fen', 3, [v(1, 100_000, 30), v(2, 100_000, 50)], 2],
  ] as const)('%s', (_name, amount, vouchers, expected) => {
    expect(bestVoucher(amount, [...vouchers])?.id).toBe(expected);
  });

  it('preselects what the split then pays', () => {
    const vouchers = [v(1, 10_000, 50), v(2, 100_000, 50)];
    const best = bestVoucher(35_000, vouchers);
    expect(splitPayment(35_000, best ? [best] : [])).toEqual({
      parts: [{ voucherId: 2, amount: 17_500 }],
      voucherShare: 17_500,
      ownShare: 17_500,
    });
  });
});
