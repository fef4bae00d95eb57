import { bigint, boolean, date, integer, pgView, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Published read view (migration 0020): the Ⅰ类 and Ⅱ类 intellectual property each organisation holds today —
 * verified, valid, not expired, not transferred away. Organisations without any have no row.
 */
export const ipClassCounts = pgView('ip_class_counts', {
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  class1Count: integer('class1_count').notNull(),
  class2Count: integer('class2_count').notNull(),
  /** Invention patents among the Ⅰ类 (migration 0027, for the policy area's conditions). */
  inventionCount: integer('invention_count').notNull(),
}).existing();

/** Published read view (migration 0041): wilful infringement found in closed cases, for finance and policy. */
export const ipCreditRecords = pgView('ip_credit_records', {
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  caseId: bigint('case_id', { mode: 'number' }).notNull(),
  kind: text('kind').notNull(),
  foundAt: timestamp('found_at', { withTimezone: true }).notNull(),
}).existing();

/** Published read view (migration 0042): the registry's patents with what the market shows and checks (专利超市). */
export const ipPatents = pgView('ip_patents', {
  id: bigint('id', { mode: 'number' }).notNull(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  kind: text('kind').notNull(),
  number: text('number').notNull(),
  title: text('title').notNull(),
  holders: text('holders').notNull(),
  appliedOn: date('applied_on', { mode: 'string' }).notNull(),
  grantedOn: date('granted_on', { mode: 'string' }),
  expiresOn: date('expires_on', { mode: 'string' }),
  legalStatus: text('legal_status').notNull(),
  verification: text('verification').notNull(),
  /** A 转让 event is on the record: the holder no longer owns it. */
  transferred: boolean('transferred').notNull(),
}).existing();
