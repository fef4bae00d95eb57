import type { AppError } from '../../../kernel/errors.ts';
import { voucherErrors } from '../voucher.errors.ts';

/** What decides whether a voucher may pay: its state, its validity and the service categories of its scheme. */
export type VoucherStanding = {
  status: string;
  /** End of validity; null when the issuing platform has already judged it (a partner region's verify answer). */
  validUntil: Date | string | null;
  categories: readonly string[];
};

/**
 * The one rule of "can this voucher pay for this service now", used by our orders, partner regions' holds on our
 * vouchers, our orders paid with a partner's voucher and 通用 reimbursement claims: the reason it cannot, or null.
 * A suspended voucher is refused as suspended even past its validity; a service outside the scheme's categories is
 * refused last, so that a voucher that could never pay says so first.
 */
export function voucherRefusal(v: VoucherStanding, category: string, now: Date): AppError | null {
  if (v.status === 'suspended') return voucherErrors.suspended();
  if (v.status === 'expired' || (v.validUntil !== null && new Date(v.validUntil) <= now))
    return voucherErrors.expired();
  if (v.status !== 'active') return voucherErrors.suspended();
  if (!v.categories.includes(category)) return voucherErrors.ineligibleCategory();
  return null;
}

/** `voucherRefusal`, thrown. */
export function assertVoucherPays(v: VoucherStanding, category: string, now: Date): void {
  const refusal = voucherRefusal(v, category, now);
  if (refusal) throw refusal;
}
