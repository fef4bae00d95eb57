import { shanghaiDate } from '@cz/shared';
import type { Pool, PoolParams, poolInputSchema, poolListQuerySchema } from '@cz/shared/finance';
import { compileCondition } from '@cz/shared/policy';
import { aliasedTable, and, asc, desc, eq, ilike, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { type PageQuery, pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { orgDirectory } from '../org/index.ts';
import type { FinancePolicyApi } from './finance.deps.ts';
import { financeErrors } from './finance.errors.ts';
import { FINANCE_ACTIONS } from './finance.permissions.ts';
import { institutionOf } from './institutions.service.ts';
import { financePoolEntries, financePoolMembers, financePools, type PoolRow } from './pools.table.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
/** A pool's compensation parameters as the shared rule takes them. */
export const paramsOf = (p: PoolRow): PoolParams => ({
  directPct: p.directPct,
  guaranteedPct: p.guaranteedPct,
  firstLoanBonus: p.firstLoanBonus,
  pureCreditBonus: p.pureCreditBonus,
  ipPledgeBonus: p.ipPledgeBonus,
  capPct: p.capPct,
});
const _enterprise = aliasedTable(orgDirectory, 'enterprise');
const _institution = aliasedTable(orgDirectory, 'institution');
const memberCount = sql<number>`(SELECT count(*)::int FROM finance_pool_members m WHERE m.pool_id = ${financePools.id})`;

/**
 * 风险补偿资金池: the finance office sets a pool up with its admission rule and compensation parameters and funds it
 * (every movement of money an append-only entry); the whitelist is computed from the rule over the registry. The
 * claims on a pool are pool-claims.service.ts.
 */
export function createPoolService({ db, policy, clock }: { db: Db; policy: FinancePolicyApi; clock: Clock }) {
  const toPool = (p: PoolRow, members: number): Pool => ({
    id: p.id,
    name: p.name,
    description: p.description,
    admission: p.admission ?? null,
    params: paramsOf(p),
    institutionIds: p.institutionIds,
    status: p.status,
    availableFen: p.availableFen,
    committedFen: p.committedFen,
    paidFen: p.paidFen,
    members,
    whitelistAt: iso(p.whitelistAt),
    createdAt: p.createdAt.toISOString(),
  });
  const onePool = async (tx: Tx | Db, id: number) => {
    const [row] = await tx
      .select({ p: financePools, members: memberCount })
      .from(financePools)
      .where(eq(financePools.id, id));
    if (!row) throw financeErrors.poolNotFound();
    return toPool(row.p, row.members);
  };

  return {
    /** The pools: all for the finance office, those covering its loans for an institution. */
    async list(actor: Actor | null, q: z.output<typeof poolListQuerySchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      const office = can(actor, FINANCE_ACTIONS.oversee);
      const inst = office ? null : await institutionOf(db, actor);
      const where = and(
        inst
          ? sql`(cardinality(${financePools.institutionIds}) = 0 OR ${inst.orgId} = ANY(${financePools.institutionIds}))`
          : undefined,
        q.q ? ilike(financePools.name, likeFragment(q.q)) : undefined,
      );
      const [rows, [count]] = await Promise.all([
        db
          .select({ p: financePools, members: memberCount })
          .from(financePools)
          .where(where)
          .orderBy(desc(financePools.id))
          .limit(pageWindow(q).limit)
          .offset(pageWindow(q).offset),
        db.select({ n: sql<number>`count(*)::int` }).from(financePools).where(where),
      ]);
      return pageOf(
        rows.map((r) => toPool(r.p, r.members)),
        count?.n ?? 0,
        q,
      );
    },

    async get(actor: Actor | null, id: number) {
      if (!can(actor, FINANCE_ACTIONS.oversee)) await institutionOf(db, actor);
      return onePool(db, id);
    },

    async create(actor: Actor | null, input: z.output<typeof poolInputSchema>) {
      const who = authorize(actor, FINANCE_ACTIONS.oversee);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(financePools)
          .values({
            name: input.name,
            description: input.description,
            admission: input.admission as PoolRow['admission'],
            ...input.params,
            institutionIds: [...new Set(input.institutionIds)],
            createdBy: who.userId,
            createdAt: clock.now(),
            updatedAt: clock.now(),
          })
          .returning();
        const pool = row as PoolRow;
        await recordAudit(tx, actor, {
          action: 'finance.pool.create',
          entity: 'finance_pool',
          entityId: pool.id,
          after: { name: pool.name, params: paramsOf(pool) },
        });
        return onePool(tx, pool.id);
      });
    },

    /** Adds money to the pool's budget. */
    async fund(actor: Actor | null, id: number, body: { amountFen: number; note: string }) {
      const who = authorize(actor, FINANCE_ACTIONS.oversee);
      return db.transaction(async (tx) => {
        const [pool] = await tx.select().from(financePools).where(eq(financePools.id, id)).for('update');
        if (!pool) throw financeErrors.poolNotFound();
        if (pool.status !== 'active') throw financeErrors.poolClosed();
        await tx.insert(financePoolEntries).values({
          poolId: id,
          kind: 'fund',
          amountFen: body.amountFen,
          actorId: who.userId,
          note: body.note,
          at: clock.now(),
        });
        await recordAudit(tx, actor, {
          action: 'finance.pool.fund',
          entity: 'finance_pool',
          entityId: id,
          before: { availableFen: pool.availableFen },
          after: { availableFen: pool.availableFen + body.amountFen },
        });
        return onePool(tx, id);
      });
    },

    /** Computes the whitelist again from the admission rule over every verified enterprise's facts of today. */
    async computeWhitelist(actor: Actor | null, id: number) {
      authorize(actor, FINANCE_ACTIONS.oversee);
      return db.transaction(async (tx) => {
        const [pool] = await tx.select().from(financePools).where(eq(financePools.id, id)).for('update');
        if (!pool) throw financeErrors.poolNotFound();
        const rule = pool.admission ? compileCondition(pool.admission) : null;
        const now = clock.now();
        const day = shanghaiDate(now);
        await tx.delete(financePoolMembers).where(eq(financePoolMembers.poolId, id));
        let admitted = 0;
        for (let after = 0; ; ) {
          const chunk = await policy.factsPage(tx, day, after, 2000);
          if (chunk.length === 0) break;
          after = chunk.at(-1)?.orgId as number;
          const rows = chunk
            .map((o) => ({ orgId: o.orgId, result: rule ? rule(o.facts) : ('eligible' as const) }))
            .filter((o) => o.result !== 'not_eligible')
            .map((o) => ({
              poolId: id,
              orgId: o.orgId,
              result: o.result as 'eligible' | 'needs_data',
              computedAt: now,
            }));
          if (rows.length > 0) await tx.insert(financePoolMembers).values(rows);
          admitted += rows.length;
        }
        await tx.update(financePools).set({ whitelistAt: now, updatedAt: now }).where(eq(financePools.id, id));
        await recordAudit(tx, actor, {
          action: 'finance.pool.whitelist',
          entity: 'finance_pool',
          entityId: id,
          after: { members: admitted },
        });
        return onePool(tx, id);
      });
    },

    async members(actor: Actor | null, id: number, q: PageQuery & { q?: string }) {
      if (!can(actor, FINANCE_ACTIONS.oversee)) await institutionOf(db, actor);
      const where = and(
        eq(financePoolMembers.poolId, id),
        q.q ? ilike(orgDirectory.name, likeFragment(q.q)) : undefined,
      );
      const [rows, [count]] = await Promise.all([
        db
          .select({ orgId: financePoolMembers.orgId, orgName: orgDirectory.name, result: financePoolMembers.result })
          .from(financePoolMembers)
          .innerJoin(orgDirectory, eq(orgDirectory.id, financePoolMembers.orgId))
          .where(where)
          .orderBy(asc(orgDirectory.name))
          .limit(pageWindow(q).limit)
          .offset(pageWindow(q).offset),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(financePoolMembers)
          .innerJoin(orgDirectory, eq(orgDirectory.id, financePoolMembers.orgId))
          .where(where),
      ]);
      return pageOf(rows, count?.n ?? 0, q);
    },
  };
}
export type PoolService = ReturnType<typeof createPoolService>;
