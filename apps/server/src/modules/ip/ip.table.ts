import { IP_ACQUISITIONS, IP_EVENT_KINDS, IP_KIND_CODES, IP_LEGAL_STATUSES, IP_VERIFICATIONS } from '@cz/shared';
import { bigint, char, date, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** An organisation's intellectual property (migration 0020 holds every constraint). */
export const ipRecords = pgTable('ip_records', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: IP_KIND_CODES }).notNull(),
  number: text('number').notNull(),
  title: text('title').notNull(),
  holders: text('holders').notNull().default(''),
  appliedOn: date('applied_on', { mode: 'string' }).notNull(),
  grantedOn: date('granted_on', { mode: 'string' }),
  expiresOn: date('expires_on', { mode: 'string' }),
  legalStatus: text('legal_status', { enum: IP_LEGAL_STATUSES }).notNull(),
  acquisition: text('acquisition', { enum: IP_ACQUISITIONS }).notNull(),
  feeDueOn: date('fee_due_on', { mode: 'string' }),
  certificate: char('certificate', { length: 64 }),
  verification: text('verification', { enum: IP_VERIFICATIONS }).notNull().default('pending'),
  verifiedBy: bigint('verified_by', { mode: 'number' }),
  verifiedAt: timestamp('verified_at', { withTimezone: true }),
  rejectReason: text('reject_reason'),
  createdBy: bigint('created_by', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type IpRecordRow = typeof ipRecords.$inferSelect;

/** What happened to a record after registration; append-only (trigger). */
export const ipEvents = pgTable('ip_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  recordId: bigint('record_id', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: IP_EVENT_KINDS }).notNull(),
  occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
  note: text('note').notNull().default(''),
  createdBy: bigint('created_by', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Reminders already sent, one per record, kind and due date. */
export const ipReminders = pgTable(
  'ip_reminders',
  {
    recordId: bigint('record_id', { mode: 'number' }).notNull(),
    kind: text('kind', { enum: ['fee', 'expiry'] }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.kind, t.dueOn] })],
);
