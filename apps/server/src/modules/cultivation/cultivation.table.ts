import {
  EVALUATION_KINDS,
  EVALUATION_TRIGGERS,
  OUTCOMES,
  POOL_TIERS,
  TASK_STATUSES,
  VERDICTS,
} from '@cz/shared/cultivation-api';
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

/** What an enterprise declares for the conditions no registry holds (migration 0022). */
export const cultivationDeclarations = pgTable('cultivation_declarations', {
  orgId: bigint('org_id', { mode: 'number' }).primaryKey(),
  prohibitedIndustry: boolean('prohibited_industry'),
  majorIncident: boolean('major_incident'),
  dishonestList: boolean('dishonest_list'),
  abnormalOperation: boolean('abnormal_operation'),
  nationalAward5y: boolean('national_award_5y'),
  provincialRdInstitution: boolean('provincial_rd_institution'),
  ledStandard5y: boolean('led_standard_5y'),
  // The 专精特新 facts (migration 0032).
  nicheYears: smallint('niche_years'),
  equityFinancing2y: bigint('equity_financing_2y', { mode: 'number' }),
  marketShareBp: integer('market_share_bp'),
  marketTopThree: boolean('market_top_three'),
  provincialScore: smallint('provincial_score'),
  giantScore: smallint('giant_score'),
  scienceAwards: jsonb('science_awards').$type<{ level: 'provincial' | 'national'; rank: number }[]>(),
  makerChinaListed: boolean('maker_china_listed'),
  makerChinaRank: integer('maker_china_rank'),
  rdInstitution: boolean('rd_institution'),
  rdStaffBp: integer('rd_staff_bp'),
  informationSystem: boolean('information_system'),
  managementCertified: boolean('management_certified'),
  ownBrand: boolean('own_brand'),
  chainRole: boolean('chain_role'),
  keyField: boolean('key_field'),
  declaredBy: bigint('declared_by', { mode: 'number' }).notNull(),
  declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow(),
});

export const cultivationBatches = pgTable('cultivation_batches', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  trigger: text('trigger', { enum: ['manual', 'nightly'] }).notNull(),
  status: text('status', { enum: ['running', 'done', 'failed'] })
    .notNull()
    .default('running'),
  assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
  maxOrgId: bigint('max_org_id', { mode: 'number' }).notNull(),
  total: integer('total').notNull(),
  processed: integer('processed').notNull().default(0),
  failed: integer('failed').notNull().default(0),
  cursor: bigint('cursor', { mode: 'number' }).notNull().default(0),
  error: text('error'),
  startedBy: bigint('started_by', { mode: 'number' }),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

/** Every evaluation, append-only: pack, input and explained result. */
export const cultivationEvaluations = pgTable('cultivation_evaluations', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: EVALUATION_KINDS }).notNull(),
  assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
  packId: text('pack_id').notNull(),
  input: jsonb('input').$type<Record<string, unknown>>().notNull(),
  result: jsonb('result').$type<Record<string, unknown>>().notNull(),
  scoreMin: smallint('score_min'),
  scoreMax: smallint('score_max'),
  verdict: text('verdict', { enum: VERDICTS }).notNull(),
  trigger: text('trigger', { enum: EVALUATION_TRIGGERS }).notNull(),
  batchId: bigint('batch_id', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The latest evaluation per organisation and kind, kept by a trigger on cultivation_evaluations. */
export const cultivationLatest = pgTable(
  'cultivation_latest',
  {
    orgId: bigint('org_id', { mode: 'number' }).notNull(),
    kind: text('kind', { enum: EVALUATION_KINDS }).notNull(),
    evaluationId: bigint('evaluation_id', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.kind] })],
);

export const cultivationCriteria = pgTable('cultivation_criteria', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  filter: jsonb('filter').$type<Record<string, unknown>>().notNull(),
  tier: text('tier', { enum: POOL_TIERS }).notNull(),
  ownerId: bigint('owner_id', { mode: 'number' }),
  autoApply: boolean('auto_apply').notNull().default(false),
  status: text('status', { enum: ['active', 'retired'] })
    .notNull()
    .default('active'),
  createdBy: bigint('created_by', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  appliedAt: timestamp('applied_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const cultivationPool = pgTable('cultivation_pool', {
  orgId: bigint('org_id', { mode: 'number' }).primaryKey(),
  tier: text('tier', { enum: POOL_TIERS }).notNull(),
  ownerId: bigint('owner_id', { mode: 'number' }),
  source: text('source', { enum: ['criteria', 'manual'] }).notNull(),
  criteriaId: bigint('criteria_id', { mode: 'number' }),
  status: text('status', { enum: ['active', 'removed'] })
    .notNull()
    .default('active'),
  addedBy: bigint('added_by', { mode: 'number' }).notNull(),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const cultivationVisits = pgTable('cultivation_visits', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  visitedOn: date('visited_on', { mode: 'string' }).notNull(),
  visitorId: bigint('visitor_id', { mode: 'number' }).notNull(),
  notes: text('notes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const cultivationTasks = pgTable('cultivation_tasks', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  title: text('title').notNull(),
  goalCode: text('goal_code'),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  status: text('status', { enum: TASK_STATUSES }).notNull().default('open'),
  assigneeId: bigint('assignee_id', { mode: 'number' }),
  createdBy: bigint('created_by', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
});

export const cultivationOutcomes = pgTable(
  'cultivation_outcomes',
  {
    orgId: bigint('org_id', { mode: 'number' }).notNull(),
    year: smallint('year').notNull(),
    outcome: text('outcome', { enum: OUTCOMES }).notNull(),
    reason: text('reason'),
    recordedBy: bigint('recorded_by', { mode: 'number' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.year] })],
);
