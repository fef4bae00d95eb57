import type { MaterialRequirement } from '@cz/shared/materials';
import type { Amount, Condition } from '@cz/shared/policy';
import { POLICY_ITEM_MODES, POLICY_ITEM_STATUSES, POLICY_RUN_KINDS } from '@cz/shared/policy';
import { bigint, boolean, date, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const VERDICT = ['eligible', 'not_eligible', 'needs_data'] as const;
const SUPPORT = ['subsidy', 'reward', 'tax', 'finance', 'talent', 'platform', 'honour', 'other'] as const;
const APPLICANT = ['tech_sme', 'hte', 'specialised', 'startup', 'above_scale', 'university', 'service_org'] as const;
const LEVEL = ['national', 'province', 'city', 'zone'] as const;

export const policyItems = pgTable('policy_items', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  documentId: bigint('document_id', { mode: 'number' }).notNull(),
  clause: text('clause').notNull().default(''),
  title: text('title').notNull(),
  beneficiaries: text('beneficiaries').notNull().default(''),
  condition: jsonb('condition').$type<Condition>().notNull(),
  amount: jsonb('amount').$type<Amount>().notNull(),
  budgetFen: bigint('budget_fen', { mode: 'number' }),
  mode: text('mode', { enum: POLICY_ITEM_MODES }).notNull(),
  opensOn: date('opens_on', { mode: 'string' }),
  closesOn: date('closes_on', { mode: 'string' }),
  department: text('department').notNull(),
  materials: jsonb('materials').$type<MaterialRequirement[]>().notNull().default([]),
  paymentDeadlineDays: integer('payment_deadline_days'),
  status: text('status', { enum: POLICY_ITEM_STATUSES }).notNull().default('draft'),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  publishedBy: bigint('published_by', { mode: 'number' }),
  createdBy: bigint('created_by', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const policyRuns = pgTable('policy_runs', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  itemId: bigint('item_id', { mode: 'number' }),
  kind: text('kind', { enum: POLICY_RUN_KINDS }).notNull(),
  status: text('status', { enum: ['running', 'done', 'failed'] })
    .notNull()
    .default('running'),
  assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
  total: integer('total').notNull(),
  processed: integer('processed').notNull().default(0),
  cursor: bigint('cursor', { mode: 'number' }).notNull().default(0),
  maxOrgId: bigint('max_org_id', { mode: 'number' }).notNull(),
  eligible: integer('eligible').notNull().default(0),
  notEligible: integer('not_eligible').notNull().default(0),
  needsData: integer('needs_data').notNull().default(0),
  needsReview: integer('needs_review').notNull().default(0),
  payoutFen: bigint('payout_fen', { mode: 'number' }).notNull().default(0),
  missingFacts: jsonb('missing_facts').$type<Record<string, number>>().notNull().default({}),
  error: text('error'),
  startedBy: bigint('started_by', { mode: 'number' }),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

export const policyRunResults = pgTable(
  'policy_run_results',
  {
    runId: bigint('run_id', { mode: 'number' }).notNull(),
    orgId: bigint('org_id', { mode: 'number' }).notNull(),
    result: text('result', { enum: VERDICT }).notNull(),
    needsReview: boolean('needs_review').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    missing: text('missing').array().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.runId, t.orgId] })],
);

export const policyMatches = pgTable(
  'policy_matches',
  {
    itemId: bigint('item_id', { mode: 'number' }).notNull(),
    orgId: bigint('org_id', { mode: 'number' }).notNull(),
    result: text('result', { enum: VERDICT }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.orgId] })],
);

export const policyRecheckQueue = pgTable('policy_recheck_queue', {
  orgId: bigint('org_id', { mode: 'number' }).primaryKey(),
  queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
});

export const policySubscriptions = pgTable('policy_subscriptions', {
  orgId: bigint('org_id', { mode: 'number' }).primaryKey(),
  supportKinds: text('support_kinds', { enum: SUPPORT }).array().notNull().default([]),
  enterpriseKinds: text('enterprise_kinds', { enum: APPLICANT }).array().notNull().default([]),
  levels: text('levels', { enum: LEVEL }).array().notNull().default([]),
  updatedBy: bigint('updated_by', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
