import { ORG_KINDS, ORG_STATUSES } from '@cz/shared';
import { bigint, boolean, date, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

export const organisations = pgTable('organisations', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  kind: text('kind', { enum: ORG_KINDS }).notNull(),
  name: text('name').notNull(),
  uscc: text('uscc').notNull(),
  legalRep: text('legal_rep'),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  contactEmail: text('contact_email'),
  address: text('address'),
  park: text('park'),
  industry: text('industry'),
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
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type OrgRow = typeof organisations.$inferSelect;

export const orgIndicators = pgTable(
  'org_indicators',
  {
    orgId: bigint('org_id', { mode: 'number' }).notNull(),
    year: smallint('year').notNull(),
    revenue: bigint('revenue', { mode: 'number' }).notNull(),
    rdExpense: bigint('rd_expense', { mode: 'number' }).notNull(),
    totalAssets: bigint('total_assets', { mode: 'number' }).notNull(),
    employees: integer('employees').notNull(),
    techStaff: integer('tech_staff').notNull(),
    ipClass1: integer('ip_class1').notNull(),
    ipClass2: integer('ip_class2').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.year] })],
);
