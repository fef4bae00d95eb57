import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import {
  estimateRdDeduction,
  evaluateTechSme,
  type RdDeductionEstimateBody,
  type TechSmeCalculateBody,
} from '@cz/shared/cultivation';
import {
  type Declarations,
  EVALUATION_KINDS,
  type Evaluation,
  type EvaluationHistoryQuery,
  type EvaluationListQuery,
  type EvaluationTrigger,
} from '@cz/shared/cultivation-api';
import { sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { type PageQuery, pageOf } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { specialisedColumns, specialisedOf } from './cultivation.declarations.ts';
import { cultivationErrors } from './cultivation.errors.ts';
import { CULTIVATION_ACTIONS } from './cultivation.permissions.ts';
import { cultivationDeclarations } from './cultivation.table.ts';
import { loadEvaluationData } from './evaluation.inputs.ts';
import {
  evaluationById,
  historyOf,
  insertOutcomes,
  latestOf,
  listLatest,
  type SummaryRow,
  toSummary,
} from './evaluation.repository.ts';
import { AVAILABLE_KINDS, evaluateAll, explain, gapsOf, type Outcome } from './evaluators.ts';

const toEvaluation = (r: SummaryRow): Evaluation => {
  const result = explain(r.kind, r.input ?? {}, r.assessed_on, r.result as Outcome['result']) as Evaluation['result'];
  return { ...toSummary(r), input: r.input ?? {}, result, gaps: gapsOf(result) };
};

/** An administrator, or a member of the organisation itself. */
export function assertOwnOrAdmin(actor: Actor | null, orgId: number) {
  if (!actor) throw commonErrors.unauthenticated();
  if (!isAdmin(actor) && actor.orgId !== orgId) throw commonErrors.forbidden();
}

export function createEvaluationService({ db, clock }: { db: Db; clock: Clock }) {
  const today = () => shanghaiDate(clock.now());

  /**
   * Evaluates one enterprise by every kind with a rule, inside `tx`, and stores the results. Returns the ids, or an
   * empty list when the organisation is not an enterprise or has reported no indicators yet.
   */
  async function evaluateOrg(tx: Tx, actor: Actor | null, orgId: number, trigger: EvaluationTrigger) {
    const [data] = await loadEvaluationData(tx, sql`f.org_id = ${orgId}`, 1);
    if (data?.kind !== 'enterprise') return [];
    const { outcomes } = evaluateAll(data, today());
    if (outcomes.length === 0) return [];
    const ids = await insertOutcomes(
      tx,
      outcomes.map((outcome) => ({ orgId, outcome })),
      trigger,
    );
    await recordAudit(tx, actor, {
      action: 'cultivation.evaluate',
      entity: 'organisation',
      entityId: orgId,
      after: {
        trigger,
        evaluations: outcomes.map((o, i) => ({ id: ids[i], kind: o.kind, verdict: o.verdict, score: o.scoreMax })),
      },
    });
    return ids;
  }

  async function own(actor: Actor | null, orgId: number) {
    assertOwnOrAdmin(actor, orgId);
    const [data] = await loadEvaluationData(db, sql`f.org_id = ${orgId}`, 1);
    if (!data) throw cultivationErrors.orgNotFound();
    if (data.kind !== 'enterprise') throw cultivationErrors.notEnterprise();
    const items = (await latestOf(db, orgId)).map(toEvaluation);
    const { missing } = evaluateAll(data, today());
    const pendingKinds = EVALUATION_KINDS.filter((k) => !items.some((i) => i.kind === k));
    const missingFigures: Record<string, string[]> = {};
    for (const k of pendingKinds) missingFigures[k] = AVAILABLE_KINDS.includes(k) ? (missing[k] ?? []) : ['rule'];
    return { orgId, orgName: data.name, items, pendingKinds, missingFigures };
  }

  /**
   * Re-evaluates enterprises whose Ⅰ类/Ⅱ类 counts in the IP registry (its published `ip_class_counts`) differ from the
   * counts their latest 科技型中小企业 evaluation used, at most `limit` a call (the job calls again until none is left).
   * Every write that moves a count announces `ip.counts-changed` and is evaluated at once (cultivation.handlers.ts);
   * this catches what no write announces: a record's expiry date, or the date of a transfer recorded in advance,
   * passing, which takes the record out of the counts at midnight.
   */
  async function reevaluateIpChanges(limit = 200): Promise<number> {
    const { rows } = await db.execute(sql`SELECT to_regclass('ip_class_counts') IS NOT NULL AS present`);
    if (!rows[0]?.present) return 0;
    return db.transaction(async (tx) => {
      const { rows: changed } = await tx.execute(sql`
        SELECT l.org_id FROM cultivation_latest l
        JOIN cultivation_evaluations e ON e.id = l.evaluation_id
        LEFT JOIN ip_class_counts c ON c.org_id = l.org_id
        WHERE l.kind = 'tech_sme'
          AND ((e.input->>'ip1Count')::int IS DISTINCT FROM coalesce(c.class1_count, 0)
            OR (e.input->>'ip2Count')::int IS DISTINCT FROM coalesce(c.class2_count, 0))
        ORDER BY l.org_id LIMIT ${limit}
        FOR UPDATE OF l SKIP LOCKED`);
      for (const r of changed) await evaluateOrg(tx, null, Number(r.org_id), 'ip');
      return changed.length;
    });
  }

  return {
    evaluateOrg,
    reevaluateIpChanges,

    /** The public calculator: the 科技型中小企业 evaluation of the figures given, by the rule in force that day. */
    calculate(body: TechSmeCalculateBody) {
      const { assessedOn, ...input } = body;
      return evaluateTechSme(input, assessedOn ?? today());
    },

    /**
     * The public 研发费用加计扣除 estimate of the figures given, by the rules of their tax year (the body's schema has
     * already refused a division outside its section, which the rule would throw on).
     */
    estimateRdDeduction(body: RdDeductionEstimateBody) {
      return estimateRdDeduction(body);
    },

    own,

    /** Runs every evaluation of an enterprise again now (its member or an administrator). */
    async rerun(actor: Actor | null, orgId: number) {
      assertOwnOrAdmin(actor, orgId);
      await db.transaction(async (tx) => {
        const [data] = await loadEvaluationData(tx, sql`f.org_id = ${orgId}`, 1);
        if (!data) throw cultivationErrors.orgNotFound();
        if (data.kind !== 'enterprise') throw cultivationErrors.notEnterprise();
        if (data.years.length === 0) throw cultivationErrors.noIndicators();
        await evaluateOrg(tx, actor, orgId, 'manual');
      });
      return own(actor, orgId);
    },

    /** An enterprise's evaluations, newest first, a page (its members and the administration). */
    async history(actor: Actor | null, orgId: number, q: EvaluationHistoryQuery & PageQuery) {
      assertOwnOrAdmin(actor, orgId);
      const { rows, total } = await historyOf(db, orgId, q);
      return pageOf(rows.map(toSummary), total, q);
    },

    async get(actor: Actor | null, id: number) {
      const row = await evaluationById(db, id);
      if (!row) throw cultivationErrors.evaluationNotFound();
      // Someone else's evaluation is answered as missing, not as forbidden: its existence is not told.
      if (!isAdmin(actor) && actor?.orgId !== Number(row.org_id)) throw cultivationErrors.evaluationNotFound();
      return toEvaluation(row);
    },

    /** The administration's list over the latest evaluations of every enterprise. */
    async list(actor: Actor | null, query: EvaluationListQuery) {
      authorize(actor, CULTIVATION_ACTIONS.readAll);
      const { items, total, q } = await listLatest(db, query);
      return pageOf(items, total, q);
    },

    async declarations(actor: Actor | null, orgId: number) {
      assertOwnOrAdmin(actor, orgId);
      const [row] = await db.select().from(cultivationDeclarations).where(sql`org_id = ${orgId}`);
      return {
        prohibitedIndustry: row?.prohibitedIndustry ?? null,
        majorIncident: row?.majorIncident ?? null,
        dishonestList: row?.dishonestList ?? null,
        abnormalOperation: row?.abnormalOperation ?? null,
        nationalAward5y: row?.nationalAward5y ?? null,
        provincialRdInstitution: row?.provincialRdInstitution ?? null,
        ledStandard5y: row?.ledStandard5y ?? null,
        specialised: specialisedOf(row),
        declaredAt: row ? row.declaredAt.toISOString() : null,
      };
    },

    /** The enterprise's declarations (承诺); the evaluations run again with them. */
    async declare(actor: Actor | null, orgId: number, body: Declarations) {
      assertOwnOrAdmin(actor, orgId);
      const who = actor as Actor;
      await db.transaction(async (tx) => {
        const [data] = await loadEvaluationData(tx, sql`f.org_id = ${orgId}`, 1);
        if (!data) throw cultivationErrors.orgNotFound();
        if (data.kind !== 'enterprise') throw cultivationErrors.notEnterprise();
        const { specialised, ...flags } = body;
        const values = {
          ...flags,
          ...(specialised ? specialisedColumns(specialised) : {}),
          orgId,
          declaredBy: who.userId,
          declaredAt: clock.now(),
        };
        await tx
          .insert(cultivationDeclarations)
          .values(values)
          .onConflictDoUpdate({ target: cultivationDeclarations.orgId, set: values });
        await recordAudit(tx, actor, {
          action: 'cultivation.declare',
          entity: 'organisation',
          entityId: orgId,
          before: data.declarations ?? undefined,
          after: body,
        });
        if (data.years.length > 0) await evaluateOrg(tx, actor, orgId, 'manual');
      });
      return this.declarations(actor, orgId);
    },
  };
}
export type EvaluationService = ReturnType<typeof createEvaluationService>;
