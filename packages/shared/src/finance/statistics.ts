import { z } from 'zod';

/**
 * The finance platform's figures for a year: enterprises served (a need of theirs reached first contact or later;
 * the plan's 年服务企业 50 家以上, seed 九.2), amounts approved and disbursed, how fast institutions made first
 * contact (working days from posting, the zone's calendar), the approval rate of decided cases, and each
 * institution's response time and conversion.
 */
export const statisticsQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const institutionFiguresSchema = z.object({
  orgId: z.number().int(),
  name: z.string(),
  pushed: z.number().int(),
  claimed: z.number().int(),
  contacted: z.number().int(),
  /** Contacted within the first-contact day, of those contacted. */
  onTime: z.number().int(),
  /** Median working days from posting to this institution's first contact; null with none. */
  medianContactDays: z.number().nullable(),
  disbursed: z.number().int(),
  disbursedFen: z.number().int(),
  /** Disbursed ÷ claimed, in percent to two decimals; null with no claim. */
  conversionPercent: z.number().nullable(),
});

export const financeStatisticsSchema = z.object({
  year: z.number().int(),
  served: z.number().int(),
  servedTarget: z.number().int(),
  needsPosted: z.number().int(),
  approvedFen: z.number().int(),
  disbursedFen: z.number().int(),
  decided: z.number().int(),
  approved: z.number().int(),
  /** Approved ÷ decided (approved or declined), percent to two decimals; null with none decided. */
  approvalPercent: z.number().nullable(),
  /** The 90th percentile of working days to first contact over the year's contacted needs; null with none. */
  p90ContactDays: z.number().nullable(),
  /** Needs contacted by their first-contact day, of those contacted. */
  onTimePercent: z.number().nullable(),
  byMonth: z.array(
    z.object({
      month: z.string(),
      posted: z.number().int(),
      served: z.number().int(),
      disbursedFen: z.number().int(),
    }),
  ),
  byInstitution: z.array(institutionFiguresSchema),
});
export type FinanceStatistics = z.infer<typeof financeStatisticsSchema>;

/** The p-th percentile (nearest rank) of `values`; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** part ÷ whole in percent, rounded down to two decimals; null for a zero whole. */
export const percentOfTwo = (part: number, whole: number) =>
  whole === 0 ? null : Math.floor((part * 10_000) / whole) / 100;
