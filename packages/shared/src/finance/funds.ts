import { z } from 'zod';
import { dateSchema, fenSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';

/** 产业引导基金 and its sub-funds (母子基金); investors' preferences; investments. */
export const FUND_STAGES = ['seed', 'early', 'growth', 'mature'] as const;
export type FundStage = (typeof FUND_STAGES)[number];
export const INVESTMENT_ROUNDS = ['angel', 'a', 'b', 'c', 'later'] as const;

/** An enterprise's stage by its years since registration: 种子期 < 3, 初创期 3–5, 成长期 5–10, 成熟期 ≥ 10. */
export function stageOfYears(years: number | null): FundStage | null {
  if (years === null) return null;
  if (years < 3) return 'seed';
  if (years < 5) return 'early';
  if (years < 10) return 'growth';
  return 'mature';
}

export const fundInputSchema = z.object({
  name: z.string().trim().min(2).max(100),
  kind: z.enum(['guide', 'sub']),
  parentId: z.number().int().positive().nullable().default(null),
  managerOrgId: z.number().int().positive().nullable().default(null),
  targetFen: fenSchema.min(1),
  vintage: z.number().int().min(2000).max(2100),
  stages: z.array(z.enum(FUND_STAGES)).max(4).default([]),
  fields: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
});
export const commitmentInputSchema = z.object({
  lpFundId: z.number().int().positive().nullable().default(null),
  lpName: z.string().trim().min(2).max(100),
  amountFen: fenSchema.min(1),
  committedOn: dateSchema,
});
export const fundSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(['guide', 'sub']),
  parentId: z.number().int().nullable(),
  /** The guide fund's name, for a sub-fund. */
  parentName: z.string().nullable(),
  managerOrgId: z.number().int().nullable(),
  managerName: z.string().nullable(),
  targetFen: z.number().int(),
  vintage: z.number().int(),
  stages: z.array(z.enum(FUND_STAGES)),
  fields: z.array(z.string()),
  committedFen: z.number().int(),
  investedFen: z.number().int(),
  commitments: z.array(
    z.object({
      lpFundId: z.number().int().nullable(),
      lpName: z.string(),
      amountFen: z.number().int(),
      committedOn: z.string(),
    }),
  ),
  subFunds: z.array(z.object({ id: z.number().int(), name: z.string(), targetFen: z.number().int() })),
});
export type Fund = z.infer<typeof fundSchema>;
export const fundPageSchema = pageOf(fundSchema);
export const fundListQuerySchema = pageQuerySchema.extend({
  /** A part of the fund's or its manager's name. */
  q: z.string().trim().max(100).optional(),
  kind: z.enum(['guide', 'sub']).optional(),
  /** The funds one institution manages. */
  managerOrgId: z.coerce.number().int().positive().optional(),
});

export const investorProfileSchema = z
  .object({
    stages: z.array(z.enum(FUND_STAGES)).min(1).max(4),
    /** 国民经济行业分类 门类 letters (C 制造业, I 信息传输、软件和信息技术服务业 …); empty is any. */
    industries: z
      .array(z.string().regex(/^[A-T]$/))
      .max(20)
      .default([]),
    ticketMinFen: fenSchema.min(1),
    ticketMaxFen: fenSchema.min(1),
  })
  .refine((p) => p.ticketMinFen <= p.ticketMaxFen, { path: ['ticketMaxFen'], message: 'finance.range_order' });

export const investorMatchSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  stage: z.enum(FUND_STAGES),
  industry: z.string().nullable(),
  /** An open financing need of the enterprise within the ticket, when it has one. */
  needId: z.number().int().nullable(),
  needFen: z.number().int().nullable(),
  reasons: z.array(z.object({ zh: z.string(), en: z.string() })),
});
export type InvestorMatch = z.infer<typeof investorMatchSchema>;
export const investorMatchPageSchema = pageOf(investorMatchSchema);
export const investorMatchQuerySchema = pageQuerySchema.extend({
  /** A part of the enterprise's name. */
  q: z.string().trim().max(100).optional(),
});

export const investmentInputSchema = z.object({
  fundId: z.number().int().positive().nullable().default(null),
  orgId: z.number().int().positive(),
  amountFen: fenSchema.min(1),
  investedOn: dateSchema,
  round: z.enum(INVESTMENT_ROUNDS),
});
export const investmentSchema = z.object({
  id: z.number().int(),
  fundId: z.number().int().nullable(),
  fundName: z.string().nullable(),
  institutionOrgId: z.number().int().nullable(),
  institutionName: z.string().nullable(),
  orgId: z.number().int(),
  orgName: z.string(),
  amountFen: z.number().int(),
  investedOn: z.string(),
  round: z.enum(INVESTMENT_ROUNDS),
});
export type Investment = z.infer<typeof investmentSchema>;
export const investmentPageSchema = pageOf(investmentSchema);
export const investmentListQuerySchema = pageQuerySchema.extend({
  /** A part of the enterprise's, the fund's or the investing institution's name. */
  q: z.string().trim().max(100).optional(),
});
