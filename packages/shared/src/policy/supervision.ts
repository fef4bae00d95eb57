/**
 * Contracts of the supervision of policy (政策落实督导) and its third-party evaluation (第三方评估): per item and per
 * responsible department, for a year (or a range of dates within it), how far the items reached the enterprises
 * they are for — eligible, told, opened, applied, approved, paid, the amounts, the days from application to payment
 * and what is overdue — and the evaluator's three rates: 知晓覆盖率, 办理满意率 and 兑现到位率, each with its numerator
 * and denominator. The definitions are those of docs/GLOSSARY.md (督导口径).
 */
import { z } from 'zod';
import { dateSchema, fenSchema } from '../common/schemas.ts';
import { POLICY_ITEM_MODES } from './items.ts';

/** The period: a calendar year, optionally narrowed to a range of dates within it; and one department. */
export const supervisionQuerySchema = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100),
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    department: z.string().trim().min(1).max(100).optional(),
  })
  .superRefine((q, ctx) => {
    for (const key of ['from', 'to'] as const) {
      const d = q[key];
      if (d && Number(d.slice(0, 4)) !== q.year)
        ctx.addIssue({ code: 'custom', message: 'policy.supervision_range_outside_year', path: [key] });
    }
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', message: 'policy.supervision_range_reversed', path: ['to'] });
  });
export type SupervisionQuery = z.infer<typeof supervisionQuerySchema>;

/** The evaluator's period: a calendar year. */
export const evaluationQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export type EvaluationQuery = z.infer<typeof evaluationQuerySchema>;

/** A rate as its parts: `rate` is numerator ÷ denominator (0…1), null when there is nothing to divide by. */
export const evaluationRateSchema = z.object({
  numerator: z.number().int().min(0),
  denominator: z.number().int().min(0),
  rate: z.number().min(0).max(1).nullable(),
});
export type Rate = z.infer<typeof evaluationRateSchema>;

/** The supervision's figures of one item, one department or all of them. */
export const supervisionFiguresSchema = z.object({
  /** Enterprises that qualify for the item now. */
  eligible: z.number().int().min(0),
  /** Of those, told of it (notified by the end of the period). */
  notified: z.number().int().min(0),
  /** Of those told, the ones that opened it (their eligibility for it) by the end of the period. */
  opened: z.number().int().min(0),
  /** Applications of the period: submitted (申报审批, 快申快享) or offered (免申即享) within it. */
  applied: z.number().int().min(0),
  /** Of those, approved (or, 免申即享, confirmed) and not since rejected or refused. */
  approved: z.number().int().min(0),
  /** Of those, paid. */
  paid: z.number().int().min(0),
  approvedFen: fenSchema,
  paidFen: fenSchema,
  /** The median of calendar days from first submission to payment over the paid ones submitted; null if none. */
  medianDaysToPayment: z.number().min(0).nullable(),
  /** 快申快享 still unpaid past their payment deadline (today). */
  overdue: z.number().int().min(0),
  /** Paid, but after their deadline (see 兑现到位率). */
  paidLate: z.number().int().min(0),
});
export type SupervisionFigures = z.infer<typeof supervisionFiguresSchema>;

export const supervisionItemRowSchema = supervisionFiguresSchema.extend({
  itemId: z.number().int(),
  title: z.string(),
  documentTitle: z.string(),
  department: z.string(),
  mode: z.enum(POLICY_ITEM_MODES),
});
export type SupervisionItemRow = z.infer<typeof supervisionItemRowSchema>;

export const supervisionDepartmentRowSchema = supervisionFiguresSchema.extend({
  department: z.string(),
  items: z.number().int().min(0),
});
export type SupervisionDepartmentRow = z.infer<typeof supervisionDepartmentRowSchema>;

export const supervisionReportSchema = z.object({
  year: z.number().int(),
  from: dateSchema,
  to: dateSchema,
  /** The departments the caller may choose between (its own only, for a department's administrator). */
  departments: z.array(z.string()),
  items: z.array(supervisionItemRowSchema),
  byDepartment: z.array(supervisionDepartmentRowSchema),
  totals: supervisionFiguresSchema,
});
export type SupervisionReport = z.infer<typeof supervisionReportSchema>;

/** The three rates of the third-party evaluation, of one item or of the year. */
export const evaluationRatesSchema = z.object({
  /** 知晓覆盖率: eligible enterprises that opened the item ÷ eligible enterprises told of it. */
  awareness: evaluationRateSchema,
  /** 办理满意率: ratings of 4 or 5 ÷ ratings, with the mean score (null without ratings). */
  satisfaction: evaluationRateSchema.extend({ mean: z.number().min(1).max(5).nullable() }),
  /** 兑现到位率: approved applications paid on time ÷ approved applications. */
  onTime: evaluationRateSchema,
});
export type EvaluationRates = z.infer<typeof evaluationRatesSchema>;

export const evaluationItemRowSchema = evaluationRatesSchema.extend({
  itemId: z.number().int(),
  title: z.string(),
  department: z.string(),
  mode: z.enum(POLICY_ITEM_MODES),
});
export type EvaluationItemRow = z.infer<typeof evaluationItemRowSchema>;

export const evaluationReportSchema = z.object({
  year: z.number().int(),
  items: z.array(evaluationItemRowSchema),
  totals: evaluationRatesSchema,
});
export type EvaluationReport = z.infer<typeof evaluationReportSchema>;

/** numerator ÷ denominator as a rate, null without a denominator. */
export const rateOf = (numerator: number, denominator: number): Rate => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

/** The median of numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
