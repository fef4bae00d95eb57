import { type SQL, sql } from 'drizzle-orm';

export type AccountKind = 'funding' | 'scheme' | 'voucher' | 'hold' | 'payable' | 'paid' | 'expired';
export type EntryKind = 'fund' | 'issue' | 'hold' | 'release' | 'consume' | 'pay' | 'expire' | 'defund';

/**
 * The ledger's account codes, the one place they are spelt. An account is `<kind>:<subject>`; the kind before the
 * colon is what the trigger and reconcile read.
 */
export const account = {
  funding: () => 'funding',
  scheme: (id: number) => `scheme:${id}`,
  voucher: (id: number) => `voucher:${id}`,
  hold: (id: number) => `hold:${id}`,
  payable: (orgId: number) => `payable:${orgId}`,
  /** What we owe a partner region for our vouchers spent at its providers. */
  partner: (region: string) => `payable:region-${region}`,
  /** A partner region's hold on one of our vouchers. */
  partnerHold: (id: number) => `hold:x${id}`,
  paid: (orgId: number) => `paid:${orgId}`,
  expired: (schemeId: number) => `expired:${schemeId}`,
  /** 通用: the voucher share of a service paid in full at a partner region's provider, held while it is reviewed. */
  reimbursementHold: (id: number) => `hold:r${id}`,
  /** …owed to the enterprise once approved, and paid to it. */
  reimbursementOwed: (orgId: number) => `payable:e${orgId}`,
  reimbursementPaid: (orgId: number) => `paid:e${orgId}`,
};

/**
 * The same codes built in SQL from a column of the query (`accountSql.hold('h.id')` is `'hold:' || h.id`), for joins
 * of ledger rows with the records they belong to. The argument is a column reference written in the code, never input.
 */
const prefixed =
  (prefix: string) =>
  (column: string): SQL =>
    sql.raw(`('${prefix}' || ${column})`);
export const accountSql = {
  scheme: prefixed('scheme:'),
  voucher: prefixed('voucher:'),
  hold: prefixed('hold:'),
  payable: prefixed('payable:'),
  partner: prefixed('payable:region-'),
  partnerHold: prefixed('hold:x'),
  reimbursementHold: prefixed('hold:r'),
  paid: prefixed('paid:'),
};
