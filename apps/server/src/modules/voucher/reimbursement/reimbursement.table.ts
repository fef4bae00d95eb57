import { bigint, char, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** 通用: the enterprise paid a provider elsewhere in full and claims the voucher's share back from its own region. */
export const voucherReimbursements = pgTable('voucher_reimbursements', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  voucherId: bigint('voucher_id', { mode: 'number' }).notNull(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  region: text('region').notNull(),
  providerName: text('provider_name').notNull(),
  category: text('category').notNull(),
  paidAmount: bigint('paid_amount', { mode: 'number' }).notNull(),
  /** fen: the voucher share held for the claim (ledger hold:r<id>) */
  amount: bigint('amount', { mode: 'number' }).notNull(),
  invoiceFile: char('invoice_file', { length: 64 }).notNull(),
  paymentProofFile: char('payment_proof_file', { length: 64 }).notNull(),
  resultFiles: text('result_files').array().notNull().default([]),
  status: text('status', { enum: ['submitted', 'approved', 'rejected', 'paid'] })
    .notNull()
    .default('submitted'),
  reason: text('reason'),
  decidedBy: bigint('decided_by', { mode: 'number' }),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type VoucherReimbursementRow = typeof voucherReimbursements.$inferSelect;
