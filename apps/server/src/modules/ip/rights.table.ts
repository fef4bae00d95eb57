import { RIGHTS_CASE_KINDS, RIGHTS_CASE_STATUSES } from '@cz/shared/ip';
import { bigint, date, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** 维权援助 cases (migration 0041 holds every constraint and the transition trigger; 0050 the agency). */
export const ipRightsCases = pgTable('ip_rights_cases', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: RIGHTS_CASE_KINDS }).notNull(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  counterparty: text('counterparty').notNull(),
  ipRecordId: bigint('ip_record_id', { mode: 'number' }),
  evidence: text('evidence').array().notNull().default([]),
  status: text('status', { enum: RIGHTS_CASE_STATUSES }).notNull().default('submitted'),
  expertId: bigint('expert_id', { mode: 'number' }),
  /** The IP service agency (an organisation of kind 'provider') handling the case, whose members act on it. */
  agencyOrgId: bigint('agency_org_id', { mode: 'number' }),
  dueOn: date('due_on'),
  outcome: text('outcome'),
  wilfulInfringerOrgId: bigint('wilful_infringer_org_id', { mode: 'number' }),
  submittedBy: bigint('submitted_by', { mode: 'number' }).notNull(),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const ipRightsCaseNotes = pgTable('ip_rights_case_notes', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  caseId: bigint('case_id', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: ['note', 'consultation', 'status'] }).notNull(),
  authorId: bigint('author_id', { mode: 'number' }).notNull(),
  body: text('body').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
