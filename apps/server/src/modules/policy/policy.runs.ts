import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import type { PolicyItem, PolicySimulation } from '@cz/shared/policy';
import {
  type CompiledCondition,
  computeAmount,
  evaluateCondition,
  type FactKey,
  factRef,
  isFactKey,
} from '@cz/shared/policy';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../kernel/db/pg-error.ts';
import { createCompiledItems } from './policy.compiled.ts';
import type { OrgFacts } from './policy.facts.ts';
import { loadFacts } from './policy.facts.ts';
import { itemById, openItems } from './policy.items.repository.ts';
import { policyRuns } from './policy.items.table.ts';
import { recordStandings, type Standing } from './policy.matches.ts';
import { tellSubscribers } from './policy.subscriptions.ts';

type RunRow = typeof policyRuns.$inferSelect;

/** The simulation's answer: the budget caps what it reports as the payout. */
export function toSimulation(r: RunRow, budgetFen: number | null): PolicySimulation {
  const missingFacts = Object.entries(r.missingFacts)
    .filter(([k]) => isFactKey(k))
    .map(([k, count]) => ({ ...factRef(k as FactKey), count }))
    .sort((a, b) => b.count - a.count || a.fact.localeCompare(b.fact));
  return {
    id: r.id,
    itemId: r.itemId,
    kind: r.kind,
    status: r.status,
    assessedOn: r.assessedOn,
    total: r.total,
    processed: r.processed,
    eligible: r.eligible,
    notEligible: r.notEligible,
    needsData: r.needsData,
    needsReview: r.needsReview,
    payoutFen: budgetFen === null ? r.payoutFen : Math.min(r.payoutFen, budgetFen),
    payoutUncappedFen: r.payoutFen,
    missingFacts,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

/** One enterprise against one item, as a batch needs it: the compiled result, sentences only where a person looks. */
type Found = {
  orgId: number;
  result: 'eligible' | 'not_eligible' | 'needs_data';
  needsReview: boolean;
  amountFen: number | null;
  missing: FactKey[];
};

function judge(
  item: PolicyItem,
  compiled: CompiledCondition,
  hasManual: boolean,
  org: OrgFacts,
  wantMissing: boolean,
): Found {
  const result = compiled(org.facts);
  let needsReview = false;
  let missing: FactKey[] = [];
  // The explained evaluation only where the compiled result leaves something to say: the facts to ask for (a
  // simulation reports them), or whether an eligible result rests on a condition reviewed by hand.
  if ((result === 'needs_data' && wantMissing) || (result === 'eligible' && hasManual)) {
    const e = evaluateCondition(item.condition, org.facts);
    needsReview = e.needsReview;
    missing = e.missing;
  }
  const amountFen = result === 'eligible' ? computeAmount(item.amount, org.facts).amountFen : null;
  return { orgId: org.orgId, result, needsReview, amountFen, missing };
}

/**
 * Runs over every enterprise of the registry, in chunks, as the cultivation batch does: each chunk is one
 * transaction that loads the chunk's facts in one statement, judges them in memory and writes what it found, then
 * moves the run's cursor. A simulation keeps each enterprise's result (who would qualify); a publish run and the
 * nightly recheck record the eligible standings and tell the newly eligible enterprises, and a publish run, when it
 * finishes, the subscribers it has not told already.
 */
export function createPolicyRunner({ db, clock, chunkSize = 2000 }: { db: Db; clock: Clock; chunkSize?: number }) {
  let draining: Promise<void> | null = null;
  const compiledOf = createCompiledItems();

  async function runChunk(): Promise<number> {
    return db.transaction(async (tx) => {
      const [run] = await tx
        .select()
        .from(policyRuns)
        .where(eq(policyRuns.status, 'running'))
        .orderBy(policyRuns.id)
        .limit(1)
        .for('update', { skipLocked: true });
      if (!run) return 0;
      const orgs = await loadFacts(tx, {
        onDate: run.assessedOn,
        afterId: run.cursor,
        where: sql`f.org_id <= ${run.maxOrgId}`,
        limit: chunkSize,
      });
      const last = orgs.at(-1)?.orgId ?? run.maxOrgId;
      const items =
        run.itemId === null ? await openItems(tx, run.assessedOn) : [await itemById(tx, run.itemId, run.assessedOn)];
      const counts = { eligible: 0, notEligible: 0, needsData: 0, needsReview: 0, payout: 0 };
      const missing: Record<string, number> = { ...run.missingFacts };
      const standings: Standing[] = [];
      const results: Found[] = [];
      for (const item of items) {
        if (!item) continue;
        const c = compiledOf(item);
        for (const org of orgs) {
          const f = judge(item, c.fn, c.manual, org, run.kind === 'simulation');
          if (f.result === 'eligible') {
            counts.eligible++;
            counts.payout += f.amountFen ?? 0;
            if (f.needsReview) counts.needsReview++;
            standings.push({ itemId: item.id, itemTitle: item.title, orgId: org.orgId, amountFen: f.amountFen });
          } else if (f.result === 'needs_data') {
            counts.needsData++;
            for (const k of f.missing) missing[k] = (missing[k] ?? 0) + 1;
          } else counts.notEligible++;
          if (run.kind === 'simulation') results.push(f);
        }
      }
      if (run.kind === 'simulation' && results.length)
        await tx.execute(sql`
          INSERT INTO policy_run_results (run_id, org_id, result, needs_review, amount_fen, missing)
          SELECT ${run.id}, r.org_id, r.result, r.needs_review, r.amount_fen, r.missing
          FROM jsonb_to_recordset(${JSON.stringify(
            results.map((r) => ({
              org_id: r.orgId,
              result: r.result,
              needs_review: r.needsReview,
              amount_fen: r.amountFen,
              missing: r.missing,
            })),
          )}::jsonb) AS r(org_id bigint, result text, needs_review boolean, amount_fen bigint, missing text[])
          ON CONFLICT DO NOTHING`);
      else if (run.kind !== 'simulation')
        await recordStandings(
          tx,
          standings,
          { itemIds: items.flatMap((i) => (i ? [i.id] : [])), orgIdAfter: run.cursor, orgIdUpTo: last },
          clock.now(),
        );
      const done = orgs.length < chunkSize || last >= run.maxOrgId;
      await tx
        .update(policyRuns)
        .set({
          processed: Math.min(run.total, run.processed + orgs.length),
          cursor: last,
          eligible: run.eligible + counts.eligible,
          notEligible: run.notEligible + counts.notEligible,
          needsData: run.needsData + counts.needsData,
          needsReview: run.needsReview + counts.needsReview,
          payoutFen: run.payoutFen + counts.payout,
          missingFacts: missing,
          ...(done ? { status: 'done' as const, finishedAt: clock.now() } : {}),
        })
        .where(eq(policyRuns.id, run.id));
      if (done) {
        // The subscribers last, once every eligible one has been told: those get no second notice.
        const subscribersTold =
          run.kind === 'publish' && run.itemId !== null ? await tellSubscribers(tx, run.itemId) : undefined;
        await recordAudit(tx, null, {
          action: 'policy.run.finish',
          entity: 'policy_run',
          entityId: run.id,
          after: { kind: run.kind, itemId: run.itemId, eligible: run.eligible + counts.eligible, subscribersTold },
        });
      }
      return Math.max(orgs.length, 1);
    });
  }

  function drain(): Promise<void> {
    if (!draining)
      draining = (async () => {
        try {
          while ((await runChunk()) > 0);
        } catch (err) {
          await db
            .update(policyRuns)
            .set({ status: 'failed', error: String((err as Error).message).slice(0, 500), finishedAt: clock.now() })
            .where(eq(policyRuns.status, 'running'));
        } finally {
          draining = null;
        }
      })();
    return draining;
  }

  /** Starts a run of `itemId` (or of every open item: null), or answers the one already running. */
  async function start(tx: Tx, actor: Actor | null, itemId: number | null, kind: RunRow['kind']) {
    const running = await tx
      .select()
      .from(policyRuns)
      .where(
        and(
          eq(policyRuns.status, 'running'),
          itemId === null ? isNull(policyRuns.itemId) : eq(policyRuns.itemId, itemId),
        ),
      );
    if (running[0]) return { run: running[0], started: false };
    const { rows } = await tx.execute(sql`
      SELECT count(*)::int AS n, coalesce(max(org_id), 0) AS max FROM org_evaluation_facts
      WHERE kind = 'enterprise' AND status <> 'rejected'`);
    const [run] = await tx
      .insert(policyRuns)
      .values({
        itemId,
        kind,
        assessedOn: shanghaiDate(clock.now()),
        total: Number(rows[0]?.n ?? 0),
        maxOrgId: Number(rows[0]?.max ?? 0),
        startedBy: actor?.userId ?? null,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'policy.run.start',
      entity: 'policy_run',
      entityId: (run as RunRow).id,
      after: { kind, itemId, total: (run as RunRow).total },
    });
    return { run: run as RunRow, started: true };
  }

  return {
    runChunk,
    drain,
    /** Starts a run in its own transaction (a second start answers the running one) and works it in the background. */
    async startAndDrain(actor: Actor | null, itemId: number | null, kind: RunRow['kind']) {
      let out: { run: RunRow; started: boolean };
      try {
        out = await db.transaction((tx) => start(tx, actor, itemId, kind));
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        const [running] = await db
          .select()
          .from(policyRuns)
          .where(
            and(
              eq(policyRuns.status, 'running'),
              itemId === null ? isNull(policyRuns.itemId) : eq(policyRuns.itemId, itemId),
            ),
          );
        if (!running) throw err;
        out = { run: running, started: false };
      }
      void drain();
      return out.run;
    },
    start,
    async get(id: number) {
      const [r] = await db.select().from(policyRuns).where(eq(policyRuns.id, id));
      return r;
    },
    async latestOf(itemId: number | null) {
      const [r] = await db
        .select()
        .from(policyRuns)
        .where(itemId === null ? isNull(policyRuns.itemId) : eq(policyRuns.itemId, itemId))
        .orderBy(desc(policyRuns.id))
        .limit(1);
      return r;
    },
  };
}
export type PolicyRunner = ReturnType<typeof createPolicyRunner>;
