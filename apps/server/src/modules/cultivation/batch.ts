import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import type { Batch, BatchListQuery } from '@cz/shared/cultivation-api';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../kernel/db/pg-error.ts';
import { type PageQuery, pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { cultivationErrors } from './cultivation.errors.ts';
import { CULTIVATION_ACTIONS } from './cultivation.permissions.ts';
import { cultivationBatches } from './cultivation.table.ts';
import { loadEvaluationData } from './evaluation.inputs.ts';
import { insertOutcomes } from './evaluation.repository.ts';
import { evaluateAll, type Outcome } from './evaluators.ts';

type BatchRow = typeof cultivationBatches.$inferSelect;
const toBatch = (b: BatchRow): Batch => ({
  id: b.id,
  trigger: b.trigger,
  status: b.status,
  assessedOn: b.assessedOn,
  total: b.total,
  processed: b.processed,
  failed: b.failed,
  error: b.error,
  startedAt: b.startedAt.toISOString(),
  finishedAt: b.finishedAt?.toISOString() ?? null,
});

/** The enterprises a run covers: every enterprise of the registry not rejected. */
const COVERED = sql`f.kind = 'enterprise' AND f.status <> 'rejected'`;

/**
 * Runs over every enterprise, in chunks: each chunk is one transaction that loads the chunk's data in two statements,
 * evaluates it in memory and writes its results in one INSERT (the latest per kind kept by the database's trigger),
 * then moves the run's cursor. A chunk retried after a crash writes nothing twice (UNIQUE batch, org, kind).
 */
export function createBatchRunner({
  db,
  clock,
  chunkSize = 2000,
  onFinished,
}: {
  db: Db;
  clock: Clock;
  chunkSize?: number;
  /** Runs in the transaction of a run's last chunk (the pool's criteria that apply nightly). */
  onFinished?: (tx: Tx) => Promise<unknown>;
}) {
  let draining: Promise<void> | null = null;

  /** One chunk of the running run; the number of enterprises it handled (0: no run, or the run just finished). */
  async function runChunk(): Promise<number> {
    return db.transaction(async (tx) => {
      const [b] = await tx
        .select()
        .from(cultivationBatches)
        .where(eq(cultivationBatches.status, 'running'))
        .for('update', { skipLocked: true });
      if (!b) return 0;
      const data = await loadEvaluationData(
        tx,
        sql`${COVERED} AND f.org_id > ${b.cursor} AND f.org_id <= ${b.maxOrgId}`,
        chunkSize,
      );
      const rows: { orgId: number; outcome: Outcome }[] = [];
      let failed = 0;
      for (const d of data) {
        try {
          for (const outcome of evaluateAll(d, b.assessedOn).outcomes) rows.push({ orgId: d.orgId, outcome });
        } catch {
          failed++;
        }
      }
      await insertOutcomes(tx, rows, 'batch', b.id);
      const last = data[data.length - 1];
      const done = data.length < chunkSize;
      const processed = Math.min(b.total - b.failed - failed, b.processed + data.length - failed);
      await tx
        .update(cultivationBatches)
        .set({
          processed,
          failed: b.failed + failed,
          cursor: last ? last.orgId : b.cursor,
          ...(done ? { status: 'done' as const, finishedAt: clock.now() } : {}),
        })
        .where(eq(cultivationBatches.id, b.id));
      if (done) {
        await recordAudit(tx, null, {
          action: 'cultivation.batch.finish',
          entity: 'cultivation_batch',
          entityId: b.id,
          after: { processed, failed: b.failed + failed },
        });
        await onFinished?.(tx);
      }
      return data.length;
    });
  }

  /** Runs chunks until no run is left; one drain at a time in this process. */
  function drain(): Promise<void> {
    if (!draining)
      draining = (async () => {
        try {
          while ((await runChunk()) > 0);
        } catch (err) {
          await db
            .update(cultivationBatches)
            .set({ status: 'failed', error: String((err as Error).message).slice(0, 500), finishedAt: clock.now() })
            .where(eq(cultivationBatches.status, 'running'));
        } finally {
          draining = null;
        }
      })();
    return draining;
  }

  /** Starts a run, or answers the one already running (a second click does not start another). */
  async function start(
    actor: Actor | null,
    trigger: 'manual' | 'nightly',
  ): Promise<{ batch: Batch; started: boolean }> {
    try {
      const out = await db.transaction(async (tx) => {
        const [running] = await tx.select().from(cultivationBatches).where(eq(cultivationBatches.status, 'running'));
        if (running) return { batch: toBatch(running), started: false };
        const { rows } = await tx.execute(sql`
          SELECT count(*)::int AS n, coalesce(max(f.org_id), 0) AS max FROM org_evaluation_facts f WHERE ${COVERED}`);
        const [b] = await tx
          .insert(cultivationBatches)
          .values({
            trigger,
            assessedOn: shanghaiDate(clock.now()),
            total: Number(rows[0]?.n ?? 0),
            maxOrgId: Number(rows[0]?.max ?? 0),
            startedBy: actor?.userId ?? null,
          })
          .returning();
        const row = b as BatchRow;
        await recordAudit(tx, actor, {
          action: 'cultivation.batch.start',
          entity: 'cultivation_batch',
          entityId: row.id,
          after: { trigger, total: row.total, assessedOn: row.assessedOn },
        });
        return { batch: toBatch(row), started: true };
      });
      return out;
    } catch (err) {
      // Two starts at once: the second meets the one-running index and answers the first's run.
      if (!isUniqueViolation(err, 'cultivation_batches_one_running')) throw err;
      const [running] = await db.select().from(cultivationBatches).where(eq(cultivationBatches.status, 'running'));
      if (!running) throw err;
      return { batch: toBatch(running), started: false };
    }
  }

  return {
    runChunk,
    drain,
    start,
    /** An administrator starts a run; its chunks run in the background of this instance (and the minute job's). */
    async startManual(actor: Actor | null) {
      authorize(actor, CULTIVATION_ACTIONS.runBatch);
      const out = await start(actor, 'manual');
      void drain();
      return out.batch;
    },
    /** The nightly job: starts tonight's run unless one ran today, then works one chunk. */
    async nightly(): Promise<number> {
      const today = shanghaiDate(clock.now());
      const [last] = await db
        .select()
        .from(cultivationBatches)
        .where(sql`${cultivationBatches.assessedOn} = ${today} AND ${cultivationBatches.trigger} = 'nightly'`)
        .limit(1);
      if (!last) await start(null, 'nightly');
      return runChunk();
    },
    async get(actor: Actor | null, id: number) {
      authorize(actor, CULTIVATION_ACTIONS.runBatch);
      const [b] = await db.select().from(cultivationBatches).where(eq(cultivationBatches.id, id));
      if (!b) throw cultivationErrors.batchNotFound();
      return toBatch(b);
    },
    /** Runs, newest first, a page: of the status and trigger asked, or of all. */
    async list(actor: Actor | null, q: BatchListQuery & PageQuery) {
      authorize(actor, CULTIVATION_ACTIONS.runBatch);
      const where = and(
        q.status ? eq(cultivationBatches.status, q.status) : undefined,
        q.trigger ? eq(cultivationBatches.trigger, q.trigger) : undefined,
      );
      const { limit, offset } = pageWindow(q);
      const [rows, [count]] = await Promise.all([
        db
          .select()
          .from(cultivationBatches)
          .where(where)
          .orderBy(desc(cultivationBatches.id))
          .limit(limit)
          .offset(offset),
        db.select({ n: sql<number>`count(*)::int` }).from(cultivationBatches).where(where),
      ]);
      return pageOf(rows.map(toBatch), count?.n ?? 0, q);
    },
  };
}
export type BatchRunner = ReturnType<typeof createBatchRunner>;
