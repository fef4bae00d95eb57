import { z } from 'zod';
import { instantSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';

/** 银企对接会: events with invited institutions and enterprises, 1:1 meetings in slots, outcomes and follow-ups. */
export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const MEETING_OUTCOMES = ['interested', 'negotiating', 'no_fit'] as const;

export const financeEventInputSchema = z
  .object({
    title: z.string().trim().min(4).max(200),
    description: z.string().trim().max(4_000).default(''),
    venue: z.string().trim().min(2).max(200),
    startsAt: instantSchema,
    endsAt: instantSchema,
  })
  .refine((e) => e.endsAt > e.startsAt, { path: ['endsAt'], message: 'finance.event_order' });

export const inviteSchema = z.object({
  orgIds: z.array(z.number().int().positive()).min(1).max(200),
});
export const meetingInputSchema = z.object({
  institutionOrgId: z.number().int().positive(),
  enterpriseOrgId: z.number().int().positive(),
  startsAt: instantSchema,
  minutes: z.number().int().min(10).max(120).default(20),
});
export const meetingResultSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('held'),
    outcome: z.enum(MEETING_OUTCOMES),
    note: z.string().trim().max(1_000).default(''),
  }),
  z.object({ action: z.literal('no_show'), note: z.string().trim().max(1_000).default('') }),
  z.object({ action: z.literal('follow_up'), note: z.string().trim().min(2).max(1_000) }),
]);

export const meetingSchema = z.object({
  id: z.number().int(),
  eventId: z.number().int(),
  institutionOrgId: z.number().int(),
  institutionName: z.string(),
  enterpriseOrgId: z.number().int(),
  enterpriseName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(['scheduled', 'held', 'no_show']),
  outcome: z.enum(MEETING_OUTCOMES).nullable(),
  note: z.string(),
  followUpDue: z.string().nullable(),
  followedUpAt: z.string().nullable(),
  followUpNote: z.string().nullable(),
  /** Past its follow-up day without a follow-up. */
  followUpOverdue: z.boolean(),
});

export const financeEventSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  venue: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(EVENT_STATUSES),
  invites: z.array(
    z.object({
      orgId: z.number().int(),
      name: z.string(),
      side: z.enum(['institution', 'enterprise']),
      response: z.enum(['pending', 'accepted', 'declined']),
    }),
  ),
  meetings: z.array(meetingSchema),
  /** What came of it: meetings held, follow-ups done, and the enterprises met whose needs the institution claimed since. */
  yield: z.object({
    held: z.number().int(),
    interested: z.number().int(),
    followedUp: z.number().int(),
    claimedAfter: z.number().int(),
    disbursedAfter: z.number().int(),
  }),
});
export type FinanceEvent = z.infer<typeof financeEventSchema>;
/** An event in the list: its yield without its invitations and meetings. */
export const financeEventSummarySchema = financeEventSchema.omit({ invites: true, meetings: true });
export type FinanceEventSummary = z.infer<typeof financeEventSummarySchema>;
export const financeEventPageSchema = pageOf(financeEventSummarySchema);
export const financeEventListQuerySchema = pageQuerySchema.extend({
  /** A part of the title or the venue. */
  q: z.string().trim().max(100).optional(),
});
