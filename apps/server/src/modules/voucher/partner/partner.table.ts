import { bigint, integer, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const HOLD_STATUSES = ['held', 'confirmed', 'released'] as const;

/** A partner region's provider reserving part of one of our vouchers (ledger: voucher:<id> → hold:x<id>). */
export const interopHolds = pgTable('interop_holds', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  region: text('region').notNull(),
  voucherId: bigint('voucher_id', { mode: 'number' }).notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  confirmedAmount: bigint('confirmed_amount', { mode: 'number' }),
  orderRef: text('order_ref').notNull(),
  category: text('category').notNull(),
  status: text('status', { enum: HOLD_STATUSES }).notNull().default('held'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
});
export type InteropHoldRow = typeof interopHolds.$inferSelect;

/** Our orders paid in part with a partner region's voucher (the issuing region pays our provider). */
export const partnerVoucherUses = pgTable('partner_voucher_uses', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orderId: bigint('order_id', { mode: 'number' }).notNull(),
  region: text('region').notNull(),
  number: text('number').notNull(),
  remoteHoldId: bigint('remote_hold_id', { mode: 'number' }).notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  confirmedAmount: bigint('confirmed_amount', { mode: 'number' }),
  status: text('status', { enum: HOLD_STATUSES }).notNull().default('held'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  coveragePercent: numeric('coverage_percent', { precision: 5, scale: 2 }),
});
export type PartnerVoucherUseRow = typeof partnerVoucherUses.$inferSelect;

/** The holder's redemption code of a voucher (a salted scrypt hash) and the wrong codes partner regions sent since. */
export const voucherRedemptionCodes = pgTable('voucher_redemption_codes', {
  voucherId: bigint('voucher_id', { mode: 'number' }).primaryKey(),
  codeHash: text('code_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  createdBy: bigint('created_by', { mode: 'number' }),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
});
