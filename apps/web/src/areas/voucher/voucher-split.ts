import type { Voucher } from '../../kit/types';

/** The share of an amount a voucher may pay: ⌊amount × coverage %⌋ in fen (as the server computes it). */
export const coverageOf = (amount: number, percent: number) =>
  Math.floor((amount * Math.round(percent * 100)) / 10_000);

export type VoucherSplit = {
  /** What each chosen voucher would hold, in the order given (vouchers past the limit hold nothing). */
  parts: { voucherId: number; amount: number }[];
  voucherShare: number;
  ownShare: number;
};

/**
 * How an order amount would be paid with the chosen vouchers, mirroring the server's hold on acceptance: together they
 * pay at most coverage × amount, each min(what is left of that share, its balance), in the order given.
 */
export function splitPayment(
  amount: number,
  vouchers: Pick<Voucher, 'id' | 'balance' | 'coveragePercent'>[],
): VoucherSplit {
  const parts: VoucherSplit['parts'] = [];
  let covered = 0;
  for (const v of vouchers) {
    const limit = coverageOf(amount, v.coveragePercent) - covered;
    if (limit <= 0) break;
    const use = Math.min(limit, v.balance);
    if (use <= 0) continue;
    parts.push({ voucherId: v.id, amount: use });
    covered += use;
  }
  return { parts, voucherShare: covered, ownShare: amount - covered };
}

/** Whether a voucher of the buyer may pay for an order of this category today (the server checks again). */
export function usableFor(v: Voucher, category: string, now = Date.now()): boolean {
  return (
    v.status === 'active' && v.balance > 0 && new Date(v.validUntil).getTime() > now && v.categories.includes(category)
  );
}

/**
 * The voucher to preselect for an amount: the one that alone pays the most of it (coverage × amount, at most its
 * balance); of equal ones, the one that expires first, so that money about to lapse is used before money that keeps.
 */
export function bestVoucher<V extends Pick<Voucher, 'id' | 'balance' | 'coveragePercent' | 'validUntil'>>(
  amount: number,
  vouchers: V[],
): V | undefined {
  let best: { v: V; pays: number; until: number } | undefined;
  for (const v of vouchers) {
    const pays = splitPayment(amount, [v]).voucherShare;
    const until = new Date(v.validUntil).getTime();
    if (pays <= 0) continue;
    if (
      !best ||
      pays > best.pays ||
      (pays === best.pays && (until < best.until || (until === best.until && v.id < best.v.id)))
    )
      best = { v, pays, until };
  }
  return best?.v;
}
