import { SERVICE_CATEGORY_CODES } from '@cz/shared';
import { bigint, boolean, date, integer, numeric, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** 科技创新券 scheme: a yearly budget, its per-enterprise cap, the share of an order it covers and its eligibility. */
export const voucherSchemes = pgTable('voucher_schemes', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  year: smallint('year').notNull(),
  name: text('name').notNull(),
  /** fen */
  budget: bigint('budget', { mode: 'number' }).notNull(),
  perEnterpriseCap: bigint('per_enterprise_cap', { mode: 'number' }).notNull(),
  coveragePercent: numeric('coverage_percent', { precision: 5, scale: 2, mode: 'number' }).notNull(),
  amountMode: text('amount_mode', { enum: ['unit', 'free'] }).notNull(),
  unitAmount: bigint('unit_amount', { mode: 'number' }),
  /** Exactly one of validity_months and valid_until is set. */
  validityMonths: integer('validity_months'),
  validUntil: date('valid_until', { mode: 'string' }),
  categories: text('categories', { enum: SERVICE_CATEGORY_CODES }).array().notNull(),
  requireTsme: boolean('require_tsme').notNull().default(true),
  allowIncubatorTenants: boolean('allow_incubator_tenants').notNull().default(true),
  applyFrom: date('apply_from', { mode: 'string' }).notNull(),
  applyTo: date('apply_to', { mode: 'string' }).notNull(),
  status: text('status', { enum: ['draft', 'open', 'closed'] })
    .notNull()
    .default('draft'),
  createdBy: bigint('created_by', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type VoucherSchemeRow = typeof voucherSchemes.$inferSelect;

/** An enterprise's application for vouchers of a scheme; at most one pending per enterprise and scheme. */
export const voucherApplications = pgTable('voucher_applications', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  schemeId: bigint('scheme_id', { mode: 'number' }).notNull(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  purpose: text('purpose').notNull(),
  status: text('status', { enum: ['pending', 'approved', 'rejected', 'withdrawn'] })
    .notNull()
    .default('pending'),
  approvedAmount: bigint('approved_amount', { mode: 'number' }),
  rejectReason: text('reject_reason'),
  decidedBy: bigint('decided_by', { mode: 'number' }),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type VoucherApplicationRow = typeof voucherApplications.$inferSelect;

/** An issued voucher; its spendable balance is the ledger account voucher:<id>. */
export const vouchers = pgTable('vouchers', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  number: text('number').notNull().unique(),
  schemeId: bigint('scheme_id', { mode: 'number' }).notNull(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  applicationId: bigint('application_id', { mode: 'number' }).unique(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  validUntil: timestamp('valid_until', { withTimezone: true }).notNull(),
  status: text('status', { enum: ['active', 'suspended', 'expired'] })
    .notNull()
    .default('active'),
  suspendReason: text('suspend_reason'),
});
export type VoucherRow = typeof vouchers.$inferSelect;

/** A voucher's share of an order: held when the buyer accepts, consumed on completion, released on cancellation. */
export const voucherHolds = pgTable('voucher_holds', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  voucherId: bigint('voucher_id', { mode: 'number' }).notNull(),
  orderId: bigint('order_id', { mode: 'number' }).notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  status: text('status', { enum: ['held', 'consumed', 'released'] })
    .notNull()
    .default('held'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
});
export type VoucherHoldRow = typeof voucherHolds.$inferSelect;
