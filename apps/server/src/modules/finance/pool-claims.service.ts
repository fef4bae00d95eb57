import {
  compensationOf,
  type PoolClaim,
  type poolClaimDecisionSchema,
  type poolClaimInputSchema,
  type poolClaimListQuerySchema,
} from '@cz/shared/finance';
import { aliasedTable, and, desc, eq, ilike, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { notifyOrg } from '../notification/index.ts';
import { orgDirectory } from '../org/index.ts';
import { financeErrors } from './finance.errors.ts';
import { FINANCE_ACTIONS } from './finance.permissions.ts';
import { financeCases, financeNeeds } from './finance.table.ts';
import { institutionOf } from './institutions.service.ts';
import { paramsOf } from './pools.service.ts';
import {
  financePoolClaims,
  financePoolEntries,
  financePoolMembers,
  financePools,
  type PoolClaimRow,
  type PoolRow,
} from './pools.table.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const enterprise = aliasedTable(orgDirectory, 'enterprise');
const institution = aliasedTable(orgDirectory, 'institution');

/**
 * Claims on a risk-compensation pool: a lender claims for a non-performing loan of a whitelisted enterprise; the
 * office reviews the claim, approves it with the amount the parameters give (committed from the pool's available
 * money, never more than it has) and pays it. A loan is compensated once.
 */
export function createPoolClaimService({ db, clock }: { db: Db; clock: Clock }) {
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
        q.q
          ? or(
              ilike(enterprise.name, likeFragment(q.q)),
              ilike(institution.name, likeFragment(q.q)),
              ilike(financePools.name, likeFragment(q.q)),
            )
          : undefined,
      );
      const [rows, [count]] = await Promise.all([
        claimSelect(db)
          .where(where)
          .orderBy(desc(financePoolClaims.id))
          .limit(pageWindow(q).limit)
          .offset(pageWindow(q).offset),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(financePoolClaims)
          .innerJoin(financePools, eq(financePools.id, financePoolClaims.poolId))
          .innerJoin(financeCases, eq(financeCases.id, financePoolClaims.caseId))
          .innerJoin(financeNeeds, eq(financeNeeds.id, financeCases.needId))
          .innerJoin(enterprise, eq(enterprise.id, financeNeeds.orgId))
          .innerJoin(institution, eq(institution.id, financePoolClaims.institutionOrgId))
          .where(where),
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
export type PoolClaimService = ReturnType<typeof createPoolClaimService>;
