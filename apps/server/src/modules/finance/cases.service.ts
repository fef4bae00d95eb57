import { shanghaiDate } from '@cz/shared';
import {
  CASE_TRANSITIONS,
  type CaseStatus,
  type caseListQuerySchema,
  type caseStepSchema,
  type LoanCase,
  OPEN_CASE_STATUSES,
} from '@cz/shared/finance';
import { aliasedTable, and, asc, desc, eq, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { userDirectory } from '../identity/index.ts';
import { notifyOrg } from '../notification/index.ts';
import { orgDirectory } from '../org/index.ts';
import { financeErrors } from './finance.errors.ts';
import { FINANCE_ACTIONS } from './finance.permissions.ts';
import {
  type CaseRow,
  financeCaseEvents,
  financeCases,
  financeNeeds,
  financeProducts,
  financePushes,
} from './finance.table.ts';
import { institutionOf } from './institutions.service.ts';
import { pledgeBeforeDisbursement } from './pledges.service.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const enterprise = aliasedTable(orgDirectory, 'enterprise');
const institution = aliasedTable(orgDirectory, 'institution');

/**
 * 贷款案件: an institution claims a pushed need and takes it through contact, due diligence, a decision (approved with
 * its amount, rate and term, or declined with a reason code) and disbursement to repayment or non-performance.
 * Every step is audited, kept in the case's history and told to the enterprise; the database holds the order.
 */
export function createCaseService({ db, clock }: { db: Db; clock: Clock }) {
  const select = (tx: Tx | Db) =>
    tx
      .select({
        c: financeCases,
        orgId: financeNeeds.orgId,
        orgName: enterprise.name,
        institutionName: institution.name,
        productName: financeProducts.name,
      })
      .from(financeCases)
      .innerJoin(financeNeeds, eq(financeNeeds.id, financeCases.needId))
      .innerJoin(enterprise, eq(enterprise.id, financeNeeds.orgId))
      .innerJoin(institution, eq(institution.id, financeCases.institutionOrgId))
      .leftJoin(financeProducts, eq(financeProducts.id, financeCases.productId));
  type Selected = Awaited<ReturnType<ReturnType<typeof select>['where']>>[number];

  async function withEvents(tx: Tx | Db, rows: Selected[]): Promise<LoanCase[]> {
    const ids = rows.map((r) => r.c.id);
    const events =
      ids.length === 0
        ? []
        : await tx
            .select({ e: financeCaseEvents, byName: userDirectory.displayName })
            .from(financeCaseEvents)
            .innerJoin(userDirectory, eq(userDirectory.id, financeCaseEvents.byUser))
            .where(inArray(financeCaseEvents.caseId, ids))
            .orderBy(asc(financeCaseEvents.id));
    return rows.map(({ c, orgId, orgName, institutionName, productName }) => ({
      id: c.id,
      needId: c.needId,
      orgId,
      orgName,
      institutionOrgId: c.institutionOrgId,
      institutionName,
      productId: c.productId,
      productName,
      status: c.status,
      requestedFen: c.requestedFen,
      approvedFen: c.approvedFen,
      rateBp: c.rateBp,
      termMonths: c.termMonths,
      declineReason: c.declineReason,
      disbursedFen: c.disbursedFen,
      disbursedOn: c.disbursedOn,
      claimedAt: c.claimedAt.toISOString(),
      contactedAt: iso(c.contactedAt),
      events: events
        .filter((e) => e.e.caseId === c.id)
        .map((e) => ({ status: e.e.status, note: e.e.note, byName: e.byName ?? '', at: e.e.at.toISOString() })),
    }));
  }

  const one = async (tx: Tx | Db, id: number) => {
    const rows = await select(tx).where(eq(financeCases.id, id));
    return (await withEvents(tx, rows))[0] as LoanCase;
  };

  async function event(tx: Tx, caseId: number, status: CaseStatus, note: string, userId: number) {
    await tx.insert(financeCaseEvents).values({ caseId, status, note, byUser: userId, at: clock.now() });
  }

  return {
    async list(actor: Actor | null, q: z.output<typeof caseListQuerySchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      let scope: SQL | undefined;
      if (q.scope === 'mine') {
        if (!actor.orgId) throw financeErrors.notEnterprise();
        scope = eq(financeNeeds.orgId, actor.orgId);
      } else if (q.scope === 'institution')
        scope = eq(financeCases.institutionOrgId, (await institutionOf(db, actor)).orgId);
      else authorize(actor, FINANCE_ACTIONS.oversee);
      const where = and(
        scope,
        q.status ? eq(financeCases.status, q.status) : undefined,
        q.needId ? eq(financeCases.needId, q.needId) : undefined,
        q.q
          ? or(
              ilike(enterprise.name, likeFragment(q.q)),
              ilike(institution.name, likeFragment(q.q)),
              ilike(financeProducts.name, likeFragment(q.q)),
            )
          : undefined,
      );
      const [rows, [count]] = await Promise.all([
        select(db)
          .where(where)
          .orderBy(desc(financeCases.updatedAt), desc(financeCases.id))
          .limit(pageWindow(q).limit)
          .offset(pageWindow(q).offset),
        // The count joins what the search may name (the enterprise, the institution, the product).
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(financeCases)
          .innerJoin(financeNeeds, eq(financeNeeds.id, financeCases.needId))
          .innerJoin(enterprise, eq(enterprise.id, financeNeeds.orgId))
          .innerJoin(institution, eq(institution.id, financeCases.institutionOrgId))
          .leftJoin(financeProducts, eq(financeProducts.id, financeCases.productId))
          .where(where),
      ]);
      return pageOf(await withEvents(db, rows), count?.n ?? 0, q);
    },

    /** A case for its enterprise, its institution and the finance office. */
    async get(actor: Actor | null, id: number) {
      if (!actor) throw commonErrors.unauthenticated();
      const c = await one(db, id).catch(() => undefined);
      if (!c || !(c.orgId === actor.orgId || c.institutionOrgId === actor.orgId || can(actor, FINANCE_ACTIONS.oversee)))
        throw financeErrors.caseNotFound();
      return c;
    },

    /** An institution claims a need pushed to it: a case starts, the need is in progress, the enterprise is told. */
    async claim(actor: Actor | null, needId: number, productId: number | null) {
      return db.transaction(async (tx) => {
        const inst = await institutionOf(tx, actor);
        const who = actor as Actor;
        const [push] = await tx
          .select()
          .from(financePushes)
          .where(and(eq(financePushes.needId, needId), eq(financePushes.institutionOrgId, inst.orgId)))
          .for('update');
        if (!push) throw financeErrors.notPushed();
        if (push.status !== 'pushed') throw financeErrors.needState('this push was answered already');
        const [need] = await tx.select().from(financeNeeds).where(eq(financeNeeds.id, needId)).for('update');
        if (!need || !['open', 'in_progress'].includes(need.status)) throw financeErrors.needState();
        if (productId !== null) {
          const [p] = await tx.select().from(financeProducts).where(eq(financeProducts.id, productId));
          if (!p || p.institutionOrgId !== inst.orgId) throw financeErrors.productNotFound();
        }
        const now = clock.now();
        const [row] = await tx
          .insert(financeCases)
          .values({
            needId,
            institutionOrgId: inst.orgId,
            productId,
            requestedFen: need.amountFen,
            claimedBy: who.userId,
            claimedAt: now,
            updatedAt: now,
          })
          .returning();
        const c = row as CaseRow;
        await tx
          .update(financePushes)
          .set({ status: 'claimed', answeredBy: who.userId, answeredAt: now })
          .where(and(eq(financePushes.needId, needId), eq(financePushes.institutionOrgId, inst.orgId)));
        if (need.status === 'open')
          await tx
            .update(financeNeeds)
            .set({ status: 'in_progress', updatedAt: now })
            .where(eq(financeNeeds.id, needId));
        await event(tx, c.id, 'claimed', '', who.userId);
        await notifyOrg(tx, need.orgId, {
          kind: 'finance.case_claimed',
          params: { id: c.id },
          link: `/my/finance/needs/${needId}`,
        });
        await recordAudit(tx, actor, {
          action: 'finance.case.claim',
          entity: 'finance_case',
          entityId: c.id,
          after: { needId, institutionOrgId: inst.orgId, productId },
        });
        return one(tx, c.id);
      });
    },

    /** The institution's next step on its case. */
    async step(actor: Actor | null, id: number, body: z.output<typeof caseStepSchema>) {
      return db.transaction(async (tx) => {
        const inst = await institutionOf(tx, actor);
        const who = actor as Actor;
        const [before] = await tx.select().from(financeCases).where(eq(financeCases.id, id)).for('update');
        if (!before || before.institutionOrgId !== inst.orgId) throw financeErrors.caseNotFound();
        const t = CASE_TRANSITIONS[body.action];
        if (!t.from.includes(before.status))
          throw financeErrors.caseState(`cannot ${body.action} a case that is ${before.status}`);
        const now = clock.now();
        const values: Partial<CaseRow> = { status: t.to, updatedAt: now };
        if (body.action === 'contact') values.contactedAt = now;
        if (body.action === 'approve')
          Object.assign(values, { approvedFen: body.amountFen, rateBp: body.rateBp, termMonths: body.termMonths });
        if (body.action === 'decline') values.declineReason = body.reason;
        if (body.action === 'disburse') {
          if (body.amountFen > (before.approvedFen ?? 0)) throw financeErrors.overApproved();
          await pledgeBeforeDisbursement(tx, id, now);
          Object.assign(values, { disbursedFen: body.amountFen, disbursedOn: body.on });
        }
        if (
          (body.action === 'disburse' || body.action === 'repay' || body.action === 'default') &&
          body.on > shanghaiDate(now)
        )
          throw financeErrors.dateFuture(`${body.on} is after today`);
        if (body.action === 'repay' || body.action === 'default') values.endedOn = body.on;
        const [after] = await tx.update(financeCases).set(values).where(eq(financeCases.id, id)).returning();
        // The need follows its cases: first contact stops the clock; a disbursement funds it; a decline with no other
        // open case puts it back to the institutions still holding its push.
        const [need] = await tx.select().from(financeNeeds).where(eq(financeNeeds.id, before.needId)).for('update');
        if (need && body.action === 'contact' && !need.firstContactAt)
          await tx
            .update(financeNeeds)
            .set({ firstContactAt: now, updatedAt: now })
            .where(eq(financeNeeds.id, need.id));
        if (need && body.action === 'disburse' && need.status === 'in_progress')
          await tx
            .update(financeNeeds)
            .set({ status: 'funded', closedAt: now, updatedAt: now })
            .where(eq(financeNeeds.id, need.id));
        if (need && body.action === 'decline' && need.status === 'in_progress') {
          const [others] = await tx
            .select({ n: sql<number>`count(*)::int` })
            .from(financeCases)
            .where(
              and(
                eq(financeCases.needId, need.id),
                ne(financeCases.id, id),
                inArray(financeCases.status, [...OPEN_CASE_STATUSES]),
              ),
            );
          if ((others?.n ?? 0) === 0)
            await tx.update(financeNeeds).set({ status: 'open', updatedAt: now }).where(eq(financeNeeds.id, need.id));
        }
        await event(tx, id, t.to, body.note, who.userId);
        if (need)
          await notifyOrg(tx, need.orgId, {
            kind: 'finance.case_step',
            params: { id, status: t.to },
            link: `/my/finance/needs/${need.id}`,
          });
        await recordAudit(tx, actor, {
          action: `finance.case.${body.action}`,
          entity: 'finance_case',
          entityId: id,
          before: { status: before.status },
          after: {
            status: after?.status,
            approvedFen: after?.approvedFen,
            rateBp: after?.rateBp,
            declineReason: after?.declineReason,
            disbursedFen: after?.disbursedFen,
          },
        });
        return one(tx, id);
      });
    },
  };
}
export type CaseService = ReturnType<typeof createCaseService>;
