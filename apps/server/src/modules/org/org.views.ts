import { ORG_KINDS, ORG_STATUSES } from '@cz/shared';
import { bigint, boolean, date, integer, pgView, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Published read view (migrations 0010, 0038, 0043): organisations as other modules show and filter them, with the
 * administrative division of the USCC (positions 3–8: province 2, city 2, county 2) for regional figures.
 */
export const orgDirectory = pgView('org_directory', {
  id: bigint('id', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: ORG_KINDS }).notNull(),
  name: text('name').notNull(),
  status: text('status', { enum: ORG_STATUSES }).notNull(),
  division: text('division').notNull(),
  /** The USCC itself (migration 0043): a contract's buyer named by USCC is found by it. */
  uscc: text('uscc').notNull(),
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

/**
 * Published read view (migration 0022): the facts of an organisation that the cultivation area's evaluations rest on
 * (founding date, industry section, 高企 certificate, 科技型中小企业 registration, 专精特新 flag).
 */
export const orgEvaluationFacts = pgView('org_evaluation_facts', {
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: ORG_KINDS }).notNull(),
  name: text('name').notNull(),
  status: text('status', { enum: ORG_STATUSES }).notNull(),
  park: text('park'),
  industry: text('industry'),
  foundedOn: date('founded_on', { mode: 'string' }),
  hteCertNo: text('hte_cert_no'),
  hteValidFrom: date('hte_valid_from', { mode: 'string' }),
  hteValidTo: date('hte_valid_to', { mode: 'string' }),
  tsmeRegNo: text('tsme_reg_no'),
  isSpecialized: boolean('is_specialized').notNull(),
  /** 规上 (migration 0027, for the policy area's conditions). */
  isAboveScale: boolean('is_above_scale').notNull(),
}).existing();
