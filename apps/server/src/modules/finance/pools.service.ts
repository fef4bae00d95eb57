import { shanghaiDate } from '@cz/shared';
import {
  compensationOf,
  type Pool,
  type PoolClaim,
  type PoolParams,
  type poolClaimDecisionSchema,
  type poolClaimInputSchema,
  type poolClaimListQuerySchema,
  type poolInputSchema,
} from '@cz/shared/finance';
import { compileCondition } from '@cz/shared/policy';
import { aliasedTable, and, asc, desc, eq, ilike, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { type PageQuery, pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { notifyOrg } from '../notification/index.ts';
import { orgDirectory } from '../org/index.ts';
import type { FinancePolicyApi } from './finance.deps.ts';
import { financeErrors } from './finance.errors.ts';
import { FINANCE_ACTIONS } from './finance.permissions.ts';
import { financeCases, financeNeeds } from './finance.table.ts';
import { institutionOf } from './institutions.service.ts';
import {
  financePoolClaims,
  financePoolEntries,
  financePoolMembers,
  financePools,
  type PoolClaimRow,
  type PoolRow,
} from './pools.table.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const paramsOf = (p: PoolRow): PoolParams => ({
  directPct: p.directPct,
  guaranteedPct: p.guaranteedPct,
  firstLoanBonus: p.firstLoanBonus,
  pureCreditBonus: p.pureCreditBonus,
  ipPledgeBonus: p.ipPledgeBonus,
  capPct: p.capPct,
});
const enterprise = aliasedTable(orgDirectory, 'enterprise');
const institution = aliasedTable(orgDirectory, 'institution');
const memberCount = sql<number>`(SELECT count(*)::int FROM finance_pool_members m WHERE m.pool_id = ${financePools.id})`;

/**
 * 风险补偿资金池: the finance office sets a pool up with its admission rule and compensation parameters and funds it;
 * the whitelist is computed from the rule over the registry; a lender claims for a non-performing loan of a
 * whitelisted enterprise; the office reviews the claim, approves it with the amount the parameters give (committed
 * from the pool's available money, never more than it has) and pays it. Every movement of money is an append-only
 * entry; a loan is compensated once.
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

  const claimSelect = (tx: Tx | Db) =>
    tx
      .select({
        c: financePoolClaims,
        pool: financePools,
        orgName: enterprise.name,
        institutionName: institution.name,
        disbursedFen: financeCases.disbursedFen,
      })
      .from(financePoolClaims)
      .innerJoin(financePools, eq(financePools.id, financePoolClaims.poolId))
      .innerJoin(financeCases, eq(financeCases.id, financePoolClaims.caseId))
      .innerJoin(financeNeeds, eq(financeNeeds.id, financeCases.needId))
      .innerJoin(enterprise, eq(enterprise.id, financeNeeds.orgId))
      .innerJoin(institution, eq(institution.id, financePoolClaims.institutionOrgId));
  type ClaimJoined = Awaited<ReturnType<ReturnType<typeof claimSelect>['where']>>[number];
  const toClaim = (r: ClaimJoined): PoolClaim => {
    const c = r.c;
    // Before approval the share is what the pool's parameters give now; once approved it is the one fixed then.
    const now = compensationOf(paramsOf(r.pool), {
      lossFen: c.lossFen,
      guaranteed: c.guaranteed,
      firstLoan: c.firstLoan,
      pureCredit: c.pureCredit,
      ipPledge: c.ipPledge,
    });
    return {
      id: c.id,
      poolId: c.poolId,
      poolName: r.pool.name,
      caseId: c.caseId,
      orgName: r.orgName,
      institutionOrgId: c.institutionOrgId,
      institutionName: r.institutionName,
      disbursedFen: r.disbursedFen ?? 0,
      lossFen: c.lossFen,
      guaranteed: c.guaranteed,
      firstLoan: c.firstLoan,
      pureCredit: c.pureCredit,
      ipPledge: c.ipPledge,
      note: c.note,
      status: c.status,
      pct: c.pct ?? now.pct,
      amountFen: c.amountFen ?? now.amountFen,
      lines: now.lines,
      reviewNote: c.reviewNote,
      submittedAt: c.submittedAt.toISOString(),
      paidAt: iso(c.paidAt),
    };
  };
  const oneClaim = async (tx: Tx | Db, id: number) => {
    const [row] = await claimSelect(tx).where(eq(financePoolClaims.id, id));
    if (!row) throw financeErrors.claimNotFound();
    return toClaim(row);
  };

  return {
    /** The pools: all for the finance office, those covering its loans for an institution. */
    async list(actor: Actor | null) {
      if (!actor) throw commonErrors.unauthenticated();
      const office = can(actor, FINANCE_ACTIONS.oversee);
      const inst = office ? null : await institutionOf(db, actor);
      const rows = await db
        .select({ p: financePools, members: memberCount })
        .from(financePools)
        .where(
          inst
            ? sql`(cardinality(${financePools.institutionIds}) = 0 OR ${inst.orgId} = ANY(${financePools.institutionIds}))`
            : undefined,
        )
        .orderBy(desc(financePools.id));
      return { items: rows.map((r) => toPool(r.p, r.members)) };
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

    /** A lender claims for a non-performing loan of a whitelisted enterprise; the first-loan mark is the platform's. */
    async claim(actor: Actor | null, poolId: number, input: z.output<typeof poolClaimInputSchema>) {
      return db.transaction(async (tx) => {
        const inst = await institutionOf(tx, actor);
        const [pool] = await tx.select().from(financePools).where(eq(financePools.id, poolId)).for('update');
        if (!pool) throw financeErrors.poolNotFound();
        if (pool.status !== 'active') throw financeErrors.poolClosed();
        if (pool.institutionIds.length > 0 && !pool.institutionIds.includes(inst.orgId))
          throw financeErrors.notCovered();
        const [loan] = await tx
          .select({ c: financeCases, orgId: financeNeeds.orgId })
          .from(financeCases)
          .innerJoin(financeNeeds, eq(financeNeeds.id, financeCases.needId))
          .where(eq(financeCases.id, input.caseId))
          .for('update', { of: financeCases });
        if (!loan || loan.c.institutionOrgId !== inst.orgId) throw financeErrors.caseNotFound();
        if (loan.c.status !== 'non_performing') throw financeErrors.caseState('only a non-performing loan is claimed');
        if (input.lossFen > (loan.c.disbursedFen ?? 0)) throw financeErrors.lossOverLoan();
        const [member] = await tx
          .select()
          .from(financePoolMembers)
          .where(and(eq(financePoolMembers.poolId, poolId), eq(financePoolMembers.orgId, loan.orgId)));
        if (!member) throw financeErrors.notWhitelisted();
        // 首贷: no loan of the enterprise was disbursed before this one, by anyone on the platform.
        const [earlier] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(financeCases)
          .innerJoin(financeNeeds, eq(financeNeeds.id, financeCases.needId))
          .where(
            and(
              eq(financeNeeds.orgId, loan.orgId),
              ne(financeCases.id, loan.c.id),
              lt(financeCases.disbursedOn, loan.c.disbursedOn as string),
            ),
          );
        const inserted = await tx
          .insert(financePoolClaims)
          .values({
            poolId,
            caseId: loan.c.id,
            institutionOrgId: inst.orgId,
            lossFen: input.lossFen,
            guaranteed: input.guaranteed,
            firstLoan: (earlier?.n ?? 0) === 0,
            pureCredit: input.pureCredit,
            ipPledge: input.ipPledge,
            note: input.note,
            submittedBy: (actor as Actor).userId,
            submittedAt: clock.now(),
          })
          .onConflictDoNothing()
          .returning();
        const claim = inserted[0];
        if (!claim) throw financeErrors.alreadyClaimed();
        await recordAudit(tx, actor, {
          action: 'finance.pool_claim.submit',
          entity: 'finance_pool_claim',
          entityId: claim.id,
          after: { poolId, caseId: claim.caseId, lossFen: claim.lossFen, firstLoan: claim.firstLoan },
        });
        return oneClaim(tx, claim.id);
      });
    },

    async claims(actor: Actor | null, q: z.output<typeof poolClaimListQuerySchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      let scope: SQL | undefined;
      if (q.scope === 'institution')
        scope = eq(financePoolClaims.institutionOrgId, (await institutionOf(db, actor)).orgId);
      else authorize(actor, FINANCE_ACTIONS.oversee);
      const where = and(
        scope,
        q.poolId ? eq(financePoolClaims.poolId, q.poolId) : undefined,
        q.status ? eq(financePoolClaims.status, q.status) : undefined,
      );
      const [rows, [count]] = await Promise.all([
        claimSelect(db)
          .where(where)
          .orderBy(desc(financePoolClaims.id))
          .limit(pageWindow(q).limit)
          .offset(pageWindow(q).offset),
        db.select({ n: sql<number>`count(*)::int` }).from(financePoolClaims).where(where),
      ]);
      return pageOf(rows.map(toClaim), count?.n ?? 0, q);
    },

    async getClaim(actor: Actor | null, id: number) {
      const c = await oneClaim(db, id);
      if (!can(actor, FINANCE_ACTIONS.oversee) && (await institutionOf(db, actor)).orgId !== c.institutionOrgId)
        throw financeErrors.claimNotFound();
      return c;
    },

    /**
     * The finance office's steps on a claim: review (or reject), approve with the computed amount committed from the
     * pool's available money (refused when the pool has less), pay what was committed.
     */
    async decide(actor: Actor | null, id: number, body: z.output<typeof poolClaimDecisionSchema>) {
      const who = authorize(actor, FINANCE_ACTIONS.oversee);
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(financePoolClaims).where(eq(financePoolClaims.id, id)).for('update');
        if (!before) throw financeErrors.claimNotFound();
        const from: Record<typeof body.action, PoolClaimRow['status'][]> = {
          review: ['submitted'],
          reject: ['submitted', 'reviewed'],
          approve: ['reviewed'],
          pay: ['approved'],
        };
        if (!from[body.action].includes(before.status))
          throw financeErrors.claimState(`cannot ${body.action} a claim that is ${before.status}`);
        const now = clock.now();
        const values: Partial<PoolClaimRow> = { reviewNote: body.note || before.reviewNote };
        if (body.action === 'review')
          Object.assign(values, { status: 'reviewed', reviewedBy: who.userId, reviewedAt: now });
        if (body.action === 'reject') values.status = 'rejected';
        if (body.action === 'approve') {
          const [pool] = await tx.select().from(financePools).where(eq(financePools.id, before.poolId)).for('update');
          const c = compensationOf(paramsOf(pool as PoolRow), {
            lossFen: before.lossFen,
            guaranteed: before.guaranteed,
            firstLoan: before.firstLoan,
            pureCredit: before.pureCredit,
            ipPledge: before.ipPledge,
          });
          if (c.amountFen > (pool?.availableFen ?? 0))
            throw financeErrors.poolShort(`the claim needs ${c.amountFen} fen; the pool has ${pool?.availableFen}`);
          Object.assign(values, {
            status: 'approved',
            pct: c.pct,
            amountFen: c.amountFen,
            approvedBy: who.userId,
            approvedAt: now,
          });
          if (c.amountFen > 0)
            await tx.insert(financePoolEntries).values({
              poolId: before.poolId,
              kind: 'commit',
              amountFen: c.amountFen,
              claimId: id,
              actorId: who.userId,
              at: now,
            });
        }
        if (body.action === 'pay') {
          Object.assign(values, { status: 'paid', paidBy: who.userId, paidAt: now });
          if ((before.amountFen ?? 0) > 0)
            await tx.insert(financePoolEntries).values({
              poolId: before.poolId,
              kind: 'pay',
              amountFen: before.amountFen as number,
              claimId: id,
              actorId: who.userId,
              at: now,
            });
        }
        const [after] = await tx.update(financePoolClaims).set(values).where(eq(financePoolClaims.id, id)).returning();
        await notifyOrg(tx, before.institutionOrgId, {
          kind: 'finance.pool_claim_step',
          params: { id, status: after?.status ?? '' },
          link: '/finance-desk/pool-claims',
        });
        await recordAudit(tx, actor, {
          action: `finance.pool_claim.${body.action}`,
          entity: 'finance_pool_claim',
          entityId: id,
          before: { status: before.status },
          after: { status: after?.status, pct: after?.pct, amountFen: after?.amountFen },
        });
        return oneClaim(tx, id);
      });
    },
  };
}
export type PoolService = ReturnType<typeof createPoolService>;
