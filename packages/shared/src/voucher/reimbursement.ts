import { z } from 'zod';
import { fenSchema, pageOf, pageQuerySchema, pgTimestampSchema, uploadHashSchema } from '../common/schemas.ts';

/** 通用: an enterprise paid a provider in a partner region in full and claims the voucher's share back. */
export const REIMBURSEMENT_STATUSES = ['submitted', 'approved', 'rejected', 'paid'] as const;
export type ReimbursementStatus = (typeof REIMBURSEMENT_STATUSES)[number];

export const reimbursementInputSchema = z.object({
  region: z.string().trim().min(2).max(64),
  providerName: z.string().trim().min(2).max(200),
  category: z.string().trim().min(2).max(32),
  paidAmount: z.number().int().positive(),
  invoiceFile: uploadHashSchema,
  paymentProofFile: uploadHashSchema,
  resultFiles: z.array(uploadHashSchema).max(20).default([]),
});
export type ReimbursementInput = z.input<typeof reimbursementInputSchema>;
export const reimbursementListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the voucher number, the enterprise's or the provider's name or the region, or the claim number. */
  q: z.string().trim().max(100).optional(),
  status: z.enum(REIMBURSEMENT_STATUSES).optional(),
});
export type ReimbursementListParams = z.input<typeof reimbursementListQuerySchema>;
export const reimbursementDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(2).max(500) }),
  z.object({ decision: z.literal('paid') }),
]);
export type ReimbursementDecision = z.input<typeof reimbursementDecisionSchema>;

/** A reimbursement claim as the list answers it (newest first). */
export const reimbursementSchema = z.object({
  id: z.number(),
  /** The voucher's number. */
  number: z.string(),
  orgName: z.string(),
  region: z.string(),
  providerName: z.string(),
  category: z.string(),
  /** fen: what the enterprise paid the provider. */
  paidAmount: fenSchema,
  /** fen: the voucher's share, held for the claim. */
  amount: fenSchema,
  status: z.enum(REIMBURSEMENT_STATUSES),
  reason: z.string().nullable(),
  createdAt: pgTimestampSchema,
  invoiceFile: uploadHashSchema,
  paymentProofFile: uploadHashSchema,
  resultFiles: z.array(uploadHashSchema),
});
export type Reimbursement = z.infer<typeof reimbursementSchema>;
export const reimbursementPageSchema = pageOf(reimbursementSchema);
export type ReimbursementPage = z.infer<typeof reimbursementPageSchema>;

/** One claim as submitting or deciding answers it: the list's fields and the voucher, the organisation, the decision time. */
export const reimbursementDetailSchema = reimbursementSchema.extend({
  voucherId: z.number(),
  orgId: z.number(),
  decidedAt: pgTimestampSchema.nullable(),
});
export type ReimbursementDetail = z.infer<typeof reimbursementDetailSchema>;
