import { shanghaiDate } from '@cz/shared';
import {
  type FinanceNeed,
  type financeNeedInputSchema,
  type financeNeedListQuerySchema,
  firstContactDue,
  OPEN_CASE_STATUSES,
  precheck,
  type precheckListQuerySchema,
} from '@cz/shared/finance';
import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { notifyAdmins, notifyOrg } from '../notification/index.ts';
import { orgDirectory } from '../org/index.ts';
import type { FinancePolicyApi } from './finance.deps.ts';
import { financeErrors } from './finance.errors.ts';
import { FINANCE_ACTIONS } from './finance.permissions.ts';
import { financeCases, financeNeeds, financePushes } from './finance.table.ts';
import { institutionOf } from './institutions.service.ts';
import { explain, pushTargets, rankAll } from './matching.ts';
import type { NeedRepository } from './needs.repository.ts';
import type { ProductRepository } from './products.repository.ts';
import type { FinanceSettingsService } from './settings.service.ts';

/**
 * 企业融资需求信息库: an enterprise posts what it needs and what it can offer; the need goes at once to the
 * institutions whose published products fit it (pre-checked on the enterprise's facts and the need's terms), and
 * one of them must make first contact within the configured working days, or the finance office is told. An
 * institution claims a need (a loan case starts) or passes on it.
 */
export function createNeedService({
  db,
  needs,
  products,
  settings,
  policy,
  clock,
}: {
  db: Db;
  needs: NeedRepository;
  products: ProductRepository;
  settings: FinanceSettingsService;
  policy: FinancePolicyApi;
  clock: Clock;
}) {
  const today = () => shanghaiDate(clock.now());

  /** The acting member's enterprise, verified. */
  async function enterpriseOf(tx: Tx, actor: Actor | null) {
    if (!actor) throw commonErrors.unauthenticated();
    if (!actor.orgId) throw financeErrors.notEnterprise();
    const [org] = await tx.select().from(orgDirectory).where(eq(orgDirectory.id, actor.orgId));
    if (org?.kind !== 'enterprise' || org.status !== 'verified') throw financeErrors.notEnterprise();
    return org;
  }

  /** A need as the actor may read it: its enterprise and the finance office fully, a pushed institution its push. */
  async function readable(tx: Tx | Db, actor: Actor | null, id: number): Promise<FinanceNeed> {
    if (!actor) throw commonErrors.unauthenticated();
    const need = await needs.view(tx, id);
    if (!need) throw financeErrors.needNotFound();
    if (need.orgId === actor.orgId || can(actor, FINANCE_ACTIONS.oversee)) return need;
    if (actor.orgId && need.pushes.some((p) => p.institutionOrgId === actor.orgId))
      return (await needs.view(tx, id, actor.orgId)) as FinanceNeed;
    throw financeErrors.needNotFound();
  }

  /** The pre-check of every published lending product for a need, on its enterprise's facts of today. */
  async function checkNeed(
    tx: Tx | Db,
    need: Pick<FinanceNeed, 'orgId' | 'amountFen' | 'termMonths' | 'guaranteeOffered' | 'collateral' | 'rateCeilingBp'>,
  ) {
    // One after another: inside a transaction the two share its connection.
    const { products: all, lprBp } = await products.published(tx);
    const facts = (await policy.factsOf(tx, need.orgId, today()))?.facts ?? {};
    return { ranked: rankAll(all, facts, need, lprBp), facts, lprBp };
  }

  return {
    checkNeed,

    async list(actor: Actor | null, q: z.output<typeof financeNeedListQuerySchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      const filter = { status: q.status, q: q.q, overdueBefore: q.overdue ? today() : undefined };
      let institution: number | undefined;
      if (q.scope === 'mine') {
        if (!actor.orgId) throw financeErrors.notEnterprise();
        Object.assign(filter, { orgId: actor.orgId });
      } else if (q.scope === 'pushed') {
        institution = (await institutionOf(db, actor)).orgId;
        Object.assign(filter, { pushedTo: institution });
      } else authorize(actor, FINANCE_ACTIONS.oversee);
      const { items, total } = await needs.list(db, filter, pageWindow(q), institution);
      return pageOf(items, total, q);
    },

    get: (actor: Actor | null, id: number) => readable(db, actor, id),

    /**
     * Every lending product checked for the need, for its enterprise and the finance office: a page of them, eligible
     * first (or only those of one result), with how many gave each result.
     */
    async prechecks(actor: Actor | null, id: number, q: z.output<typeof precheckListQuerySchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      // The need's row alone (not its pushes): only its enterprise and the finance office see this.
      const need = await needs.byId(db, id);
      if (!need || (need.orgId !== actor.orgId && !can(actor, FINANCE_ACTIONS.oversee)))
        throw financeErrors.needNotFound();
      const { ranked, facts, lprBp } = await checkNeed(db, need);
      const counts = { eligible: 0, needs_data: 0, not_eligible: 0 };
      for (const r of ranked) counts[r.result]++;
      const chosen = q.result ? ranked.filter((r) => r.result === q.result) : ranked;
      const { limit, offset } = pageWindow(q);
      // Only the page shown is explained: its sentences are built for at most a page of products.
      const items = chosen.slice(offset, offset + limit).map((r) => ({
        productId: r.product.id,
        productName: r.product.name,
        institutionName: r.product.institutionName,
        ...explain(r, facts, need, lprBp),
      }));
      return { ...pageOf(items, chosen.length, q), counts };
    },

    /**
     * One product checked for the acting member's enterprise: on its facts alone, or with one of its needs.
     * An unpublished product is checked only for the finance office and the product's institution.
     */
    async productCheck(actor: Actor | null, productId: number, needId?: number) {
      if (!actor?.orgId) throw financeErrors.notEnterprise();
      const product = await products.view(db, productId);
      if (!product || (product.status !== 'published' && product.institutionOrgId !== actor.orgId))
        throw financeErrors.productNotFound();
      let need = null;
      if (needId) {
        const row = await needs.byId(db, needId);
        if (!row || row.orgId !== actor.orgId) throw financeErrors.needNotFound();
        need = row;
      }
      const [facts, s] = await Promise.all([policy.factsOf(db, actor.orgId, today()), settings.read(db)]);
      return {
        productId,
        productName: product.name,
        institutionName: product.institutionName,
        ...precheck(product, facts?.facts ?? {}, need, s.lprBp),
      };
    },

    /** Posts a need and pushes it to the institutions whose products fit; they are told. */
    async post(actor: Actor | null, input: z.output<typeof financeNeedInputSchema>) {
      return db.transaction(async (tx) => {
        const org = await enterpriseOf(tx, actor);
        const day = today();
        if (input.neededBy < day) throw financeErrors.neededByPast(`${input.neededBy} is before ${day}`);
        const s = await settings.read(tx);
        const cal = await policy.calendar(tx);
        const now = clock.now();
        const [row] = await tx
          .insert(financeNeeds)
          .values({
            ...input,
            guaranteeOffered: [...new Set(input.guaranteeOffered)],
            collateral: [...new Set(input.collateral)],
            orgId: org.id,
            postedBy: (actor as Actor).userId,
            postedAt: now,
            updatedAt: now,
            firstContactDue: firstContactDue(day, s.firstContactDays, cal),
          })
          .returning();
        const need = row as typeof financeNeeds.$inferSelect;
        const targets = pushTargets((await checkNeed(tx, need)).ranked);
        if (targets.size > 0)
          await tx.insert(financePushes).values(
            [...targets].map(([institutionOrgId, productIds]) => ({
              needId: need.id,
              institutionOrgId,
              productIds,
              pushedAt: now,
            })),
          );
        for (const institution of targets.keys())
          await notifyOrg(tx, institution, {
            kind: 'finance.need_pushed',
            params: { org: org.name, amount: need.amountFen, due: need.firstContactDue },
            link: `/finance-desk/needs/${need.id}`,
          });
        await recordAudit(tx, actor, {
          action: 'finance.need.post',
          entity: 'finance_need',
          entityId: need.id,
          after: {
            amountFen: need.amountFen,
            termMonths: need.termMonths,
            firstContactDue: need.firstContactDue,
            pushedTo: [...targets.keys()],
          },
        });
        return (await needs.view(tx, need.id)) as FinanceNeed;
      });
    },

    /** The enterprise withdraws a need nobody has claimed, or closes one with no case still open. */
    async end(actor: Actor | null, id: number, how: 'withdraw' | 'close') {
      return db.transaction(async (tx) => {
        const before = await needs.byId(tx, id, true);
        if (!before || before.orgId !== actor?.orgId) throw financeErrors.needNotFound();
        const [open] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(financeCases)
          .where(and(eq(financeCases.needId, id), inArray(financeCases.status, [...OPEN_CASE_STATUSES])));
        const ok =
          how === 'withdraw'
            ? before.status === 'open' && (open?.n ?? 0) === 0
            : ['open', 'in_progress'].includes(before.status) && (open?.n ?? 0) === 0;
        if (!ok) throw financeErrors.needState(`cannot ${how} a need that is ${before.status} with open cases`);
        const now = clock.now();
        const status = how === 'withdraw' ? 'withdrawn' : 'closed';
        await tx.update(financeNeeds).set({ status, closedAt: now, updatedAt: now }).where(eq(financeNeeds.id, id));
        await recordAudit(tx, actor, {
          action: `finance.need.${how}`,
          entity: 'finance_need',
          entityId: id,
          before: { status: before.status },
          after: { status },
        });
        return (await needs.view(tx, id)) as FinanceNeed;
      });
    },

    /** The finance office sends a need to another institution (after an escalation, say). */
    async pushTo(actor: Actor | null, id: number, institutionOrgId: number) {
      const who = authorize(actor, FINANCE_ACTIONS.oversee);
      return db.transaction(async (tx) => {
        const need = await needs.byId(tx, id, true);
        if (!need) throw financeErrors.needNotFound();
        if (!['open', 'in_progress'].includes(need.status)) throw financeErrors.needState();
        const [inst] = await tx.select().from(orgDirectory).where(eq(orgDirectory.id, institutionOrgId));
        if (inst?.kind !== 'finance' || inst.status !== 'verified') throw financeErrors.notLendingInstitution();
        const checked = (await checkNeed(tx, need)).ranked.filter(
          (r) => r.product.institutionOrgId === institutionOrgId,
        );
        const inserted = await tx
          .insert(financePushes)
          .values({
            needId: id,
            institutionOrgId,
            productIds: checked.filter((r) => r.result !== 'not_eligible').map((r) => r.product.id),
            pushedBy: who.userId,
            pushedAt: clock.now(),
          })
          .onConflictDoNothing()
          .returning();
        if (inserted.length > 0) {
          const [owner] = await tx
            .select({ name: orgDirectory.name })
            .from(orgDirectory)
            .where(eq(orgDirectory.id, need.orgId));
          await notifyOrg(tx, institutionOrgId, {
            kind: 'finance.need_pushed',
            params: { org: owner?.name ?? '', amount: need.amountFen, due: need.firstContactDue },
            link: `/finance-desk/needs/${id}`,
          });
          await recordAudit(tx, actor, {
            action: 'finance.need.push',
            entity: 'finance_need',
            entityId: id,
            after: { institutionOrgId },
          });
        }
        return (await needs.view(tx, id)) as FinanceNeed;
      });
    },

    /** An institution passes on a need pushed to it. */
    async pass(actor: Actor | null, id: number) {
      return db.transaction(async (tx) => {
        const inst = await institutionOf(tx, actor);
        const push = await needs.push(tx, id, inst.orgId, true);
        if (!push) throw financeErrors.notPushed();
        if (push.status !== 'pushed') throw financeErrors.needState('this push was answered already');
        await tx
          .update(financePushes)
          .set({ status: 'passed', answeredBy: (actor as Actor).userId, answeredAt: clock.now() })
          .where(and(eq(financePushes.needId, id), eq(financePushes.institutionOrgId, inst.orgId)));
        await recordAudit(tx, actor, {
          action: 'finance.need.pass',
          entity: 'finance_need',
          entityId: id,
          after: { institutionOrgId: inst.orgId },
        });
        return readable(tx, actor, id);
      });
    },

    /**
     * Needs nobody contacted by their first-contact day go to the finance office (once each): the job runs every
     * quarter of an hour. Needs still unclaimed after the day they were needed by expire.
     */
    async sweep(): Promise<{ escalated: number; expired: number }> {
      return db.transaction(async (tx) => {
        const day = today();
        const now = clock.now();
        const late = await tx
          .update(financeNeeds)
          .set({ escalatedAt: now })
          .where(
            and(
              isNull(financeNeeds.firstContactAt),
              isNull(financeNeeds.escalatedAt),
              inArray(financeNeeds.status, ['open', 'in_progress']),
              lt(financeNeeds.firstContactDue, day),
            ),
          )
          .returning({ id: financeNeeds.id, due: financeNeeds.firstContactDue });
        for (const n of late)
          await notifyAdmins(tx, {
            kind: 'finance.need_escalated',
            params: { id: n.id, due: n.due },
            link: `/admin/finance/needs/${n.id}`,
          });
        const expired = await tx
          .update(financeNeeds)
          .set({ status: 'expired', closedAt: now, updatedAt: now })
          .where(and(eq(financeNeeds.status, 'open'), lt(financeNeeds.neededBy, day)))
          .returning({ id: financeNeeds.id });
        if (late.length + expired.length > 0)
          await recordAudit(tx, null, {
            action: 'finance.need.sweep',
            entity: 'finance_need',
            entityId: null,
            after: { escalated: late.map((n) => n.id), expired: expired.map((n) => n.id) },
          });
        return { escalated: late.length, expired: expired.length };
      });
    },

    /** Monday's digest: each institution is told how many needs pushed to it wait for an answer. */
    async digest(): Promise<number> {
      return db.transaction(async (tx) => {
        const rows = await tx
          .select({ org: financePushes.institutionOrgId, n: sql<number>`count(*)::int` })
          .from(financePushes)
          .innerJoin(financeNeeds, eq(financeNeeds.id, financePushes.needId))
          .where(and(eq(financePushes.status, 'pushed'), inArray(financeNeeds.status, ['open', 'in_progress'])))
          .groupBy(financePushes.institutionOrgId);
        for (const r of rows)
          await notifyOrg(tx, r.org, {
            kind: 'finance.needs_digest',
            params: { count: r.n },
            link: '/finance-desk/needs?status=open',
          });
        return rows.length;
      });
    },
  };
}
export type NeedService = ReturnType<typeof createNeedService>;
