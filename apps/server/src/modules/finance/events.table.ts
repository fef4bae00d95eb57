import { bigint, customType, date, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const ref = (name: string) => bigint(name, { mode: 'number' });
const at = (name: string) => timestamp(name, { withTimezone: true });
/** A `tstzrange` as PostgreSQL prints it: `["2026-03-27 02:00:00+00","2026-03-27 02:20:00+00")`. */
const tstzrange = customType<{ data: string }>({ dataType: () => 'tstzrange' });

/** 银企对接会 (migration 0047). */
export const financeEvents = pgTable('finance_events', {
  id: ref('id').primaryKey().generatedAlwaysAsIdentity(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  venue: text('venue').notNull(),
  startsAt: at('starts_at').notNull(),
  endsAt: at('ends_at').notNull(),
  status: text('status', { enum: ['planned', 'held', 'cancelled'] })
    .notNull()
    .default('planned'),
  createdBy: ref('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const financeEventInvites = pgTable(
  'finance_event_invites',
  {
    eventId: ref('event_id').notNull(),
    orgId: ref('org_id').notNull(),
    side: text('side', { enum: ['institution', 'enterprise'] }).notNull(),
    response: text('response', { enum: ['pending', 'accepted', 'declined'] })
      .notNull()
      .default('pending'),
    invitedAt: at('invited_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.orgId] })],
);

export const financeEventMeetings = pgTable('finance_event_meetings', {
  id: ref('id').primaryKey().generatedAlwaysAsIdentity(),
  eventId: ref('event_id').notNull(),
  institutionOrgId: ref('institution_org_id').notNull(),
  enterpriseOrgId: ref('enterprise_org_id').notNull(),
  slot: tstzrange('slot').notNull(),
  status: text('status', { enum: ['scheduled', 'held', 'no_show'] })
    .notNull()
    .default('scheduled'),
  outcome: text('outcome', { enum: ['interested', 'negotiating', 'no_fit'] }),
  note: text('note').notNull().default(''),
  followUpDue: date('follow_up_due', { mode: 'string' }),
  followedUpAt: at('followed_up_at'),
  followUpNote: text('follow_up_note'),
});

/** 产业引导基金 and sub-funds, commitments, investor profiles and investments (migration 0047). */
export const financeFunds = pgTable('finance_funds', {
  id: ref('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['guide', 'sub'] }).notNull(),
  parentId: ref('parent_id'),
  managerOrgId: ref('manager_org_id'),
  targetFen: ref('target_fen').notNull(),
  vintage: integer('vintage').notNull(),
  stages: text('stages').array().notNull().default([]),
  fields: text('fields').array().notNull().default([]),
  createdBy: ref('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const financeFundCommitments = pgTable('finance_fund_commitments', {
  id: ref('id').primaryKey().generatedAlwaysAsIdentity(),
  fundId: ref('fund_id').notNull(),
  lpFundId: ref('lp_fund_id'),
  lpName: text('lp_name').notNull(),
  amountFen: ref('amount_fen').notNull(),
  committedOn: date('committed_on', { mode: 'string' }).notNull(),
});

export const financeInvestorProfiles = pgTable('finance_investor_profiles', {
  institutionOrgId: ref('institution_org_id').primaryKey(),
  stages: text('stages').array().notNull(),
  industries: text('industries').array().notNull().default([]),
  ticketMinFen: ref('ticket_min_fen').notNull(),
  ticketMaxFen: ref('ticket_max_fen').notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const financeInvestments = pgTable('finance_investments', {
  id: ref('id').primaryKey().generatedAlwaysAsIdentity(),
  fundId: ref('fund_id'),
  institutionOrgId: ref('institution_org_id'),
  orgId: ref('org_id').notNull(),
  amountFen: ref('amount_fen').notNull(),
  investedOn: date('invested_on', { mode: 'string' }).notNull(),
  round: text('round', { enum: ['angel', 'a', 'b', 'c', 'later'] }).notNull(),
  createdBy: ref('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});
