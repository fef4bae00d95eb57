import { PLEDGE_STATUSES } from '@cz/shared/finance';
import { bigint, date, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ref = (name: string) => bigint(name, { mode: 'number' });
const day = (name: string) => date(name, { mode: 'string' });

/** 知识产权质押 (migration 0046 holds the order of the steps). */
export const financePledges = pgTable('finance_pledges', {
  id: ref('id').primaryKey().generatedAlwaysAsIdentity(),
  caseId: ref('case_id').notNull(),
  institutionOrgId: ref('institution_org_id').notNull(),
  orgId: ref('org_id').notNull(),
  patentIds: ref('patent_ids').array().notNull(),
  status: text('status', { enum: PLEDGE_STATUSES }).notNull().default('valuation'),
  valuationAgency: text('valuation_agency'),
  valuationFen: ref('valuation_fen'),
  valuedOn: day('valued_on'),
  approvedFen: ref('approved_fen'),
  contractNo: text('contract_no'),
  signedOn: day('signed_on'),
  registrationDue: day('registration_due'),
  registrationNo: text('registration_no'),
  registeredOn: day('registered_on'),
  releasedOn: day('released_on'),
  createdBy: ref('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type PledgeRow = typeof financePledges.$inferSelect;

export const financePledgeAlerts = pgTable('finance_pledge_alerts', {
  id: ref('id').primaryKey().generatedAlwaysAsIdentity(),
  pledgeId: ref('pledge_id').notNull(),
  ipRecordId: ref('ip_record_id').notNull(),
  kind: text('kind', { enum: ['lapsed', 'transferred'] }).notNull(),
  foundAt: timestamp('found_at', { withTimezone: true }).notNull().defaultNow(),
});
