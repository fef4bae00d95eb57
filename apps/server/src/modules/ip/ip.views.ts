import { bigint, integer, pgView, text, timestamp } from 'drizzle-orm/pg-core';

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
