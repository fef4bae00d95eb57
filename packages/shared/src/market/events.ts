/**
 * 科技成果推送活动: events (the plan asks at least two a year) with featured achievements, invited and registered
 * enterprises, check-in, the pairs that met, and what came of each pair on the platform afterwards.
 */
import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/schemas.ts';

export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
/** The events a year the plan asks for (四(四)4: 每年至少 2 场科技成果推送活动). */
export const EVENTS_PER_YEAR = 2;

/** What became of a pair that met: nothing yet, a negotiation, an agreed price, a contract, a registered contract. */
export const MEETING_OUTCOMES = ['met', 'negotiating', 'agreed', 'contracted', 'registered'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

export const eventInputSchema = z
  .object({
    title: z.string().trim().min(4).max(200),
    description: z.string().trim().max(4_000).default(''),
    venue: z.string().trim().max(200).default(''),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    achievementIds: z.array(z.number().int().positive()).max(100).default([]),
  })
  .refine((e) => new Date(e.endsAt) > new Date(e.startsAt), { path: ['endsAt'], message: 'market.event_times' })
  .refine((e) => new Set(e.achievementIds).size === e.achievementIds.length, {
    path: ['achievementIds'],
    message: 'market.event_duplicate',
  });
export type EventInput = z.input<typeof eventInputSchema>;

export const eventSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  venue: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(EVENT_STATUSES),
  featuredCount: z.number().int(),
  registeredCount: z.number().int(),
  /** The reader's organisation: invited, registered, checked in (null for a visitor or the administration). */
  mine: z.object({ invited: z.boolean(), registered: z.boolean(), checkedIn: z.boolean() }).nullable(),
});
export type MarketEvent = z.infer<typeof eventSchema>;

export const eventAchievementSchema = z.object({
  achievementId: z.number().int(),
  title: z.string(),
  ownerName: z.string(),
  field: z.string(),
});

export const eventDetailSchema = eventSchema.extend({ achievements: z.array(eventAchievementSchema) });
export type MarketEventDetail = z.infer<typeof eventDetailSchema>;

export const eventListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the event's title, description or venue. */
  q: z.string().trim().max(100).optional(),
  status: z.enum(EVENT_STATUSES).optional(),
});
export const eventPageSchema = pageOf(eventSchema).extend({
  /** Events held (or planned) in the zone's current year, against EVENTS_PER_YEAR. */
  thisYear: z.object({ year: z.number().int(), count: z.number().int(), target: z.number().int() }),
});

export const eventInviteSchema = z.object({ orgIds: z.array(z.number().int().positive()).min(1).max(200) });
export const eventCheckInSchema = z.object({ orgId: z.number().int().positive() });
export const eventMeetingInputSchema = z.object({
  achievementId: z.number().int().positive(),
  orgId: z.number().int().positive(),
  note: z.string().trim().max(500).default(''),
});
export const eventStatusSchema = z.object({ status: z.enum(['held', 'cancelled']) });

export const eventParticipantSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  invitedAt: z.string().nullable(),
  registeredAt: z.string().nullable(),
  checkedInAt: z.string().nullable(),
});
export const eventMeetingSchema = z.object({
  id: z.number().int(),
  achievementId: z.number().int(),
  achievementTitle: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  note: z.string(),
  outcome: z.enum(MEETING_OUTCOMES),
  /** The deal that followed, if any. */
  dealId: z.number().int().nullable(),
});
export const eventYieldSchema = z.object({
  participants: z.array(eventParticipantSchema),
  meetings: z.array(eventMeetingSchema),
  summary: z.object({
    invited: z.number().int(),
    registered: z.number().int(),
    checkedIn: z.number().int(),
    meetings: z.number().int(),
    negotiations: z.number().int(),
    contracts: z.number().int(),
    /** 技术交易额 of the registered contracts that followed. */
    techTradeFen: z.number().int(),
  }),
});
export type EventYield = z.infer<typeof eventYieldSchema>;
