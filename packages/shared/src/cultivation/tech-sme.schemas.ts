import { z } from 'zod';
import { countSchema, dateSchema, explanationSchema, fenSchema, verdictSchema, wordsSchema } from './schemas.ts';
import type { TechSmeResult } from './tech-sme.ts';

/**
 * Body of `POST /api/v1/cultivation/tech-sme/calculate` (the public calculator). Every flag is optional: a flag left
 * out where it matters makes the answer 'needs_data'. `assessedOn` defaults to the server's date in Asia/Shanghai.
 */
export const techSmeCalculateBodySchema = z
  .object({
    employees: countSchema,
    techStaff: countSchema,
    salesFen: fenSchema,
    rdExpenseFen: fenSchema,
    totalCostFen: fenSchema,
    totalAssetsFen: fenSchema,
    ip1Count: countSchema,
    ip2Count: countSchema,
    resident: z.boolean().optional(),
    prohibitedIndustry: z.boolean().optional(),
    majorIncident: z.boolean().optional(),
    dishonestList: z.boolean().optional(),
    abnormalOperation: z.boolean().optional(),
    hteCertificateValid: z.boolean().optional(),
    nationalAward5y: z.boolean().optional(),
    provincialRdInstitution: z.boolean().optional(),
    ledStandard5y: z.boolean().optional(),
    assessedOn: dateSchema.optional(),
  })
  .refine((b) => b.techStaff <= b.employees, {
    path: ['techStaff'],
    message: 'cultivation.tech_staff_exceeds_employees',
  });
export type TechSmeCalculateBody = z.infer<typeof techSmeCalculateBodySchema>;

export const techSmeResultSchema = z.object({
  packId: z.string(),
  assessedOn: dateSchema,
  score: z.number().int().min(0).max(100),
  parts: z.object({
    techStaff: z.number().int().min(0).max(20),
    rd: z.number().int().min(0).max(50),
    ip: z.number().int().min(0).max(30),
  }),
  eligible: z.boolean(),
  verdict: verdictSchema,
  directlyQualified: z.boolean(),
  missing: z.array(z.string()),
  note: wordsSchema.nullable(),
  reasons: z.array(explanationSchema),
});

// The answer schema describes what evaluateTechSme returns.
const _resultMatches: TechSmeResult extends z.infer<typeof techSmeResultSchema> ? true : never = true;
void _resultMatches;
