// Contracts of the cultivation area's endpoints (evaluations on registry data, batch runs, the 高企后备培育库). The
// pure rules and the calculator's body and answer are in ../cultivation.
import { z } from 'zod';
import { csvOf, dateSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';
import { explanationSchema, verdictSchema, wordsSchema } from '../cultivation/schemas.ts';

export const EVALUATION_KINDS = ['tech_sme', 'hte', 'specialized', 'rd_deduction'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];
export const EVALUATION_TRIGGERS = ['manual', 'batch', 'indicators', 'ip'] as const;
export type EvaluationTrigger = (typeof EVALUATION_TRIGGERS)[number];
export const VERDICTS = ['eligible', 'not_eligible', 'needs_data'] as const;

/** A gap of a result: a line not met or not known, with its words and source (the 高企 check adds its own list). */
export const gapSchema = z.object({
  code: z.string(),
  outcome: z.enum(['not_met', 'needs_data']),
  words: wordsSchema,
  cite: z.object({ document: z.string(), article: z.string() }).nullable(),
  /** The smallest amount that closes the gap, where the rule computes one (高企: people, fen, points…). */
  amount: z.number().nullable(),
  unit: z.string().nullable(),
});
export type Gap = z.infer<typeof gapSchema>;

/** The result as stored: every kind's result has its explained lines; the rest of its fields are the kind's own. */
export const storedResultSchema = z.looseObject({ packId: z.string(), reasons: z.array(explanationSchema) });

export const evaluationSummarySchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  park: z.string().nullable(),
  industry: z.string().nullable(),
  kind: z.enum(EVALUATION_KINDS),
  assessedOn: dateSchema,
  packId: z.string(),
  scoreMin: z.number().int().nullable(),
  scoreMax: z.number().int().nullable(),
  verdict: verdictSchema,
  trigger: z.enum(EVALUATION_TRIGGERS),
  createdAt: z.string(),
});
export type EvaluationSummary = z.infer<typeof evaluationSummarySchema>;

export const evaluationSchema = evaluationSummarySchema.extend({
  input: z.record(z.string(), z.unknown()),
  result: storedResultSchema,
  gaps: z.array(gapSchema),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

/** An enterprise's latest evaluation of each kind that has a rule today, and the kinds still waiting for theirs. */
export const orgEvaluationsSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  items: z.array(evaluationSchema),
  /** Kinds without an evaluation: no rule yet, or figures the rule needs are not reported (`missingFigures`). */
  pendingKinds: z.array(z.enum(EVALUATION_KINDS)),
  /** Per pending kind, the figures the platform still lacks (codes such as `rd_domestic`, `founded_on`). */
  missingFigures: z.record(z.string(), z.array(z.string())),
});
export type OrgEvaluations = z.infer<typeof orgEvaluationsSchema>;

/** An enterprise's evaluations, newest first, a page: of every kind, or of the one asked. */
export const evaluationHistoryQuerySchema = pageQuerySchema.extend({ kind: z.enum(EVALUATION_KINDS).optional() });
export type EvaluationHistoryQuery = z.input<typeof evaluationHistoryQuerySchema>;
export const evaluationHistorySchema = pageOf(evaluationSummarySchema);

export const evaluationListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(EVALUATION_KINDS).optional(),
  verdict: csvOf(VERDICTS).optional(),
  scoreMin: z.coerce.number().int().min(0).max(100).optional(),
  scoreMax: z.coerce.number().int().min(0).max(100).optional(),
  park: z.string().trim().max(100).optional(),
  industry: z
    .string()
    .regex(/^[A-T]$/)
    .optional(),
});
export type EvaluationListQuery = z.input<typeof evaluationListQuerySchema>;
export const evaluationPageSchema = pageOf(evaluationSummarySchema);

const bp = z.number().int().min(0).max(10_000).nullable();
const flag = z.boolean().nullable();
/**
 * What an enterprise states for the 专精特新 criteria no registry holds (工信部企业〔2022〕63号 附件2, 附件3). null: not
 * stated. Shares in basis points (1000 = 10 %), money in fen.
 */
export const specialisedDeclarationsSchema = z
  .object({
    nicheYears: z.number().int().min(0).max(200).nullable(),
    equityFinancing2yFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
    marketShareBp: bp,
    marketTopThree: flag,
    provincialScore: z.number().int().min(0).max(100).nullable(),
    giantScore: z.number().int().min(0).max(100).nullable(),
    /** S&T awards of the last three years ([] when none). */
    scienceAwards: z
      .array(z.object({ level: z.enum(['provincial', 'national']), rank: z.number().int().min(1).max(1000) }))
      .max(20)
      .nullable(),
    /** Listed in the national enterprise group of "创客中国" in the last three years, and its best rank. */
    makerChinaListed: flag,
    makerChinaRank: z.number().int().min(1).max(100_000).nullable(),
    rdInstitution: flag,
    rdStaffBp: bp,
    informationSystem: flag,
    managementCertified: flag,
    ownBrand: flag,
    chainRole: flag,
    keyField: flag,
  })
  .refine((d) => d.makerChinaRank === null || d.makerChinaListed === true, {
    path: ['makerChinaRank'],
    message: 'cultivation.rank_without_listing',
  });
export type SpecialisedDeclarations = z.infer<typeof specialisedDeclarationsSchema>;

/** Nothing stated. */
export const NO_SPECIALISED_DECLARATIONS: SpecialisedDeclarations = {
  nicheYears: null,
  equityFinancing2yFen: null,
  marketShareBp: null,
  marketTopThree: null,
  provincialScore: null,
  giantScore: null,
  scienceAwards: null,
  makerChinaListed: null,
  makerChinaRank: null,
  rdInstitution: null,
  rdStaffBp: null,
  informationSystem: null,
  managementCertified: null,
  ownBrand: null,
  chainRole: null,
  keyField: null,
};

/** What an enterprise declares for the conditions no registry holds (国科发政〔2017〕115号 第六条, 第七条). */
export const declarationsSchema = z.object({
  prohibitedIndustry: z.boolean().nullable(),
  majorIncident: z.boolean().nullable(),
  dishonestList: z.boolean().nullable(),
  abnormalOperation: z.boolean().nullable(),
  nationalAward5y: z.boolean().nullable(),
  provincialRdInstitution: z.boolean().nullable(),
  ledStandard5y: z.boolean().nullable(),
  /** The 专精特新 facts; left out of a body, the ones stated before are kept. */
  specialised: specialisedDeclarationsSchema.optional(),
});
export type Declarations = z.infer<typeof declarationsSchema>;

export const declarationsReplySchema = declarationsSchema.extend({
  specialised: specialisedDeclarationsSchema,
  declaredAt: z.string().nullable(),
});

export const BATCH_STATUSES = ['running', 'done', 'failed'] as const;
export const BATCH_TRIGGERS = ['manual', 'nightly'] as const;
export const batchSchema = z.object({
  id: z.number().int(),
  trigger: z.enum(BATCH_TRIGGERS),
  status: z.enum(BATCH_STATUSES),
  assessedOn: dateSchema,
  total: z.number().int(),
  processed: z.number().int(),
  failed: z.number().int(),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Batch = z.infer<typeof batchSchema>;
/** Batch runs, newest first, a page: of every status and trigger, or of those asked. */
export const batchListQuerySchema = pageQuerySchema.extend({
  status: z.enum(BATCH_STATUSES).optional(),
  trigger: z.enum(BATCH_TRIGGERS).optional(),
});
export type BatchListQuery = z.input<typeof batchListQuerySchema>;
export const batchPageSchema = pageOf(batchSchema);

// 高企后备培育库
export const POOL_TIERS = ['seed', 'growing', 'sprint'] as const;
export type PoolTier = (typeof POOL_TIERS)[number];
export const OUTCOMES = ['applied', 'recognised', 'failed'] as const;
export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;

/** A saved filter over the latest evaluations: every given part must hold. */
export const criteriaFilterSchema = z
  .object({
    techSme: z.enum(VERDICTS).optional(),
    hte: z.enum(VERDICTS).optional(),
    hteNot: z.enum(VERDICTS).optional(),
    kind: z.enum(EVALUATION_KINDS).default('tech_sme'),
    scoreMin: z.number().int().min(0).max(100).optional(),
    scoreMax: z.number().int().min(0).max(100).optional(),
    park: z.string().trim().min(1).max(100).optional(),
    industry: z
      .string()
      .regex(/^[A-T]$/)
      .optional(),
  })
  .refine((f) => f.scoreMin === undefined || f.scoreMax === undefined || f.scoreMin <= f.scoreMax, {
    path: ['scoreMax'],
    message: 'cultivation.score_range',
  });
export type CriteriaFilter = z.input<typeof criteriaFilterSchema>;

export const buildPoolBodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  filter: criteriaFilterSchema,
  tier: z.enum(POOL_TIERS),
  ownerId: z.number().int().positive().optional(),
  /** Apply the criterion again after every nightly evaluation, so that enterprises that come to match join. */
  autoApply: z.boolean().default(false),
});
/** What saving or applying a criterion did: how many enterprises match it now, how many joined the pool. */
export const buildPoolReplySchema = z.object({
  criteriaId: z.number().int(),
  matched: z.number().int(),
  added: z.number().int(),
});

export const CRITERION_STATUSES = ['active', 'retired'] as const;
/** A saved criterion with what it brought in and what it would bring in now. */
export const criterionSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  filter: criteriaFilterSchema,
  tier: z.enum(POOL_TIERS),
  ownerId: z.number().int().nullable(),
  ownerName: z.string().nullable(),
  autoApply: z.boolean(),
  status: z.enum(CRITERION_STATUSES),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  /** When it was last applied (saving applies it); null: never (a criterion saved without applying). */
  appliedAt: z.string().nullable(),
  /** Active pool entries it brought in. */
  inPool: z.number().int(),
  /** Enterprises whose latest evaluations match it now. */
  matching: z.number().int(),
  /** Of those, the ones the pool has never held (one removed from the pool is not brought back): applying adds them. */
  newMatches: z.number().int(),
});
export type Criterion = z.infer<typeof criterionSchema>;
export const criteriaListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(CRITERION_STATUSES).default('active'),
});
export type CriteriaListQuery = z.input<typeof criteriaListQuerySchema>;
export const criteriaPageSchema = pageOf(criterionSchema);
export const criterionPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    tier: z.enum(POOL_TIERS).optional(),
    ownerId: z.number().int().positive().nullable().optional(),
    autoApply: z.boolean().optional(),
    retired: z.boolean().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'cultivation.empty_change' });

export const addToPoolBodySchema = z.object({
  orgId: z.number().int().positive(),
  tier: z.enum(POOL_TIERS),
  ownerId: z.number().int().positive().optional(),
});
export const poolPatchSchema = z
  .object({
    tier: z.enum(POOL_TIERS).optional(),
    ownerId: z.number().int().positive().nullable().optional(),
    removed: z.boolean().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'cultivation.empty_change' });

export const poolEntrySchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  park: z.string().nullable(),
  tier: z.enum(POOL_TIERS),
  ownerId: z.number().int().nullable(),
  ownerName: z.string().nullable(),
  source: z.enum(['criteria', 'manual']),
  status: z.enum(['active', 'removed']),
  techSmeScore: z.number().int().nullable(),
  techSmeVerdict: verdictSchema.nullable(),
  hteVerdict: verdictSchema.nullable(),
  openTasks: z.number().int(),
  nextDueOn: dateSchema.nullable(),
  lastVisitOn: dateSchema.nullable(),
  addedAt: z.string(),
});
export type PoolEntry = z.infer<typeof poolEntrySchema>;
export const poolListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  tier: csvOf(POOL_TIERS).optional(),
  ownerId: z.coerce.number().int().positive().optional(),
  status: z.enum(['active', 'removed']).default('active'),
});
export type PoolListQuery = z.input<typeof poolListQuerySchema>;
export const poolPageSchema = pageOf(poolEntrySchema);

export const visitBodySchema = z.object({ visitedOn: dateSchema, notes: z.string().trim().min(1).max(4000) });
export const visitSchema = z.object({
  id: z.number().int(),
  visitedOn: dateSchema,
  visitorId: z.number().int(),
  visitorName: z.string(),
  notes: z.string(),
  createdAt: z.string(),
});
export const taskBodySchema = z.object({
  title: z.string().trim().min(1).max(200),
  dueOn: dateSchema,
  goalCode: z.string().max(100).optional(),
  assigneeId: z.number().int().positive().optional(),
});
export const taskPatchSchema = z.object({ status: z.enum(TASK_STATUSES) });
export const taskSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  title: z.string(),
  goalCode: z.string().nullable(),
  dueOn: dateSchema,
  status: z.enum(TASK_STATUSES),
  assigneeId: z.number().int().nullable(),
  assigneeName: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type PoolTask = z.infer<typeof taskSchema>;
export const outcomeBodySchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    outcome: z.enum(OUTCOMES),
    reason: z.string().trim().min(1).max(1000).optional(),
  })
  .refine((o) => o.outcome !== 'failed' || o.reason !== undefined, {
    path: ['reason'],
    message: 'cultivation.reason_required',
  });
export const outcomeSchema = z.object({
  year: z.number().int(),
  outcome: z.enum(OUTCOMES),
  reason: z.string().nullable(),
  recordedAt: z.string(),
});
export const poolCardSchema = z.object({
  entry: poolEntrySchema,
  goals: z.array(gapSchema),
  visits: z.array(visitSchema),
  tasks: z.array(taskSchema),
  outcomes: z.array(outcomeSchema),
});
export type PoolCard = z.infer<typeof poolCardSchema>;
export const poolStatsSchema = z.object({
  byTier: z.array(z.object({ tier: z.enum(POOL_TIERS), count: z.number().int() })),
  byOutcome: z.array(z.object({ year: z.number().int(), outcome: z.enum(OUTCOMES), count: z.number().int() })),
});
export type PoolStats = z.infer<typeof poolStatsSchema>;
export const ownerListSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), name: z.string() })),
});
/** My open pool tasks due within 14 days or overdue, soonest first, a page; searched by title or enterprise. */
export const myTasksQuerySchema = pageQuerySchema.extend({ q: z.string().trim().max(100).optional() });
export type MyTasksQuery = z.input<typeof myTasksQuerySchema>;
export const myTasksSchema = pageOf(taskSchema);
export const orgIdParamSchema = z.object({ orgId: z.coerce.number().int().positive() });
export const taskIdParamSchema = z.object({ id: z.coerce.number().int().positive() });
