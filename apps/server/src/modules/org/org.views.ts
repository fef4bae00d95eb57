import { ORG_KINDS, ORG_STATUSES } from '@cz/shared';
import { bigint, integer, pgView, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** Published read view (migration 0010): organisations as other modules show and filter them. */
export const orgDirectory = pgView('org_directory', {
  id: bigint('id', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: ORG_KINDS }).notNull(),
  name: text('name').notNull(),
  status: text('status', { enum: ORG_STATUSES }).notNull(),
}).existing();

/**
 * Published read view (migration 0021): the yearly indicators an organisation reported, for the evaluations of the
 * cultivation area. Money in fen; null is a figure not reported.
 */
export const orgIndicatorRecords = pgView('org_indicator_records', {
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  year: smallint('year').notNull(),
  revenue: bigint('revenue', { mode: 'number' }).notNull(),
  rdExpense: bigint('rd_expense', { mode: 'number' }).notNull(),
  totalAssets: bigint('total_assets', { mode: 'number' }).notNull(),
  employees: integer('employees').notNull(),
  techStaff: integer('tech_staff').notNull(),
  totalCost: bigint('total_cost', { mode: 'number' }),
  netAssets: bigint('net_assets', { mode: 'number' }),
  totalLiabilities: bigint('total_liabilities', { mode: 'number' }),
  rdDomestic: bigint('rd_domestic', { mode: 'number' }),
  totalIncome: bigint('total_income', { mode: 'number' }),
  hightechIncome: bigint('hightech_income', { mode: 'number' }),
  mainBusinessRevenue: bigint('main_business_revenue', { mode: 'number' }),
  conversions: integer('conversions'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}).existing();
