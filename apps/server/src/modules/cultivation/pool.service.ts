import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import type {
  addToPoolBodySchema,
  outcomeBodySchema,
  PoolListQuery,
  PoolTier,
  poolPatchSchema,
  taskBodySchema,
  taskPatchSchema,
  visitBodySchema,
} from '@cz/shared/cultivation-api';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { pageOf } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { cultivationErrors } from './cultivation.errors.ts';
import { CULTIVATION_ACTIONS } from './cultivation.permissions.ts';
import { cultivationOutcomes, cultivationPool, cultivationTasks, cultivationVisits } from './cultivation.table.ts';
import { latestOf } from './evaluation.repository.ts';
import { explain, gapsOf, type Outcome } from './evaluators.ts';
import { createPoolCriteria } from './pool.criteria.ts';
import {
  activeAdmins,
  assertActiveOwner,
  outcomesOf,
  poolEntry,
  poolList,
  poolStats,
  tasksPage,
  tasksWhere,
  visitsOf,
} from './pool.repository.ts';

type In<S extends z.ZodType> = z.infer<S>;

export function createPoolService({ db, clock }: { db: Db; clock: Clock }) {
  const criteria = createPoolCriteria({ db, clock });
  const admin = (actor: Actor | null) => authorize(actor, CULTIVATION_ACTIONS.managePool);

  async function entryOrThrow(tx: Tx, orgId: number, lock = false) {
    const q = tx.select().from(cultivationPool).where(eq(cultivationPool.orgId, orgId));
    const [row] = lock ? await q.for('update') : await q;
    if (!row) throw cultivationErrors.notInPool();
    return row;
  }

  async function isEnterprise(tx: Tx, orgId: number) {
    const { rows } = await tx.execute(
      sql`SELECT kind FROM org_evaluation_facts WHERE org_id = ${orgId} AND status <> 'rejected'`,
    );
    if (!rows[0]) throw cultivationErrors.orgNotFound();
    if (rows[0].kind !== 'enterprise') throw cultivationErrors.notEnterprise();
  }

  /** Goals of a pool card: the gaps of the latest 高企 check, or of the 科技型中小企业 evaluation until 高企 has one. */
  async function goals(tx: Tx, orgId: number) {
    const latest = await latestOf(tx, orgId);
    const pick = latest.find((r) => r.kind === 'hte') ?? latest.find((r) => r.kind === 'tech_sme');
    if (!pick?.result) return [];
    return gapsOf(explain(pick.kind, pick.input ?? {}, pick.assessed_on, pick.result as Outcome['result']));
  }

  return {
    ...criteria,

    async add(actor: Actor | null, body: In<typeof addToPoolBodySchema>) {
      const who = admin(actor);
      await db.transaction(async (tx) => {
        await isEnterprise(tx, body.orgId);
        await assertActiveOwner(tx, body.ownerId);
        const [row] = await tx
          .insert(cultivationPool)
          .values({
            orgId: body.orgId,
            tier: body.tier,
            ownerId: body.ownerId ?? null,
            source: 'manual',
            addedBy: who.userId,
          })
          .onConflictDoNothing()
          .returning();
        if (!row) throw cultivationErrors.alreadyInPool();
        await recordAudit(tx, actor, {
          action: 'cultivation.pool.add',
          entity: 'cultivation_pool',
          entityId: body.orgId,
          after: row,
        });
      });
      return this.card(actor, body.orgId);
    },

    async patch(actor: Actor | null, orgId: number, body: In<typeof poolPatchSchema>) {
      admin(actor);
      await db.transaction(async (tx) => {
        const before = await entryOrThrow(tx, orgId, true);
        await assertActiveOwner(tx, body.ownerId);
        const set: Partial<typeof cultivationPool.$inferInsert> = { updatedAt: clock.now() };
        if (body.tier) set.tier = body.tier as PoolTier;
        if (body.ownerId !== undefined) set.ownerId = body.ownerId;
        if (body.removed !== undefined) set.status = body.removed ? 'removed' : 'active';
        const [after] = await tx.update(cultivationPool).set(set).where(eq(cultivationPool.orgId, orgId)).returning();
        await recordAudit(tx, actor, {
          action: 'cultivation.pool.update',
          entity: 'cultivation_pool',
          entityId: orgId,
          before,
          after,
        });
      });
      return this.card(actor, orgId);
    },

    async list(actor: Actor | null, query: PoolListQuery) {
      admin(actor);
      const { items, total, q } = await poolList(db, query);
      return pageOf(items, total, q);
    },

    async card(actor: Actor | null, orgId: number) {
      admin(actor);
      const entry = await poolEntry(db, orgId);
      if (!entry) throw cultivationErrors.notInPool();
      return {
        entry,
        goals: await goals(db, orgId),
        visits: await visitsOf(db, orgId),
        tasks: await tasksWhere(db, sql`k.org_id = ${orgId}`),
        outcomes: await outcomesOf(db, orgId),
      };
    },

    async addVisit(actor: Actor | null, orgId: number, body: In<typeof visitBodySchema>) {
      const who = admin(actor);
      await db.transaction(async (tx) => {
        await entryOrThrow(tx, orgId);
        const [row] = await tx
          .insert(cultivationVisits)
          .values({ orgId, visitedOn: body.visitedOn, visitorId: who.userId, notes: body.notes })
          .returning();
        await recordAudit(tx, actor, {
          action: 'cultivation.visit.add',
          entity: 'cultivation_visit',
          entityId: row?.id ?? null,
          after: row,
        });
      });
      return this.card(actor, orgId);
    },

    async addTask(actor: Actor | null, orgId: number, body: In<typeof taskBodySchema>) {
      const who = admin(actor);
      await db.transaction(async (tx) => {
        const entry = await entryOrThrow(tx, orgId);
        await assertActiveOwner(tx, body.assigneeId);
        const [row] = await tx
          .insert(cultivationTasks)
          .values({
            orgId,
            title: body.title,
            dueOn: body.dueOn,
            goalCode: body.goalCode ?? null,
            assigneeId: body.assigneeId ?? entry.ownerId ?? who.userId,
            createdBy: who.userId,
          })
          .returning();
        await recordAudit(tx, actor, {
          action: 'cultivation.task.add',
          entity: 'cultivation_task',
          entityId: row?.id ?? null,
          after: row,
        });
      });
      return this.card(actor, orgId);
    },

    async patchTask(actor: Actor | null, id: number, body: In<typeof taskPatchSchema>) {
      admin(actor);
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(cultivationTasks).where(eq(cultivationTasks.id, id)).for('update');
        if (!before) throw cultivationErrors.taskNotFound();
        if (before.status !== 'open') throw cultivationErrors.taskClosed();
        const [after] = await tx
          .update(cultivationTasks)
          .set({ status: body.status, closedAt: body.status === 'open' ? null : clock.now() })
          .where(and(eq(cultivationTasks.id, id)))
          .returning();
        await recordAudit(tx, actor, {
          action: 'cultivation.task.update',
          entity: 'cultivation_task',
          entityId: id,
          before,
          after,
        });
        const [task] = await tasksWhere(tx, sql`k.id = ${id}`, 1);
        return task as NonNullable<typeof task>;
      });
    },

    /** Records the year's outcome (申报, 认定, 未通过 with a reason); a later word for the same year replaces it. */
    async putOutcome(actor: Actor | null, orgId: number, body: In<typeof outcomeBodySchema>) {
      const who = admin(actor);
      await db.transaction(async (tx) => {
        await entryOrThrow(tx, orgId);
        const [before] = await tx
          .select()
          .from(cultivationOutcomes)
          .where(and(eq(cultivationOutcomes.orgId, orgId), eq(cultivationOutcomes.year, body.year)));
        const values = {
          orgId,
          year: body.year,
          outcome: body.outcome,
          reason: body.reason ?? null,
          recordedBy: who.userId,
          recordedAt: clock.now(),
        };
        await tx
          .insert(cultivationOutcomes)
          .values(values)
          .onConflictDoUpdate({ target: [cultivationOutcomes.orgId, cultivationOutcomes.year], set: values });
        await recordAudit(tx, actor, {
          action: 'cultivation.outcome.record',
          entity: 'cultivation_pool',
          entityId: orgId,
          before,
          after: values,
        });
      });
      return this.card(actor, orgId);
    },

    async stats(actor: Actor | null) {
      admin(actor);
      return poolStats(db);
    },

    async owners(actor: Actor | null) {
      admin(actor);
      return { items: await activeAdmins(db) };
    },

    /**
     * Open tasks of the pool that the actor owns or is assigned, due within 14 days or overdue (the workbench's
     * count), soonest first, a page; searched by the task's title or the enterprise's name.
     */
    async myTasks(actor: Actor | null, q: { q?: string | undefined; page: number; pageSize: number }) {
      const who = admin(actor);
      const until = shanghaiDate(new Date(clock.now().getTime() + 14 * 86_400_000));
      const parts = [
        sql`k.status = 'open' AND k.due_on <= ${until}::date AND (k.assignee_id = ${who.userId}
            OR EXISTS (SELECT 1 FROM cultivation_pool p WHERE p.org_id = k.org_id AND p.owner_id = ${who.userId}))`,
      ];
      if (q.q) parts.push(sql`(k.title ILIKE ${likeFragment(q.q)} OR o.name ILIKE ${likeFragment(q.q)})`);
      const { items, total } = await tasksPage(db, sql.join(parts, sql` AND `), q);
      return pageOf(items, total, q);
    },
  };
}
export type PoolService = ReturnType<typeof createPoolService>;
