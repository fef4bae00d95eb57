import { z } from 'zod';
import type { HteResult } from './hte.ts';
import { countSchema, dateSchema, explanationSchema, fenSchema, verdictSchema, wordsSchema } from './schemas.ts';

const years = (item: z.ZodType<number>) => z.array(item).min(1).max(3);
const managementItem = (max: number) => z.union([z.boolean(), z.number().int().min(0).max(max)]).optional();
/** Net assets may be negative. */
const signedFenSchema = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

/** Body of a 高企 self-check (yearly figures oldest first, the same 1–3 years for sales and R&D). */
export const hteCheckBodySchema = z
  .object({
    registeredOn: dateSchema,
    employees: countSchema,
    techStaff: countSchema,
    salesFen: years(fenSchema),
    rdFen: years(fenSchema),
    domesticRdFen: fenSchema,
    highTechIncomeFen: fenSchema,
    totalIncomeFen: fenSchema,
    ip1Count: countSchema,
    ip2Count: countSchema,
    inSupportedField: z.boolean().optional(),
    majorIncident: z.boolean().optional(),
    ownDevelopedIp: z.boolean().optional(),
    advancement: z.number().int().min(0).max(8).optional(),
    coreSupport: z.number().int().min(0).max(8).optional(),
    standardsDrafted: z.boolean().optional(),
    conversions: years(countSchema).optional(),
    management: z
      .object({
        system: managementItem(6),
        institution: managementItem(6),
        incentive: managementItem(4),
        talent: managementItem(4),
      })
      .optional(),
    netAssetsFen: years(signedFenSchema).optional(),
    assessedOn: dateSchema.optional(),
  })
  .refine((b) => b.techStaff <= b.employees, {
    path: ['techStaff'],
    message: 'cultivation.tech_staff_exceeds_employees',
  })
  .refine((b) => b.rdFen.length === b.salesFen.length, { path: ['rdFen'], message: 'cultivation.years_mismatch' })
  .refine((b) => b.highTechIncomeFen <= b.totalIncomeFen, {
    path: ['highTechIncomeFen'],
    message: 'cultivation.part_exceeds_total',
  })
  .refine((b) => b.domesticRdFen <= b.rdFen.reduce((a, x) => a + x, 0), {
    path: ['domesticRdFen'],
    message: 'cultivation.part_exceeds_total',
  });
export type HteCheckBody = z.infer<typeof hteCheckBodySchema>;

const rangeSchema = z.object({ min: z.number().int(), max: z.number().int() });

export const hteResultSchema = z.object({
  packId: z.string(),
  assessedOn: dateSchema,
  eligible: z.boolean(),
  verdict: verdictSchema,
  score: rangeSchema,
  parts: z.object({ ip: rangeSchema, conversion: rangeSchema, management: rangeSchema, growth: rangeSchema }),
  scoreCondition: z.enum(['surely_met', 'possibly_met', 'surely_not_met']),
  gaps: z.array(
    z.object({
      code: z.string(),
      unit: z.enum(['people', 'fen', 'days', 'points', 'items']),
      amount: z.number().int().min(0),
      words: wordsSchema,
    }),
  ),
  missing: z.array(z.string()),
  note: wordsSchema,
  reasons: z.array(explanationSchema),
});

const _resultMatches: HteResult extends z.infer<typeof hteResultSchema> ? true : never = true;
void _resultMatches;
