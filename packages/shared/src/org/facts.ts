import { z } from 'zod';
import { instantSchema, pageOf, pageQuerySchema, reasonSchema } from '../common/schemas.ts';

/**
 * The facts of an organisation that the administration verifies and the voucher rules rest on (eligibility:
 * 科技型中小企业, park of the zone; related parties: the legal representative). A member's change to one of them on a
 * verified organisation waits for the administration; every other field changes at once.
 */
export const VERIFIED_FACTS = [
  'kind',
  'name',
  'uscc',
  'legalRep',
  'park',
  'isAboveScale',
  'hteCertNo',
  'hteValidFrom',
  'hteValidTo',
  'tsmeRegNo',
  'isSpecialized',
] as const;
export type VerifiedFact = (typeof VERIFIED_FACTS)[number];

export const FACT_CHANGE_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type FactChangeStatus = (typeof FACT_CHANGE_STATUSES)[number];

const factValueSchema = z.union([z.string(), z.boolean(), z.null()]);

/** One verified fact asked to change: its verified value and the value asked for. */
export const factDiffSchema = z.object({ field: z.enum(VERIFIED_FACTS), from: factValueSchema, to: factValueSchema });
export type FactDiff = z.infer<typeof factDiffSchema>;

/** A member's request to change verified facts, as the administration decides it. */
export const factChangeSchema = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  status: z.enum(FACT_CHANGE_STATUSES),
  changes: z.array(factDiffSchema),
  requestedAt: instantSchema,
  decidedAt: instantSchema.nullable(),
  rejectReason: z.string().nullable(),
});
export type FactChange = z.infer<typeof factChangeSchema>;

/** A fragment of the organisation's name, of a value asked for or replaced, or of the reason; or (digits) the number. */
const factChangeSearch = z.string().trim().max(100).optional();
export const factChangeListQuerySchema = pageQuerySchema.extend({
  q: factChangeSearch,
  status: z.enum(FACT_CHANGE_STATUSES).default('pending'),
});
export type FactChangeListQuery = z.input<typeof factChangeListQuerySchema>;
/** One organisation's requests, newest first: every status unless one is asked. */
export const orgFactChangeQuerySchema = pageQuerySchema.extend({
  q: factChangeSearch,
  status: z.enum(FACT_CHANGE_STATUSES).optional(),
});
export type OrgFactChangeQuery = z.input<typeof orgFactChangeQuerySchema>;
export const factChangePageSchema = pageOf(factChangeSchema);
export type FactChangePage = z.infer<typeof factChangePageSchema>;

/** How many requests wait for the administration (the count beside its list). */
export const factChangeCountSchema = z.object({ pending: z.number().int() });

export const factChangeDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  reasonSchema.extend({ decision: z.literal('reject') }),
]);
export type FactChangeDecision = z.infer<typeof factChangeDecisionSchema>;
