import { bigint, boolean, numeric, pgTable, smallint, timestamp } from 'drizzle-orm/pg-core';

/**
 * 后补助: the yearly rule proposing each provider's post-subsidy from open-sharing results. owner_cap in fen; subsidy =
 * min(cap, external revenue × percent) when the share rate reaches min_share_percent.
 */
export const subsidyRules = pgTable('subsidy_rules', {
  year: smallint('year').primaryKey(),
  ownerPercent: numeric('owner_percent', { precision: 5, scale: 2, mode: 'number' }).notNull(),
  ownerCap: bigint('owner_cap', { mode: 'number' }).notNull(),
  excludeRelated: boolean('exclude_related').notNull().default(true),
  minSharePercent: numeric('min_share_percent', { precision: 5, scale: 2, mode: 'number' }).notNull().default(0),
  updatedBy: bigint('updated_by', { mode: 'number' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type SubsidyRuleRow = typeof subsidyRules.$inferSelect;
