import { FACT_CHANGE_STATUSES, type FactDiff, ORG_KINDS, ORG_STATUSES } from '@cz/shared';
import {
  bigint,
  boolean,
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

export const organisations = pgTable('organisations', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  kind: text('kind', { enum: ORG_KINDS }).notNull(),
  name: text('name').notNull(),
  uscc: char('uscc', { length: 18 }).notNull(),
  legalRep: text('legal_rep'),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  contactEmail: text('contact_email'),
  address: text('address'),
  park: text('park'),
  industry: char('industry', { length: 1 }),
  industryChain: text('industry_chain'),
  foundedOn: date('founded_on', { mode: 'string' }),
  registeredCapital: bigint('registered_capital', { mode: 'number' }),
  isAboveScale: boolean('is_above_scale').notNull().default(false),
  hteCertNo: text('hte_cert_no'),
  hteValidFrom: date('hte_valid_from', { mode: 'string' }),
  hteValidTo: date('hte_valid_to', { mode: 'string' }),
  tsmeRegNo: text('tsme_reg_no'),
  isSpecialized: boolean('is_specialized').notNull().default(false),
  status: text('status', { enum: ORG_STATUSES }).notNull().default('pending'),
  rejectReason: text('reject_reason'),
  verifiedAt: timestamp('verified_at', { withTimezone: true }),
  verifiedBy: bigint('verified_by', { mode: 'number' }),
  /** Barred from innovation vouchers (collusion, falsification: the credit record). */
  vouchersBarred: boolean('vouchers_barred').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type OrgRow = typeof organisations.$inferSelect;

export const orgIndicators = pgTable(
  'org_indicators',
  {
    orgId: bigint('org_id', { mode: 'number' }).notNull(),
    year: smallint('year').notNull(),
    revenue: bigint('revenue', { mode: 'number' }).notNull().default(0),
    rdExpense: bigint('rd_expense', { mode: 'number' }).notNull().default(0),
    totalAssets: bigint('total_assets', { mode: 'number' }).notNull().default(0),
    employees: integer('employees').notNull().default(0),
    techStaff: integer('tech_staff').notNull().default(0),
    totalCost: bigint('total_cost', { mode: 'number' }),
    netAssets: bigint('net_assets', { mode: 'number' }),
    totalLiabilities: bigint('total_liabilities', { mode: 'number' }),
    rdDomestic: bigint('rd_domestic', { mode: 'number' }),
    totalIncome: bigint('total_income', { mode: 'number' }),
    hightechIncome: bigint('hightech_income', { mode: 'number' }),
    mainBusinessRevenue: bigint('main_business_revenue', { mode: 'number' }),
    conversions: integer('conversions'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.year] })],
);

/** Affiliations (隶属、共建、产权纽带) that make two organisations related parties; once per pair, smaller id first. */
export const orgAffiliations = pgTable(
  'org_affiliations',
  {
    orgA: bigint('org_a', { mode: 'number' }).notNull(),
    orgB: bigint('org_b', { mode: 'number' }).notNull(),
    kind: text('kind', { enum: ['subordinate', 'co_built', 'ownership'] }).notNull(),
    note: text('note').notNull().default(''),
    createdBy: bigint('created_by', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgA, t.orgB] })],
);
export type OrgAffiliationRow = typeof orgAffiliations.$inferSelect;

/** Incubator tenancy (孵化载体在孵企业): one of the eligibility routes of a voucher scheme. */
export const incubatorTenancies = pgTable(
  'incubator_tenancies',
  {
    incubatorId: bigint('incubator_id', { mode: 'number' }).notNull(),
    tenantId: bigint('tenant_id', { mode: 'number' }).notNull(),
    since: date('since', { mode: 'string' }).notNull(),
    until: date('until', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.incubatorId, t.tenantId, t.since] })],
);

/** A member's request to change verified facts (migration 0016); the organisation keeps its verified values meanwhile. */
export const orgFactChanges = pgTable('org_fact_changes', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  changes: jsonb('changes').$type<FactDiff[]>().notNull(),
  status: text('status', { enum: FACT_CHANGE_STATUSES }).notNull().default('pending'),
  requestedBy: bigint('requested_by', { mode: 'number' }),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
  decidedBy: bigint('decided_by', { mode: 'number' }),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  rejectReason: text('reject_reason'),
});
export type OrgFactChangeRow = typeof orgFactChanges.$inferSelect;

/** Every legal representative an organisation has had, kept by a trigger on `organisations.legal_rep` (0016). */
export const orgLegalReps = pgTable('org_legal_reps', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  legalRep: text('legal_rep').notNull(),
  validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
  validTo: timestamp('valid_to', { withTimezone: true }),
});
