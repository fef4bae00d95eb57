import { z } from 'zod';
import { dateSchema, fenSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';
import { addWorkingDays, type WorkCalendar } from '../policy/working-days.ts';

/**
 * A loan case, from an institution's claim of a need to the loan's end: contacted, due diligence, approved with its
 * terms or declined with a reason, disbursed, then repaid or non-performing (the event a risk-compensation claim
 * starts from).
 */
export const CASE_STATUSES = [
  'claimed',
  'contacted',
  'due_diligence',
  'approved',
  'declined',
  'disbursed',
  'repaid',
  'non_performing',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_ACTIONS = ['contact', 'diligence', 'approve', 'decline', 'disburse', 'repay', 'default'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];
/** The statuses each step starts from, and where it leads (the database holds the same, migration 0044). */
export const CASE_TRANSITIONS: Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus }> = {
  contact: { from: ['claimed'], to: 'contacted' },
  diligence: { from: ['contacted'], to: 'due_diligence' },
  approve: { from: ['due_diligence'], to: 'approved' },
  decline: { from: ['claimed', 'contacted', 'due_diligence', 'approved'], to: 'declined' },
  disburse: { from: ['approved'], to: 'disbursed' },
  repay: { from: ['disbursed'], to: 'repaid' },
  default: { from: ['disbursed'], to: 'non_performing' },
};
/** A case at or past contact counts the enterprise as served (the plan's 年服务企业 50 家以上, seed 九.2). */
export const SERVED_STATUSES: readonly CaseStatus[] = [
  'contacted',
  'due_diligence',
  'approved',
  'declined',
  'disbursed',
  'repaid',
  'non_performing',
];
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['claimed', 'contacted', 'due_diligence', 'approved'];

export const DECLINE_REASONS = [
  'credit_history',
  'insufficient_collateral',
  'cash_flow',
  'outside_policy',
  'incomplete_materials',
  'enterprise_withdrew',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const caseStepSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('contact'), note: z.string().trim().min(2).max(1_000) }),
  z.object({ action: z.literal('diligence'), note: z.string().trim().max(1_000).default('') }),
  z.object({
    action: z.literal('approve'),
    amountFen: fenSchema.min(1),
    rateBp: z.number().int().min(0).max(2_400),
    termMonths: z.number().int().min(1).max(360),
    note: z.string().trim().max(1_000).default(''),
  }),
  z.object({
    action: z.literal('decline'),
    reason: z.enum(DECLINE_REASONS),
    note: z.string().trim().max(1_000).default(''),
  }),
  z.object({
    action: z.literal('disburse'),
    amountFen: fenSchema.min(1),
    on: dateSchema,
    note: z.string().trim().max(1_000).default(''),
  }),
  z.object({ action: z.literal('repay'), on: dateSchema, note: z.string().trim().max(1_000).default('') }),
  z.object({ action: z.literal('default'), on: dateSchema, note: z.string().trim().min(2).max(1_000) }),
]);
export type CaseStep = z.input<typeof caseStepSchema>;

export const caseEventSchema = z.object({
  status: z.enum(CASE_STATUSES),
  note: z.string(),
  byName: z.string(),
  at: z.string(),
});

export const loanCaseSchema = z.object({
  id: z.number().int(),
  needId: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  institutionOrgId: z.number().int(),
  institutionName: z.string(),
  productId: z.number().int().nullable(),
  productName: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  requestedFen: z.number().int(),
  approvedFen: z.number().int().nullable(),
  rateBp: z.number().int().nullable(),
  termMonths: z.number().int().nullable(),
  declineReason: z.enum(DECLINE_REASONS).nullable(),
  disbursedFen: z.number().int().nullable(),
  disbursedOn: z.string().nullable(),
  claimedAt: z.string(),
  contactedAt: z.string().nullable(),
  events: z.array(caseEventSchema),
});
export type LoanCase = z.infer<typeof loanCaseSchema>;

export const caseListQuerySchema = pageQuerySchema.extend({
  /** `mine`: my enterprise's; `institution`: my institution's; `all`: the finance office. */
  scope: z.enum(['mine', 'institution', 'all']),
  status: z.enum(CASE_STATUSES).optional(),
  needId: z.coerce.number().int().positive().optional(),
  /** A part of the enterprise's, the institution's or the product's name. */
  q: z.string().trim().max(100).optional(),
});
export const casePageSchema = pageOf(loanCaseSchema);

export const claimSchema = z.object({ productId: z.number().int().positive().nullable().default(null) });

/**
 * The day by which an institution must have made first contact: `days` working days after the day the need was
 * posted (Asia/Shanghai), the posting day not counted, by the zone's calendar (regional practice: 2 working days).
 */
export const firstContactDue = (postedOn: string, days: number, cal: WorkCalendar) =>
  addWorkingDays(postedOn, days, cal);
