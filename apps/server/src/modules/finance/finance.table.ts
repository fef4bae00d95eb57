import {
  type Branch,
  CASE_STATUSES,
  type CollateralKind,
  DECLINE_REASONS,
  type FactScope,
  FINANCE_NEED_PURPOSES,
  FINANCE_NEED_STATUSES,
  type GuaranteeKind,
  INSTITUTION_KINDS,
  PRODUCT_KINDS,
  PRODUCT_STATUSES,
  RATE_MODES,
  type RepaymentKind,
} from '@cz/shared/finance';
import type { Condition } from '@cz/shared/policy';
import {
  bigint,
  boolean,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();
const ref = (name: string) => bigint(name, { mode: 'number' });
const at = (name: string) => timestamp(name, { withTimezone: true });

/** The finance office's settings (migration 0044: one row). */
export const financeSettings = pgTable('finance_settings', {
  id: smallint('id').primaryKey().default(1),
  firstContactDays: integer('first_contact_days').notNull().default(2),
  followUpDays: integer('follow_up_days').notNull().default(5),
  lprBp: integer('lpr_bp').notNull().default(300),
  servedTarget: integer('served_target').notNull().default(50),
  pledgeRegistrationDays: integer('pledge_registration_days').notNull().default(10),
  updatedBy: ref('updated_by'),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const financeLabels = pgTable('finance_labels', {
  code: text('code').primaryKey(),
  zh: text('zh').notNull(),
  en: text('en').notNull(),
  active: boolean('active').notNull().default(true),
  sort: integer('sort').notNull().default(0),
});

export const financeInstitutions = pgTable('finance_institutions', {
  orgId: ref('org_id').primaryKey(),
  kind: text('kind', { enum: INSTITUTION_KINDS }).notNull(),
  intro: text('intro').notNull(),
  branches: jsonb('branches').notNull().default([]).$type<Branch[]>(),
  contactName: text('contact_name').notNull(),
  contactPhone: text('contact_phone').notNull(),
  updatedBy: ref('updated_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
export type InstitutionRow = typeof financeInstitutions.$inferSelect;

export const financeProducts = pgTable('finance_products', {
  id: id(),
  institutionOrgId: ref('institution_org_id').notNull(),
  name: text('name').notNull(),
  kind: text('kind', { enum: PRODUCT_KINDS }).notNull(),
  labels: text('labels').array().notNull().default([]),
  summary: text('summary').notNull(),
  amountMinFen: ref('amount_min_fen').notNull(),
  amountDefaultFen: ref('amount_default_fen').notNull(),
  amountMaxFen: ref('amount_max_fen').notNull(),
  termMinMonths: integer('term_min_months').notNull(),
  termDefaultMonths: integer('term_default_months').notNull(),
  termMaxMonths: integer('term_max_months').notNull(),
  rateMode: text('rate_mode', { enum: RATE_MODES }),
  rateMinBp: integer('rate_min_bp'),
  rateDefaultBp: integer('rate_default_bp'),
  rateMaxBp: integer('rate_max_bp'),
  guaranteeKinds: text('guarantee_kinds').array().notNull().$type<GuaranteeKind[]>(),
  collateralKinds: text('collateral_kinds').array().notNull().default([]).$type<CollateralKind[]>(),
  repaymentKinds: text('repayment_kinds').array().notNull().default([]).$type<RepaymentKind[]>(),
  approvalDays: integer('approval_days').notNull(),
  materials: text('materials').array().notNull().default([]),
  regions: text('regions').array().notNull().default([]),
  condition: jsonb('condition').$type<Condition>(),
  policyItemIds: ref('policy_item_ids').array().notNull().default([]),
  status: text('status', { enum: PRODUCT_STATUSES }).notNull().default('draft'),
  reviewNote: text('review_note'),
  reviewedBy: ref('reviewed_by'),
  reviewedAt: at('reviewed_at'),
  publishedAt: at('published_at'),
  createdBy: ref('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
export type ProductRow = typeof financeProducts.$inferSelect;

export const financeNeeds = pgTable('finance_needs', {
  id: id(),
  orgId: ref('org_id').notNull(),
  amountFen: ref('amount_fen').notNull(),
  termMonths: integer('term_months').notNull(),
  purpose: text('purpose', { enum: FINANCE_NEED_PURPOSES }).notNull(),
  purposeText: text('purpose_text').notNull(),
  guaranteeOffered: text('guarantee_offered').array().notNull().$type<GuaranteeKind[]>(),
  collateral: text('collateral').array().notNull().default([]).$type<CollateralKind[]>(),
  rateCeilingBp: integer('rate_ceiling_bp'),
  neededBy: date('needed_by', { mode: 'string' }).notNull(),
  status: text('status', { enum: FINANCE_NEED_STATUSES }).notNull().default('open'),
  postedBy: ref('posted_by').notNull(),
  postedAt: at('posted_at').notNull().defaultNow(),
  firstContactDue: date('first_contact_due', { mode: 'string' }).notNull(),
  firstContactAt: at('first_contact_at'),
  escalatedAt: at('escalated_at'),
  closedAt: at('closed_at'),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
export type FinanceNeedRow = typeof financeNeeds.$inferSelect;

export const financePushes = pgTable(
  'finance_pushes',
  {
    needId: ref('need_id').notNull(),
    institutionOrgId: ref('institution_org_id').notNull(),
    productIds: ref('product_ids').array().notNull().default([]),
    status: text('status', { enum: ['pushed', 'claimed', 'passed'] })
      .notNull()
      .default('pushed'),
    pushedBy: ref('pushed_by'),
    pushedAt: at('pushed_at').notNull().defaultNow(),
    answeredBy: ref('answered_by'),
    answeredAt: at('answered_at'),
  },
  (t) => [primaryKey({ columns: [t.needId, t.institutionOrgId] })],
);
export type PushRow = typeof financePushes.$inferSelect;

export const financeCases = pgTable('finance_cases', {
  id: id(),
  needId: ref('need_id').notNull(),
  institutionOrgId: ref('institution_org_id').notNull(),
  productId: ref('product_id'),
  status: text('status', { enum: CASE_STATUSES }).notNull().default('claimed'),
  requestedFen: ref('requested_fen').notNull(),
  approvedFen: ref('approved_fen'),
  rateBp: integer('rate_bp'),
  termMonths: integer('term_months'),
  declineReason: text('decline_reason', { enum: DECLINE_REASONS }),
  disbursedFen: ref('disbursed_fen'),
  disbursedOn: date('disbursed_on', { mode: 'string' }),
  endedOn: date('ended_on', { mode: 'string' }),
  claimedBy: ref('claimed_by').notNull(),
  claimedAt: at('claimed_at').notNull().defaultNow(),
  contactedAt: at('contacted_at'),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
export type CaseRow = typeof financeCases.$inferSelect;

export const financeCaseEvents = pgTable('finance_case_events', {
  id: id(),
  caseId: ref('case_id').notNull(),
  status: text('status', { enum: CASE_STATUSES }).notNull(),
  note: text('note').notNull().default(''),
  byUser: ref('by_user').notNull(),
  at: at('at').notNull().defaultNow(),
});

export const financeConsents = pgTable('finance_consents', {
  id: id(),
  orgId: ref('org_id').notNull(),
  institutionOrgId: ref('institution_org_id').notNull(),
  scopes: text('scopes').array().notNull().$type<FactScope[]>(),
  validUntil: date('valid_until', { mode: 'string' }).notNull(),
  needId: ref('need_id'),
  grantedBy: ref('granted_by').notNull(),
  grantedAt: at('granted_at').notNull().defaultNow(),
  revokedBy: ref('revoked_by'),
  revokedAt: at('revoked_at'),
});
export type ConsentRow = typeof financeConsents.$inferSelect;

export const financeFactReads = pgTable('finance_fact_reads', {
  id: id(),
  consentId: ref('consent_id').notNull(),
  readerId: ref('reader_id').notNull(),
  scopes: text('scopes').array().notNull().$type<FactScope[]>(),
  readAt: at('read_at').notNull().defaultNow(),
});
