import { z } from 'zod';
import { fenSchema } from '../common/schemas.ts';

/** Open-sharing statistics and 后补助 proposals, as the API returns them (money in fen). */
export const sharingQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  providerId: z.coerce.number().int().positive().optional(),
});

/** 有效工作机时 is effectiveHours, 对外服务机时 externalHours; relatedRevenue is external revenue from related parties. */
export const instrumentYearStatsSchema = z.object({
  instrumentId: z.number(),
  instrumentName: z.string(),
  providerId: z.number(),
  providerName: z.string(),
  originalValue: fenSchema,
  isLarge: z.boolean(),
  effectiveHours: z.number(),
  externalHours: z.number(),
  internalRevenue: fenSchema,
  externalRevenue: fenSchema,
  relatedRevenue: fenSchema,
  enterprisesServed: z.number(),
  bookings: z.number(),
  noShows: z.number(),
  rating: z.number().nullable(),
  ratingCount: z.number(),
  shareRate: z.number().nullable(),
  yieldRate: z.number().nullable(),
});
export type InstrumentYearStats = z.infer<typeof instrumentYearStatsSchema>;

export const providerSummarySchema = z.object({
  providerId: z.number(),
  providerName: z.string(),
  instruments: z.number(),
  effectiveHours: z.number(),
  externalHours: z.number(),
  internalRevenue: fenSchema,
  externalRevenue: fenSchema,
  relatedRevenue: fenSchema,
  enterprisesServed: z.number(),
  shareRate: z.number().nullable(),
});
export type ProviderSummary = z.infer<typeof providerSummarySchema>;

export const sharingStatsSchema = z.object({
  year: z.number(),
  instruments: z.array(instrumentYearStatsSchema),
  providers: z.array(providerSummarySchema),
});
export type SharingStats = z.infer<typeof sharingStatsSchema>;

/** A year's 后补助 rule: a share of external revenue, capped per owner, above a minimum 共享率. */
export const subsidyRuleSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  ownerPercent: z.number().min(0).max(100),
  ownerCap: z.number().int().min(0),
  excludeRelated: z.boolean().default(true),
  minSharePercent: z.number().min(0).max(100).default(0),
});
export type SubsidyRule = z.infer<typeof subsidyRuleSchema>;

export const SUBSIDY_REASONS = ['ok', 'no_external_use', 'share_below_minimum'] as const;
export const subsidyProposalSchema = providerSummarySchema.extend({
  eligibleRevenue: fenSchema,
  proposed: fenSchema,
  capped: z.boolean(),
  reason: z.enum(SUBSIDY_REASONS),
});
export type SubsidyProposal = z.infer<typeof subsidyProposalSchema>;

export const subsidyResultSchema = z.object({
  rule: subsidyRuleSchema,
  proposals: z.array(subsidyProposalSchema),
  total: fenSchema,
});
export type SubsidyResult = z.infer<typeof subsidyResultSchema>;
