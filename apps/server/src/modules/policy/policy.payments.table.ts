import { bigint, date, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** 兑现: one payment per application, append-only (migration 0029). */
export const policyPayments = pgTable('policy_payments', {
  applicationId: bigint('application_id', { mode: 'number' }).primaryKey(),
  paidOn: date('paid_on', { mode: 'string' }).notNull(),
  amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  reference: text('reference').notNull(),
  recordedBy: bigint('recorded_by', { mode: 'number' }).notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
