import { bigint, char, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Approved claims grouped for payment (ledger: payable:<provider> → paid:<provider>). */
export const settlementBatches = pgTable('settlement_batches', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  status: text('status', { enum: ['open', 'paid'] })
    .notNull()
    .default('open'),
  note: text('note').notNull().default(''),
  createdBy: bigint('created_by', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  paidBy: bigint('paid_by', { mode: 'number' }),
  paidAt: timestamp('paid_at', { withTimezone: true }),
  paymentRef: text('payment_ref'),
});
export type SettlementBatchRow = typeof settlementBatches.$inferSelect;

/** A provider's claim for what vouchers paid for one order, with its documents (upload hashes). */
export const voucherClaims = pgTable('voucher_claims', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orderId: bigint('order_id', { mode: 'number' }).notNull().unique(),
  providerId: bigint('provider_id', { mode: 'number' }).notNull(),
  /** fen: what vouchers paid for the order (consumed holds) */
  amount: bigint('amount', { mode: 'number' }).notNull(),
  contractFile: char('contract_file', { length: 64 }).notNull(),
  invoiceFile: char('invoice_file', { length: 64 }).notNull(),
  paymentProofFile: char('payment_proof_file', { length: 64 }).notNull(),
  resultFiles: text('result_files').array().notNull().default([]),
  status: text('status', { enum: ['submitted', 'approved', 'returned', 'batched', 'paid'] })
    .notNull()
    .default('submitted'),
  returnReason: text('return_reason'),
  reviewedBy: bigint('reviewed_by', { mode: 'number' }),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  batchId: bigint('batch_id', { mode: 'number' }),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
});
export type VoucherClaimRow = typeof voucherClaims.$inferSelect;
