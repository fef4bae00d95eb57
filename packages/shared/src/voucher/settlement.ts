import { z } from 'zod';
import { fenSchema, pageOf, pageQuerySchema, pgTimestampSchema, uploadHashSchema } from '../common/schemas.ts';

/** Settlement of voucher-paid orders: a provider's claims, reviewed by the administration and paid in batches. */
export const CLAIM_STATUSES = ['submitted', 'approved', 'returned', 'batched', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The documents of a claim (upload hashes). */
export const claimDocumentsSchema = z.object({
  contractFile: uploadHashSchema,
  invoiceFile: uploadHashSchema,
  paymentProofFile: uploadHashSchema,
  resultFiles: z.array(uploadHashSchema).max(20).default([]),
});
export type ClaimDocuments = z.input<typeof claimDocumentsSchema>;
export const claimInputSchema = claimDocumentsSchema.extend({ orderId: z.number().int().positive() });
export const claimListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the service title, the provider's or the buyer's name, or (digits) the claim or order number. */
  q: z.string().trim().max(100).optional(),
  status: z.enum(CLAIM_STATUSES).optional(),
  batchId: z.coerce.number().int().positive().optional(),
});
export const claimReviewSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('return'), reason: z.string().trim().min(2).max(500) }),
]);
export type ClaimReview = z.input<typeof claimReviewSchema>;

/** A provider's claim for what vouchers paid on one completed order, with its documents. */
export const claimSchema = z.object({
  id: z.number(),
  orderId: z.number(),
  providerId: z.number(),
  providerName: z.string(),
  buyerName: z.string(),
  serviceTitle: z.string(),
  /** fen: the amount of the (completed) order. */
  orderAmount: fenSchema,
  /** fen: what vouchers paid for the order. */
  amount: fenSchema,
  contractFile: uploadHashSchema,
  invoiceFile: uploadHashSchema,
  paymentProofFile: uploadHashSchema,
  resultFiles: z.array(uploadHashSchema),
  status: z.enum(CLAIM_STATUSES),
  returnReason: z.string().nullable(),
  batchId: z.number().nullable(),
  submittedAt: pgTimestampSchema,
  reviewedAt: pgTimestampSchema.nullable(),
});
export type Claim = z.infer<typeof claimSchema>;
export const claimPageSchema = pageOf(claimSchema);
export type ClaimPage = z.infer<typeof claimPageSchema>;
export type ClaimListParams = z.input<typeof claimListQuerySchema>;

/** A completed order of the provider that vouchers paid for and that has no claim yet. */
export const claimableSchema = z.object({
  orderId: z.number(),
  serviceTitle: z.string(),
  buyerName: z.string(),
  orderAmount: fenSchema,
  voucherPaid: fenSchema,
  completedAt: pgTimestampSchema,
});
export type Claimable = z.infer<typeof claimableSchema>;
export const claimableQuerySchema = pageQuerySchema.extend({
  /** A fragment of the service title or the buyer's name, or (digits) the order number. */
  q: z.string().trim().max(100).optional(),
});
export type ClaimableParams = z.input<typeof claimableQuerySchema>;
export const claimablePageSchema = pageOf(claimableSchema);
export type ClaimablePage = z.infer<typeof claimablePageSchema>;

export const batchInputSchema = z.object({
  claimIds: z.array(z.number().int().positive()).min(1).max(1000),
  note: z.string().trim().max(500).default(''),
});
export const batchPaidInputSchema = z.object({ paymentRef: z.string().trim().min(1).max(100) });

export const SETTLEMENT_BATCH_STATUSES = ['open', 'paid'] as const;
/** A settlement batch with its number of claims, their total (fen) and their providers. */
export const settlementBatchSchema = z.object({
  id: z.number(),
  status: z.enum(SETTLEMENT_BATCH_STATUSES),
  note: z.string(),
  paymentRef: z.string().nullable(),
  createdAt: pgTimestampSchema,
  paidAt: pgTimestampSchema.nullable(),
  claims: z.number(),
  total: fenSchema,
  /** The providers of its claims, by name. */
  providers: z.array(z.string()),
});
export type SettlementBatch = z.infer<typeof settlementBatchSchema>;
export const settlementBatchListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the note, the payment reference or a provider's name, or (digits) the batch number. */
  q: z.string().trim().max(100).optional(),
  status: z.enum(SETTLEMENT_BATCH_STATUSES).optional(),
});
export type SettlementBatchListParams = z.input<typeof settlementBatchListQuerySchema>;
export const settlementBatchPageSchema = pageOf(settlementBatchSchema);
export type SettlementBatchPage = z.infer<typeof settlementBatchPageSchema>;
export const batchCreatedSchema = z.object({ id: z.number(), claims: z.number() });
export type BatchCreated = z.infer<typeof batchCreatedSchema>;
export const batchPaidSchema = z.object({ id: z.number(), claims: z.number(), total: fenSchema });
export type BatchPaid = z.infer<typeof batchPaidSchema>;
