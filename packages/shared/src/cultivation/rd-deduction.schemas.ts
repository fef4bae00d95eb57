import { z } from 'zod';
import { INDUSTRY_CODES } from '../common/enums.ts';
import { divisionInSection } from './rd-deduction.packs.ts';
import type { RdDeductionResult } from './rd-deduction.ts';
import { explanationSchema, fenSchema, verdictSchema, wordsSchema } from './schemas.ts';

const industrySectionSchema = z.enum(INDUSTRY_CODES);

/**
 * One amount of an estimate: fen up to 1 万亿元 (10^14 fen). The base sums nine amounts and the extra deduction takes
 * up to 120 % of it; with every amount at this bound the result stays a safe integer (about 1.4 × 10^15 fen).
 */
export const RD_AMOUNT_MAX_FEN = 100_000_000_000_000;
const amountSchema = fenSchema.max(RD_AMOUNT_MAX_FEN);

/** Body of a 研发费用加计扣除 estimate; the division, when given, must lie in the section. */
export const rdDeductionEstimateBodySchema = z
  .object({
    taxYear: z.number().int().min(2016).max(2100),
    manufacturing: z.boolean().optional(),
    techSme: z.boolean().optional(),
    icOrMachineToolListed: z.boolean().optional(),
    industrySection: industrySectionSchema,
    industryDivision: z
      .string()
      .regex(/^\d{2}$/)
      .optional(),
    personnelFen: amountSchema,
    directInputsFen: amountSchema,
    depreciationFen: amountSchema,
    intangibleAmortisationFen: amountSchema,
    designFen: amountSchema,
    otherFen: amountSchema,
    commissionedDomesticFen: amountSchema,
    commissionedAbroadFen: amountSchema,
    capitalisedAmortisationFen: amountSchema,
  })
  .refine((b) => b.industryDivision === undefined || divisionInSection(b.industrySection, b.industryDivision), {
    path: ['industryDivision'],
    message: 'cultivation.division_not_in_section',
  });
export type RdDeductionEstimateBody = z.infer<typeof rdDeductionEstimateBodySchema>;

export const rdDeductionResultSchema = z.object({
  packId: z.string(),
  taxYear: z.number().int(),
  verdict: verdictSchema,
  eligible: z.boolean(),
  kind: z.enum(['general', 'manufacturing', 'techSme', 'icOrMachineTool']),
  ratePercent: z.number().int(),
  eligibleBaseFen: fenSchema,
  capitalisedAmortisationFen: fenSchema,
  extraExpensedFen: fenSchema,
  extraAmortisationFen: fenSchema,
  extraDeductionFen: fenSchema,
  missing: z.array(z.string()),
  note: wordsSchema.nullable(),
  reasons: z.array(explanationSchema),
});

const _resultMatches: RdDeductionResult extends z.infer<typeof rdDeductionResultSchema> ? true : never = true;
void _resultMatches;
