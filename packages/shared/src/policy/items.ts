/**
 * Contracts of policy items (申报事项 / 兑现条款): what an item of a policy document gives whom, when and how it is
 * claimed, and the answers the platform gives about it — an enterprise's eligibility with a sentence per condition,
 * the simulation of a draft over every enterprise, and "policies that fit me". The condition and the amount are the
 * data of ./conditions.ts and ./amount.ts; the materials an application needs are the vault's requirements.
 */
import { z } from 'zod';
import { dateSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';
import { verdictSchema, wordsSchema } from '../cultivation/schemas.ts';
import { requirementSchema } from '../materials/schemas.ts';
import { type Amount, amountSchema } from './amount.ts';
import { type Condition, conditionSchema, isFactTest } from './conditions.ts';
import { FACTS, type FactKey } from './facts.ts';

/**
 * How an item is claimed: 申报审批 (the enterprise applies, the department reviews), 免申即享 (the department
 * confirms the computed list, the enterprise only confirms and gives its account), 快申快享 (a short application, paid
 * within a deadline of working days).
 */
export const POLICY_ITEM_MODES = ['apply', 'auto', 'fast'] as const;
export type ItemMode = (typeof POLICY_ITEM_MODES)[number];
export const POLICY_ITEM_STATUSES = ['draft', 'published', 'closed', 'withdrawn'] as const;
export type ItemStatus = (typeof POLICY_ITEM_STATUSES)[number];
/** 快申快享: paid within 60 working days of the application unless the item says otherwise. */
export const DEFAULT_PAYMENT_DEADLINE_DAYS = 60;

/** The manual conditions of a tree ("reviewed by hand"), in order. */
export function manualConditions(c: Condition): z.infer<typeof wordsSchema>[] {
  if ('all' in c) return c.all.flatMap(manualConditions);
  if ('any' in c) return c.any.flatMap(manualConditions);
  if ('not' in c) return manualConditions(c.not);
  return isFactTest(c) ? [] : [c.manual];
}

/** The facts a condition or an amount reads, once each. */
export function factsRead(c: Condition, amount?: Amount): FactKey[] {
  const out = new Set<FactKey>();
  const walk = (n: Condition) => {
    if ('all' in n) n.all.forEach(walk);
    else if ('any' in n) n.any.forEach(walk);
    else if ('not' in n) walk(n.not);
    else if (isFactTest(n)) out.add(n.fact);
  };
  walk(c);
  if (amount && (amount.kind === 'ratio' || amount.kind === 'perUnit')) out.add(amount.fact);
  return [...out];
}

export const policyItemInputSchema = z
  .object({
    documentId: z.number().int().positive(),
    /** 条款 or 事项 number as the document gives it ("第三条"), optional. */
    clause: z.string().trim().max(50).default(''),
    title: z.string().trim().min(2).max(200),
    /** Who qualifies, in the document's words (the condition is the checkable form of it). */
    beneficiaries: z.string().trim().max(2000).default(''),
    condition: conditionSchema,
    amount: amountSchema,
    /** What the item may pay in all; null: no overall budget. */
    budgetFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().default(null),
    mode: z.enum(POLICY_ITEM_MODES),
    opensOn: dateSchema.nullable().default(null),
    closesOn: dateSchema.nullable().default(null),
    department: z.string().trim().min(1).max(100),
    materials: z.array(requirementSchema).max(30).default([]),
    /** 快申快享: working days from application to payment. */
    paymentDeadlineDays: z.number().int().min(1).max(365).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.opensOn && v.closesOn && v.closesOn < v.opensOn)
      ctx.addIssue({ code: 'custom', message: 'policy.window_order', path: ['closesOn'] });
    // 免申即享 pays on data alone: every condition must be decided by data, and the amount computed.
    if (v.mode === 'auto' && manualConditions(v.condition).length > 0)
      ctx.addIssue({ code: 'custom', message: 'policy.auto_needs_data_conditions', path: ['condition'] });
    if (v.mode === 'auto' && v.amount.kind === 'manual')
      ctx.addIssue({ code: 'custom', message: 'policy.auto_needs_amount', path: ['amount'] });
    if (v.mode !== 'fast' && v.paymentDeadlineDays !== null)
      ctx.addIssue({ code: 'custom', message: 'policy.deadline_only_fast', path: ['paymentDeadlineDays'] });
  });
export type PolicyItemInput = z.input<typeof policyItemInputSchema>;
export type PolicyItemInputParsed = z.output<typeof policyItemInputSchema>;

export const policyItemSchema = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  documentTitle: z.string(),
  documentNumber: z.string().nullable(),
  issuer: z.string(),
  clause: z.string(),
  title: z.string(),
  beneficiaries: z.string(),
  condition: conditionSchema,
  amount: amountSchema,
  budgetFen: z.number().int().nullable(),
  mode: z.enum(POLICY_ITEM_MODES),
  opensOn: dateSchema.nullable(),
  closesOn: dateSchema.nullable(),
  department: z.string(),
  materials: z.array(requirementSchema),
  paymentDeadlineDays: z.number().int().nullable(),
  status: z.enum(POLICY_ITEM_STATUSES),
  /** Open to claims today: published, and today within the window. */
  open: z.boolean(),
  /** The manual conditions, for the reader: these are reviewed by hand. */
  reviewedByHand: z.array(wordsSchema),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type PolicyItem = z.infer<typeof policyItemSchema>;
export const policyItemPageSchema = pageOf(policyItemSchema);

export const policyItemListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  documentId: z.coerce.number().int().positive().optional(),
  mode: z.enum(POLICY_ITEM_MODES).optional(),
  status: z.enum(POLICY_ITEM_STATUSES).optional(),
  /** Only items open to claims today. */
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type PolicyItemListQuery = z.output<typeof policyItemListQuerySchema>;
export type PolicyItemListParams = z.input<typeof policyItemListQuerySchema>;

const lineSchema = z.object({
  fact: z.string().nullable(),
  outcome: z.enum(['met', 'not_met', 'unknown', 'manual']),
  words: wordsSchema,
});
const factRefSchema = z.object({ fact: z.string(), label: wordsSchema });
export const factRef = (fact: FactKey) => ({ fact, label: FACTS[fact].label });

/** An enterprise against an item: the result, a sentence per condition, the facts still needed, and the amount. */
export const policyEligibilitySchema = z.object({
  itemId: z.number().int(),
  orgId: z.number().int(),
  result: verdictSchema,
  needsReview: z.boolean(),
  lines: z.array(lineSchema),
  reviewedByHand: z.array(wordsSchema),
  missing: z.array(factRefSchema),
  amountFen: z.number().int().nullable(),
  amountWords: wordsSchema,
  assessedOn: dateSchema,
});
export type PolicyEligibility = z.infer<typeof policyEligibilitySchema>;

/** A run of an item over every enterprise: the simulation of a draft, or the finding of who to tell on publishing. */
export const POLICY_RUN_KINDS = ['simulation', 'publish', 'recheck'] as const;
export const policySimulationSchema = z.object({
  id: z.number().int(),
  /** Null: a recheck of every open item. */
  itemId: z.number().int().nullable(),
  kind: z.enum(POLICY_RUN_KINDS),
  status: z.enum(['running', 'done', 'failed']),
  assessedOn: dateSchema,
  total: z.number().int(),
  processed: z.number().int(),
  eligible: z.number().int(),
  notEligible: z.number().int(),
  needsData: z.number().int(),
  needsReview: z.number().int(),
  /** The sum of the eligible enterprises' amounts (amounts decided in review count 0), capped by the budget. */
  payoutFen: z.number().int(),
  payoutUncappedFen: z.number().int(),
  /** The facts whose absence left enterprises at "needs data", most missed first. */
  missingFacts: z.array(factRefSchema.extend({ count: z.number().int() })),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type PolicySimulation = z.infer<typeof policySimulationSchema>;

export const policySimulationOrgQuerySchema = pageQuerySchema.extend({
  result: verdictSchema.optional(),
  q: z.string().trim().max(100).optional(),
});
export const policySimulationOrgSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  result: verdictSchema,
  needsReview: z.boolean(),
  amountFen: z.number().int().nullable(),
  missing: z.array(z.string()),
});
export const policySimulationOrgPageSchema = pageOf(policySimulationOrgSchema);
export type PolicySimulationOrg = z.infer<typeof policySimulationOrgSchema>;
export type PolicySimulationOrgParams = z.input<typeof policySimulationOrgQuerySchema>;

/** An item as lists of many items show it: without its condition tree, materials and wording (the item's page has them). */
export const policyItemSummarySchema = policyItemSchema.omit({ condition: true, materials: true, beneficiaries: true });
export type PolicyItemSummary = z.infer<typeof policyItemSummarySchema>;
export const toItemSummary = ({ condition: _c, materials: _m, beneficiaries: _b, ...summary }: PolicyItem) =>
  summary as PolicyItemSummary;

/** "Policies that fit me": the open items an enterprise qualifies for or could with more data, with their amounts. */
export const policyFitSchema = z.object({
  item: policyItemSummarySchema,
  eligibility: policyEligibilitySchema,
});
export const policyFitsSchema = z.object({
  assessedOn: dateSchema,
  /** A page of the fits, eligible ones first, largest amounts first. */
  items: z.array(policyFitSchema),
  /** The fits the pages are drawn from: all of them (eligible and needing data), or those of the `result` asked. */
  total: z.number().int(),
  /** Of all fits, however filtered: */
  eligible: z.number().int(),
  needsData: z.number().int(),
  /** The sum of the amounts of every item it qualifies for (not only this page's). */
  totalFen: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
/** A page of "policies that fit me"; 50 a page unless told (at most 200). */
export const policyFitsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  /** Only the items it qualifies for, or only those that need more data; the counts stay those of all fits. */
  result: z.enum(['eligible', 'needs_data']).optional(),
  /** A fragment of the item's title, its document's title or number, or its department; the counts stay those of all. */
  q: z.string().trim().max(100).optional(),
});
export type PolicyFitsParams = z.input<typeof policyFitsQuerySchema>;
export type PolicyFits = z.infer<typeof policyFitsSchema>;
