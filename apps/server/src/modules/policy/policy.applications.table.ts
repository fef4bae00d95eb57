import type { MaterialKind } from '@cz/shared/materials';
import type { ReturnItem } from '@cz/shared/policy';
import {
  APPLICATION_EVENT_STEPS,
  POLICY_APPLICATION_STATUSES,
  POLICY_HOLIDAY_KINDS,
  POLICY_ITEM_MODES,
} from '@cz/shared/policy';
import {
  bigint,
  char,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** Policy applications and what goes with them (migration 0029 holds every constraint and the budget trigger). */
export const policyApplications = pgTable('policy_applications', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  itemId: bigint('item_id', { mode: 'number' }).notNull(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  mode: text('mode', { enum: POLICY_ITEM_MODES }).notNull(),
  status: text('status', { enum: POLICY_APPLICATION_STATUSES }).notNull(),
  capFen: bigint('cap_fen', { mode: 'number' }),
  requestedFen: bigint('requested_fen', { mode: 'number' }),
  approvedFen: bigint('approved_fen', { mode: 'number' }),
  bankName: text('bank_name'),
  accountName: text('account_name'),
  accountNumber: text('account_number'),
  note: text('note').notNull().default(''),
  eligibility: jsonb('eligibility').$type<Record<string, unknown>>(),
  returnItems: jsonb('return_items').$type<ReturnItem[]>().notNull().default([]),
  returnNote: text('return_note'),
  decisionReason: text('decision_reason'),
  refusalReason: text('refusal_reason'),
  noticeId: bigint('notice_id', { mode: 'number' }),
  paymentDueOn: date('payment_due_on', { mode: 'string' }),
  firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decidedBy: bigint('decided_by', { mode: 'number' }),
  createdBy: bigint('created_by', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type ApplicationRow = typeof policyApplications.$inferSelect;

export const policyApplicationMaterials = pgTable(
  'policy_application_materials',
  {
    applicationId: bigint('application_id', { mode: 'number' }).notNull(),
    materialId: bigint('material_id', { mode: 'number' }).notNull(),
    kind: text('kind').$type<MaterialKind>().notNull(),
    year: smallint('year'),
    title: text('title').notNull(),
    file: char('file', { length: 64 }).notNull(),
    fileName: text('file_name').notNull().default(''),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    review: text('review').notNull(),
    attachedAt: timestamp('attached_at', { withTimezone: true }).notNull(),
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.materialId] })],
);

export const policyApplicationEvents = pgTable('policy_application_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  applicationId: bigint('application_id', { mode: 'number' }).notNull(),
  step: text('step', { enum: APPLICATION_EVENT_STEPS }).notNull(),
  fromStatus: text('from_status', { enum: POLICY_APPLICATION_STATUSES }),
  toStatus: text('to_status', { enum: POLICY_APPLICATION_STATUSES }).notNull(),
  byParty: text('by_party', { enum: ['enterprise', 'administration', 'system'] }).notNull(),
  actorId: bigint('actor_id', { mode: 'number' }),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});

export const policyNotices = pgTable('policy_notices', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  itemId: bigint('item_id', { mode: 'number' }).notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  workingDays: integer('working_days').notNull(),
  note: text('note').notNull().default(''),
  createdBy: bigint('created_by', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const policyNoticeObjections = pgTable('policy_notice_objections', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  noticeId: bigint('notice_id', { mode: 'number' }).notNull(),
  applicationId: bigint('application_id', { mode: 'number' }),
  objector: text('objector').notNull().default(''),
  content: text('content').notNull(),
  resolution: text('resolution').notNull().default(''),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  recordedBy: bigint('recorded_by', { mode: 'number' }).notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const policyRatings = pgTable('policy_ratings', {
  applicationId: bigint('application_id', { mode: 'number' }).primaryKey(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  score: smallint('score').notNull(),
  comment: text('comment').notNull().default(''),
  ratedBy: bigint('rated_by', { mode: 'number' }).notNull(),
  ratedAt: timestamp('rated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const policyHolidays = pgTable('policy_holidays', {
  day: date('day', { mode: 'string' }).primaryKey(),
  kind: text('kind', { enum: POLICY_HOLIDAY_KINDS }).notNull().default('holiday'),
  name: text('name').notNull(),
  updatedBy: bigint('updated_by', { mode: 'number' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
