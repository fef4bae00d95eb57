import { z } from 'zod';
import { fenSchema } from '../common/schemas.ts';

export const voucherReportQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

/** Redeemed amount and contract value (fen) of one service category or provider. */
export const reportGroupSchema = z.object({ name: z.string(), redeemed: fenSchema, contractValue: fenSchema });
export type ReportGroup = z.infer<typeof reportGroupSchema>;

/** SMEs supported and contract value cumulative from 2021, against the plan's target of the year (if any). */
export const voucherProgressSchema = z.object({
  year: z.number(),
  smesSupported: z.number(),
  contractValue: fenSchema,
  target: z.object({ year: z.number(), smes: z.number(), contractValue: fenSchema }).nullable(),
});
export type VoucherProgress = z.infer<typeof voucherProgressSchema>;

/** A year's voucher results from the ledger (money in fen) and the plan's progress. */
export const voucherReportSchema = z.object({
  year: z.number(),
  smesSupported: z.number(),
  contractValue: fenSchema,
  vouchersIssued: z.number(),
  issuedAmount: fenSchema,
  redeemedAmount: fenSchema,
  expiredAmount: fenSchema,
  byCategory: z.array(reportGroupSchema),
  byProvider: z.array(reportGroupSchema),
  progress: voucherProgressSchema,
});
export type VoucherReport = z.infer<typeof voucherReportSchema>;
