import { z } from 'zod';
import { countSchema, dateSchema, explanationSchema, fenSchema, verdictSchema, wordsSchema } from './schemas.ts';
import type { SpecialisedResult } from './specialised.ts';

const yearSchema = z
  .object({ revenueFen: fenSchema, mainBusinessRevenueFen: fenSchema, rdFen: fenSchema })
  .refine((y) => y.mainBusinessRevenueFen <= y.revenueFen, {
    path: ['mainBusinessRevenueFen'],
    message: 'cultivation.part_exceeds_total',
  });

/** Body of a 专精特新 self-check (years oldest first, 1–3). */
export const specialisedCheckBodySchema = z.object({
  years: z.array(yearSchema).min(1).max(3),
  liabilitiesFen: fenSchema,
  totalAssetsFen: fenSchema,
  ip1Count: countSchema,
  nicheYears: countSchema.optional(),
  equityFinancing2yFen: fenSchema.optional(),
  marketShareBp: z.number().int().min(0).max(10_000).optional(),
  marketTopThree: z.boolean().optional(),
  provincialScore: z.number().int().min(0).max(100).optional(),
  giantScore: z.number().int().min(0).max(100).optional(),
  scienceAwards: z
    .array(z.object({ level: z.enum(['provincial', 'national']), rank: z.number().int().min(1).max(1000) }))
    .max(20)
    .optional(),
  makerChinaRank: z.number().int().min(1).max(100_000).nullable().optional(),
  rdInstitution: z.boolean().optional(),
  rdStaffBp: z.number().int().min(0).max(10_000).optional(),
  informationSystem: z.boolean().optional(),
  managementCertified: z.boolean().optional(),
  ownBrand: z.boolean().optional(),
  chainRole: z.boolean().optional(),
  keyField: z.boolean().optional(),
  assessedOn: dateSchema.optional(),
});
export type SpecialisedCheckBody = z.infer<typeof specialisedCheckBodySchema>;

const tierSchema = z.object({ verdict: verdictSchema, eligible: z.boolean(), missing: z.array(z.string()) });

export const specialisedResultSchema = z.object({
  packId: z.string(),
  assessedOn: dateSchema,
  provincial: tierSchema,
  giant: tierSchema,
  note: wordsSchema,
  reasons: z.array(explanationSchema),
});

const _resultMatches: SpecialisedResult extends z.infer<typeof specialisedResultSchema> ? true : never = true;
void _resultMatches;
