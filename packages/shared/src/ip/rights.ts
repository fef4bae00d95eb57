/**
 * 知识产权维权援助: an enterprise asks for help (its IP infringed, accused of infringing, or an ownership dispute) with
 * its evidence; the administration accepts the case (受理), assigns an IP expert or an IP service agency (an
 * organisation of kind 'provider', whose members act on the case) or both, and moves it through 处理中, 调解 or 移送
 * to 结案, within a deadline; the expert and the agency record consultations. Wilful infringement found in a closed
 * case enters a credit record other areas read (finance, policy).
 */
import { z } from 'zod';
import { dateSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';

export const RIGHTS_CASE_KINDS = ['infringed', 'accused', 'ownership'] as const;
export type RightsCaseKind = (typeof RIGHTS_CASE_KINDS)[number];

/** submitted (待受理), then 受理, 处理中, 调解, 移送 and 结案; a case may be declined (不予受理) before acceptance. */
export const RIGHTS_CASE_STATUSES = [
  'submitted',
  'accepted',
  'handling',
  'mediation',
  'transferred',
  'closed',
  'declined',
] as const;
export type RightsCaseStatus = (typeof RIGHTS_CASE_STATUSES)[number];

/** The moves the administration makes (acceptance and closing have their own forms). */
export const RIGHTS_CASE_MOVES: Record<RightsCaseStatus, readonly RightsCaseStatus[]> = {
  submitted: ['accepted', 'declined'],
  accepted: ['handling', 'mediation', 'transferred', 'closed'],
  handling: ['mediation', 'transferred', 'closed'],
  mediation: ['handling', 'transferred', 'closed'],
  transferred: ['closed'],
  closed: [],
  declined: [],
};

/** Days the administration gives a case when it accepts it, by default (a deadline it may change). */
export const DEFAULT_CASE_DAYS = 30;

const hash = z.string().regex(/^[0-9a-f]{64}$/);

export const rightsCaseInputSchema = z.object({
  kind: z.enum(RIGHTS_CASE_KINDS),
  title: z.string().trim().min(4).max(200),
  description: z.string().trim().min(20).max(4_000),
  /** The other side: who infringes, who accuses, who claims the right. */
  counterparty: z.string().trim().min(2).max(200),
  /** One of the enterprise's IP records the case is about, if any. */
  ipRecordId: z.number().int().positive().nullable().default(null),
  evidence: z.array(hash).max(20).default([]),
});

export const rightsCaseMoveSchema = z.discriminatedUnion('to', [
  z
    .object({
      to: z.literal('accepted'),
      /** The IP expert who advises, and/or the IP service agency (an organisation) that handles the case. */
      expertId: z.number().int().positive().nullable().default(null),
      agencyOrgId: z.number().int().positive().nullable().default(null),
      dueOn: dateSchema,
      note: z.string().trim().max(1_000).default(''),
    })
    .refine((m) => m.expertId !== null || m.agencyOrgId !== null, {
      message: 'assign an expert or an agency',
      path: ['expertId'],
    }),
  z.object({ to: z.literal('declined'), note: z.string().trim().min(2).max(1_000) }),
  z.object({ to: z.enum(['handling', 'mediation', 'transferred']), note: z.string().trim().max(1_000).default('') }),
  z.object({
    to: z.literal('closed'),
    outcome: z.string().trim().min(2).max(2_000),
    /** Wilful infringement found: the infringer (an organisation of the platform) enters the credit record. */
    wilfulInfringerOrgId: z.number().int().positive().nullable().default(null),
  }),
]);
export type RightsCaseMove = z.input<typeof rightsCaseMoveSchema>;

export const rightsCaseNoteInputSchema = z.object({
  body: z.string().trim().min(1).max(2_000),
  /** A consultation the assigned expert or agency gave (advice), or a plain note. */
  consultation: z.boolean().default(false),
});

export const rightsCaseNoteSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['note', 'consultation', 'status']),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

export const rightsCaseSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  kind: z.enum(RIGHTS_CASE_KINDS),
  title: z.string(),
  description: z.string(),
  counterparty: z.string(),
  ipRecordId: z.number().int().nullable(),
  evidence: z.array(z.object({ hash: z.string(), name: z.string() })),
  status: z.enum(RIGHTS_CASE_STATUSES),
  expertId: z.number().int().nullable(),
  expertName: z.string().nullable(),
  agencyOrgId: z.number().int().nullable(),
  agencyName: z.string().nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  outcome: z.string().nullable(),
  wilfulInfringerOrgId: z.number().int().nullable(),
  submittedAt: z.string(),
  closedAt: z.string().nullable(),
});
export type RightsCase = z.infer<typeof rightsCaseSchema>;
export const rightsCaseDetailSchema = rightsCaseSchema.extend({ notes: z.array(rightsCaseNoteSchema) });
export type RightsCaseDetail = z.infer<typeof rightsCaseDetailSchema>;

export const rightsCaseListQuerySchema = pageQuerySchema.extend({
  status: z.enum(RIGHTS_CASE_STATUSES).optional(),
  /** Words of the title, the parties (the asking organisation, the other side) or the case's number. */
  q: z.string().trim().max(100).optional(),
  /**
   * mine: my organisation's; assigned: assigned to me (an expert) or to my organisation (an agency); all: the
   * administration's.
   */
  scope: z.enum(['mine', 'assigned', 'all']).default('mine'),
});
export const rightsCasePageSchema = pageOf(rightsCaseSchema);
