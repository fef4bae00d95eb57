import { z } from 'zod';
import { dateSchema, fenSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';
import { COLLATERAL_KINDS, GUARANTEE_KINDS } from './products.ts';

/** 企业融资需求信息库 (seed 十二.3): what an enterprise asks for, and what it can offer. */
export const FINANCE_NEED_PURPOSES = [
  'working_capital',
  'equipment',
  'rd',
  'expansion',
  'acquisition',
  'other',
] as const;
export type FinanceNeedPurpose = (typeof FINANCE_NEED_PURPOSES)[number];

/**
 * A need is open once posted and pushed to the institutions whose products fit; in progress once an institution
 * claims it; funded when a loan is disbursed; closed when every case ended without one or the enterprise closed it;
 * withdrawn by the enterprise before any claim; expired when its date passed unclaimed.
 */
export const FINANCE_NEED_STATUSES = ['open', 'in_progress', 'funded', 'closed', 'withdrawn', 'expired'] as const;
export type FinanceNeedStatus = (typeof FINANCE_NEED_STATUSES)[number];

export const financeNeedInputSchema = z.object({
  amountFen: fenSchema.min(1_000_000).max(100_000_000_000),
  termMonths: z.number().int().min(1).max(360),
  purpose: z.enum(FINANCE_NEED_PURPOSES),
  purposeText: z.string().trim().min(10).max(1_000),
  guaranteeOffered: z.array(z.enum(GUARANTEE_KINDS)).min(1).max(GUARANTEE_KINDS.length),
  collateral: z.array(z.enum(COLLATERAL_KINDS)).max(COLLATERAL_KINDS.length).default([]),
  /** The highest annual rate acceptable, basis points; null when any. */
  rateCeilingBp: z.number().int().min(1).max(2_400).nullable().default(null),
  neededBy: dateSchema,
});
export type FinanceNeedInput = z.input<typeof financeNeedInputSchema>;

export const pushSummarySchema = z.object({
  institutionOrgId: z.number().int(),
  institutionName: z.string(),
  /** The products of the institution that fit the need, by id, and their names. */
  productIds: z.array(z.number().int()),
  productNames: z.array(z.string()),
  status: z.enum(['pushed', 'claimed', 'passed']),
});

export const financeNeedSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  amountFen: z.number().int(),
  termMonths: z.number().int(),
  purpose: z.enum(FINANCE_NEED_PURPOSES),
  purposeText: z.string(),
  guaranteeOffered: z.array(z.enum(GUARANTEE_KINDS)),
  collateral: z.array(z.enum(COLLATERAL_KINDS)),
  rateCeilingBp: z.number().int().nullable(),
  neededBy: z.string(),
  status: z.enum(FINANCE_NEED_STATUSES),
  postedAt: z.string(),
  /** The day by which an institution must have contacted the enterprise (working days, the zone's calendar). */
  firstContactDue: z.string(),
  firstContactAt: z.string().nullable(),
  escalatedAt: z.string().nullable(),
  /** Institutions it was pushed to: the enterprise and the finance office see them all, an institution its own. */
  pushes: z.array(pushSummarySchema),
});
export type FinanceNeed = z.infer<typeof financeNeedSchema>;

export const financeNeedListQuerySchema = pageQuerySchema.extend({
  /** `mine`: my enterprise's; `pushed`: pushed to my institution; `all`: the finance office. */
  scope: z.enum(['mine', 'pushed', 'all']),
  status: z.enum(FINANCE_NEED_STATUSES).optional(),
  /** Open needs past their first-contact day without a contact. */
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
});
export const financeNeedPageSchema = pageOf(financeNeedSchema);
