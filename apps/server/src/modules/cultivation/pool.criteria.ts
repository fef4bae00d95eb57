import type {
  buildPoolBodySchema,
  CriteriaListQuery,
  Criterion,
  criterionPatchSchema,
  PoolTier,
} from '@cz/shared/cultivation-api';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { pageOf } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { cultivationErrors } from './cultivation.errors.ts';
import { CULTIVATION_ACTIONS } from './cultivation.permissions.ts';
import { cultivationCriteria, cultivationPool } from './cultivation.table.ts';
import {
  assertActiveOwner,
  criteriaList,
  criterionItem,
  isActiveAdmin,
  matchCounts,
  matchCriteria,
} from './pool.repository.ts';

type In<S extends z.ZodType> = z.infer<S>;
type CriterionRow = typeof cultivationCriteria.$inferSelect;

/**
 * The pool's saved criteria: a standing filter over the latest evaluations that brings enterprises into the pool
 * when saved, again by hand, or after every run over all enterprises (auto_apply); retired, never deleted.
 */
export function createPoolCriteria({ db, clock }: { db: Db; clock: Clock }) {
  const admin = (actor: Actor | null) => authorize(actor, CULTIVATION_ACTIONS.managePool);
  async function criterionOrThrow(tx: Tx, id: number) {
    const [row] = await tx.select().from(cultivationCriteria).where(eq(cultivationCriteria.id, id)).for('update');
    if (!row) throw cultivationErrors.criteriaNotFound();
    return row;
  }

  /**
   * Adds the enterprises a criterion matches that the pool has never held (one removed from the pool stays out), at the
   * criterion's tier and owner, and marks it applied. An owner who is no longer an active administrator is left out
   * (the entries join without one) and named in the answer, so that a nightly application never fails on it.
   */
  async function bringIn(tx: Tx, criterion: CriterionRow, addedBy: number) {
    const matched = await matchCriteria(tx, criterion.filter);
    const ownerDropped =
      criterion.ownerId !== null && !(await isActiveAdmin(tx, criterion.ownerId)) ? criterion.ownerId : null;
    const ownerId = ownerDropped === null ? criterion.ownerId : null;
    const added = matched.length
      ? await tx
          .insert(cultivationPool)
          .values(
            matched.map((orgId) => ({
              orgId,
              tier: criterion.tier,
              ownerId,
              source: 'criteria' as const,
              criteriaId: criterion.id,
              addedBy,
            })),
          )
          .onConflictDoNothing()
          .returning({ orgId: cultivationPool.orgId })
      : [];
    await tx
      .update(cultivationCriteria)
      .set({ appliedAt: clock.now() })
      .where(eq(cultivationCriteria.id, criterion.id));
    return { matched, added: added.map((a) => a.orgId), ownerDropped };
  }

  return {
    /** Saves the criteria and adds every matching enterprise not in the pool yet, at `tier`. */
    async build(actor: Actor | null, body: In<typeof buildPoolBodySchema>) {
      const who = admin(actor);
      return db.transaction(async (tx) => {
        await assertActiveOwner(tx, body.ownerId);
        const [c] = await tx
          .insert(cultivationCriteria)
          .values({
            name: body.name,
            filter: body.filter as Record<string, unknown>,
            tier: body.tier,
            ownerId: body.ownerId ?? null,
            autoApply: body.autoApply,
            createdBy: who.userId,
          })
          .returning();
        const criterion = c as CriterionRow;
        const { matched, added } = await bringIn(tx, criterion, who.userId);
        await recordAudit(tx, actor, {
          action: 'cultivation.pool.build',
          entity: 'cultivation_criteria',
          entityId: criterion.id,
          after: { ...body, matched: matched.length, added },
        });
        return { criteriaId: criterion.id, matched: matched.length, added: added.length };
      });
    },

    /** Saved criteria with what each brought in, how many match now, and how many of those applying would add. */
    async criteria(actor: Actor | null, query: CriteriaListQuery) {
      admin(actor);
      const { items, total, q } = await criteriaList(db, query);
      const counted = [];
      for (const item of items) counted.push({ ...item, ...(await matchCounts(db, item.filter)) });
      return pageOf(counted, total, q);
    },

    /** Applies a saved criterion again: the enterprises that have come to match since join at its tier and owner. */
    async apply(actor: Actor | null, id: number) {
      const who = admin(actor);
      return db.transaction(async (tx) => {
        const criterion = await criterionOrThrow(tx, id);
        if (criterion.status === 'retired') throw cultivationErrors.criteriaRetired();
        const { matched, added, ownerDropped } = await bringIn(tx, criterion, who.userId);
        await recordAudit(tx, actor, {
          action: 'cultivation.criteria.apply',
          entity: 'cultivation_criteria',
          entityId: id,
          after: { matched: matched.length, added, ...(ownerDropped ? { ownerDropped } : {}) },
        });
        return { criteriaId: id, matched: matched.length, added: added.length };
      });
    },

    /** Renames, re-tiers, re-owns, switches the nightly application, or retires (and brings back) a criterion. */
    async patchCriterion(actor: Actor | null, id: number, body: In<typeof criterionPatchSchema>) {
      admin(actor);
      return db.transaction(async (tx) => {
        const before = await criterionOrThrow(tx, id);
        await assertActiveOwner(tx, body.ownerId);
        const status = body.retired === undefined ? before.status : body.retired ? 'retired' : 'active';
        if (status === 'retired' && body.autoApply) throw cultivationErrors.criteriaRetired();
        const set: Partial<typeof cultivationCriteria.$inferInsert> = { status, updatedAt: clock.now() };
        if (body.name !== undefined) set.name = body.name;
        if (body.tier !== undefined) set.tier = body.tier as PoolTier;
        if (body.ownerId !== undefined) set.ownerId = body.ownerId;
        set.autoApply = status === 'retired' ? false : (body.autoApply ?? before.autoApply);
        const [after] = await tx.update(cultivationCriteria).set(set).where(eq(cultivationCriteria.id, id)).returning();
        await recordAudit(tx, actor, {
          action: 'cultivation.criteria.update',
          entity: 'cultivation_criteria',
          entityId: id,
          before,
          after,
        });
        return (await criterionItem(tx, id)) as Criterion;
      });
    },

    /**
     * After a run over every enterprise: each active criterion set to apply nightly brings in the enterprises that
     * match it now, in the run's last transaction, audited as the system's.
     */
    async applyAutomatic(tx: Tx) {
      const rows = await tx
        .select()
        .from(cultivationCriteria)
        .where(and(eq(cultivationCriteria.autoApply, true), eq(cultivationCriteria.status, 'active')))
        .orderBy(cultivationCriteria.id)
        .for('update');
      let total = 0;
      for (const criterion of rows) {
        const { matched, added, ownerDropped } = await bringIn(tx, criterion, criterion.createdBy);
        total += added.length;
        await recordAudit(tx, null, {
          action: 'cultivation.criteria.apply',
          entity: 'cultivation_criteria',
          entityId: criterion.id,
          after: { matched: matched.length, added, automatic: true, ...(ownerDropped ? { ownerDropped } : {}) },
        });
      }
      return total;
    },
  };
}
