import { z } from 'zod';
import { fenSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';
import { type Condition, conditionSchema } from '../policy/conditions.ts';
import type { Words } from '../rules/rule-pack.ts';
import { poolParamsSchema } from './compensation.ts';

/** 风险补偿资金池: its admission rule, its compensation parameters, the lenders it covers. */
export const poolInputSchema = z.object({
  name: z.string().trim().min(2).max(100),
  description: z.string().trim().max(2_000).default(''),
  admission: conditionSchema.nullable().default(null),
  params: poolParamsSchema,
  /** The lenders whose loans it covers; empty: every institution of the platform. */
  institutionIds: z.array(z.number().int().positive()).max(50).default([]),
});
export type PoolInput = z.input<typeof poolInputSchema>;

export const poolSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  admission: z.custom<Condition>().nullable(),
  params: z.object({
    directPct: z.number().int(),
    guaranteedPct: z.number().int(),
    firstLoanBonus: z.number().int(),
    pureCreditBonus: z.number().int(),
    ipPledgeBonus: z.number().int(),
    capPct: z.number().int(),
  }),
  institutionIds: z.array(z.number().int()),
  status: z.enum(['active', 'closed']),
  /** Funded, not committed to a claim. */
  availableFen: z.number().int(),
  /** Approved claims not yet paid. */
  committedFen: z.number().int(),
  paidFen: z.number().int(),
  members: z.number().int(),
  whitelistAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Pool = z.infer<typeof poolSchema>;
export const poolPageSchema = pageOf(poolSchema);
export const poolListQuerySchema = pageQuerySchema.extend({
  /** A part of the pool's name. */
  q: z.string().trim().max(100).optional(),
});

export const poolFundSchema = z.object({
  amountFen: fenSchema.min(1),
  note: z.string().trim().max(500).default(''),
});

export const poolMemberSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  result: z.enum(['eligible', 'needs_data']),
});
export const poolMemberPageSchema = pageOf(poolMemberSchema);
export const poolMemberQuerySchema = pageQuerySchema.extend({ q: z.string().trim().max(100).optional() });

export const POOL_CLAIM_STATUSES = ['submitted', 'reviewed', 'approved', 'paid', 'rejected'] as const;
export type PoolClaimStatus = (typeof POOL_CLAIM_STATUSES)[number];

export const poolClaimInputSchema = z.object({
  caseId: z.number().int().positive(),
  /** The principal not recovered, in fen (at most what was disbursed). */
  lossFen: fenSchema.min(1),
  guaranteed: z.boolean(),
  pureCredit: z.boolean(),
  ipPledge: z.boolean(),
  note: z.string().trim().max(1_000).default(''),
});

export const poolClaimSchema = z.object({
  id: z.number().int(),
  poolId: z.number().int(),
  poolName: z.string(),
  caseId: z.number().int(),
  orgName: z.string(),
  institutionOrgId: z.number().int(),
  institutionName: z.string(),
  disbursedFen: z.number().int(),
  lossFen: z.number().int(),
  guaranteed: z.boolean(),
  firstLoan: z.boolean(),
  pureCredit: z.boolean(),
  ipPledge: z.boolean(),
  note: z.string(),
  status: z.enum(POOL_CLAIM_STATUSES),
  /** The share and amount: fixed once approved; before that, what the pool's parameters give now. */
  pct: z.number().int(),
  amountFen: z.number().int(),
  lines: z.array(z.object({ zh: z.string(), en: z.string() })),
  reviewNote: z.string().nullable(),
  submittedAt: z.string(),
  paidAt: z.string().nullable(),
});
export type PoolClaim = z.infer<typeof poolClaimSchema> & { lines: Words[] };
export const poolClaimPageSchema = pageOf(poolClaimSchema);
export const poolClaimListQuerySchema = pageQuerySchema.extend({
  /** `all`: the finance office; `institution`: my institution's. */
  scope: z.enum(['all', 'institution']),
  poolId: z.coerce.number().int().positive().optional(),
  status: z.enum(POOL_CLAIM_STATUSES).optional(),
  /** A part of the enterprise's, the institution's or the pool's name. */
  q: z.string().trim().max(100).optional(),
});
export const poolClaimDecisionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('review'), note: z.string().trim().max(1_000).default('') }),
  z.object({ action: z.literal('approve'), note: z.string().trim().max(1_000).default('') }),
  z.object({ action: z.literal('reject'), note: z.string().trim().min(2).max(1_000) }),
  z.object({ action: z.literal('pay'), note: z.string().trim().max(1_000).default('') }),
]);
