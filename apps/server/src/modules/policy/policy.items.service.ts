import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import type { Facts, PolicyItem, PolicyItemInputParsed, PolicyItemListQuery } from '@cz/shared/policy';
import { computeAmount, toItemSummary } from '@cz/shared/policy';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { createCompiledItems } from './policy.compiled.ts';
import { eligibilityOf } from './policy.eligibility.ts';
import { factsOf, loadFacts, type OrgFacts } from './policy.facts.ts';
import { policyItemErrors } from './policy.items.errors.ts';
import { POLICY_ITEM_ACTIONS } from './policy.items.permissions.ts';
import { itemById, itemList, openItems } from './policy.items.repository.ts';
import { policyItems, policyRecheckQueue } from './policy.items.table.ts';
import { markOpened, recordStandings } from './policy.matches.ts';
import type { PolicyRunner } from './policy.runs.ts';
import { toSimulation } from './policy.runs.ts';

const OPEN_ITEMS_TTL_MS = 5000;

const values = (input: PolicyItemInputParsed) => ({
  documentId: input.documentId,
  clause: input.clause,
  title: input.title,
  beneficiaries: input.beneficiaries,
  condition: input.condition,
  amount: input.amount,
  budgetFen: input.budgetFen,
  mode: input.mode,
  opensOn: input.opensOn,
  closesOn: input.closesOn,
  department: input.department,
  materials: input.materials,
  paymentDeadlineDays: input.paymentDeadlineDays,
});

/** Whether the actor is a member of the organisation (its own eligibility) or may read every item (administration). */
const mayReadOrg = (actor: Actor | null, orgId: number) =>
  !!actor && (actor.orgId === orgId || can(actor, POLICY_ITEM_ACTIONS.readAll));

export function createPolicyItemService({ db, clock, runner }: { db: Db; clock: Clock; runner: PolicyRunner }) {
  const today = () => shanghaiDate(clock.now());
  const compiledOf = createCompiledItems();
  // The open items, read again at most every few seconds: "policies that fit me" is asked far more often than items
  // change, and an item published on another instance shows within that time.
  let open: { on: string; at: number; items: Promise<PolicyItem[]> } | null = null;
  const openItemsOn = (on: string) => {
    const now = Date.now();
    if (!open || open.on !== on || now - open.at > OPEN_ITEMS_TTL_MS) open = { on, at: now, items: openItems(db, on) };
    const mine = open;
    mine.items.catch(() => {
      if (open === mine) open = null;
    });
    return mine.items;
  };
  const forgetOpenItems = () => {
    open = null;
  };

  /**
   * The items within an enterprise's reach (eligible, or eligible with more data), eligible first and largest amounts
   * first: the compiled condition sorts them, and only the page's are explained with their sentences. A page size
   * of 0 is every one of them (the calculator).
   */
  function fitsAmong(
    items: PolicyItem[],
    org: OrgFacts,
    on: string,
    page: { page: number; pageSize: number; result?: 'eligible' | 'needs_data' | undefined; q?: string | undefined },
  ) {
    const within = items
      .map((item) => ({ item, result: compiledOf(item).fn(org.facts) }))
      .filter((x) => x.result !== 'not_eligible');
    const eligible = within.filter((x) => x.result === 'eligible');
    const amounts = new Map(eligible.map((x) => [x.item.id, computeAmount(x.item.amount, org.facts).amountFen ?? 0]));
    within.sort(
      (a, b) =>
        Number(b.result === 'eligible') - Number(a.result === 'eligible') ||
        (amounts.get(b.item.id) ?? 0) - (amounts.get(a.item.id) ?? 0) ||
        a.item.id - b.item.id,
    );
    const fragment = page.q?.toLowerCase();
    const says = (i: PolicyItem) =>
      [i.title, i.documentTitle, i.documentNumber ?? '', i.department].some((t) =>
        t.toLowerCase().includes(fragment ?? ''),
      );
    const shown = within.filter((x) => (!page.result || x.result === page.result) && (!fragment || says(x.item)));
    const size = page.pageSize || Math.max(shown.length, 1);
    const from = (page.page - 1) * size;
    return {
      assessedOn: on,
      items: shown
        .slice(from, from + size)
        .map((x) => ({ item: toItemSummary(x.item), eligibility: eligibilityOf(x.item, org, on) })),
      total: shown.length,
      eligible: eligible.length,
      needsData: within.length - eligible.length,
      totalFen: [...amounts.values()].reduce((x, y) => x + y, 0),
      page: page.page,
      pageSize: size,
    };
  }

  async function itemOrThrow(tx: Tx, id: number) {
    const item = await itemById(tx, id, today());
    if (!item) throw policyItemErrors.notFound();
    return item;
  }
  async function lockDraft(tx: Tx, id: number) {
    const [row] = await tx.select().from(policyItems).where(eq(policyItems.id, id)).for('update');
    if (!row) throw policyItemErrors.notFound();
    return row;
  }
  async function documentStatus(tx: Tx, documentId: number): Promise<string | undefined> {
    const { rows } = await tx.execute(sql`SELECT status FROM policy_documents WHERE id = ${documentId}`);
    return rows[0]?.status as string | undefined;
  }

  return {
    async create(actor: Actor | null, input: PolicyItemInputParsed) {
      const who = authorize(actor, POLICY_ITEM_ACTIONS.manage, { department: input.department });
      return db.transaction(async (tx) => {
        if (!(await documentStatus(tx, input.documentId))) throw policyItemErrors.documentNotFound();
        const [row] = await tx
          .insert(policyItems)
          .values({ ...values(input), createdBy: who.userId })
          .returning();
        await recordAudit(tx, actor, {
          action: 'policy.item.create',
          entity: 'policy_item',
          entityId: row?.id ?? null,
          after: row,
        });
        return itemOrThrow(tx, row?.id as number);
      });
    },

    async update(actor: Actor | null, id: number, input: PolicyItemInputParsed) {
      return db.transaction(async (tx) => {
        const before = await lockDraft(tx, id);
        authorize(actor, POLICY_ITEM_ACTIONS.manage, { department: before.department });
        authorize(actor, POLICY_ITEM_ACTIONS.manage, { department: input.department });
        if (before.status !== 'draft') throw policyItemErrors.notDraft();
        if (!(await documentStatus(tx, input.documentId))) throw policyItemErrors.documentNotFound();
        const [after] = await tx
          .update(policyItems)
          .set({ ...values(input), updatedAt: clock.now() })
          .where(eq(policyItems.id, id))
          .returning();
        await recordAudit(tx, actor, {
          action: 'policy.item.update',
          entity: 'policy_item',
          entityId: id,
          before,
          after,
        });
        return itemOrThrow(tx, id);
      });
    },

    /**
     * Publishes a draft of a published document, then finds and tells the eligible enterprises and the subscribers
     * in the background (policy.runs.ts), unless its window has already closed.
     */
    async publish(actor: Actor | null, id: number) {
      const item = await db.transaction(async (tx) => {
        const before = await lockDraft(tx, id);
        const who = authorize(actor, POLICY_ITEM_ACTIONS.manage, { department: before.department });
        if (before.status !== 'draft') throw policyItemErrors.notDraft();
        if ((await documentStatus(tx, before.documentId)) !== 'published')
          throw policyItemErrors.documentNotPublished();
        const now = clock.now();
        const [after] = await tx
          .update(policyItems)
          .set({ status: 'published', publishedAt: now, publishedBy: who.userId, updatedAt: now })
          .where(eq(policyItems.id, id))
          .returning();
        await recordAudit(tx, actor, {
          action: 'policy.item.publish',
          entity: 'policy_item',
          entityId: id,
          before,
          after,
        });
        // An item whose window has already closed is on record, but open to nobody: no one is told of it.
        const passed = before.closesOn !== null && before.closesOn < shanghaiDate(now);
        if (!passed) await runner.start(tx, actor, id, 'publish');
        return itemOrThrow(tx, id);
      });
      forgetOpenItems();
      void runner.drain();
      return item;
    },

    /** Closes (no more claims) or withdraws (published by mistake) a published item. */
    async end(actor: Actor | null, id: number, to: 'closed' | 'withdrawn') {
      return db.transaction(async (tx) => {
        const before = await lockDraft(tx, id);
        authorize(actor, POLICY_ITEM_ACTIONS.manage, { department: before.department });
        if (before.status !== 'published') throw policyItemErrors.notPublished();
        const [after] = await tx
          .update(policyItems)
          .set({ status: to, updatedAt: clock.now() })
          .where(eq(policyItems.id, id))
          .returning();
        await recordAudit(tx, actor, {
          action: to === 'closed' ? 'policy.item.close' : 'policy.item.withdraw',
          entity: 'policy_item',
          entityId: id,
          before,
          after,
        });
        forgetOpenItems();
        return itemOrThrow(tx, id);
      });
    },

    /** The public sees published and closed items of published documents; the administration sees all. */
    async list(actor: Actor | null, query: PolicyItemListQuery) {
      const all = can(actor, POLICY_ITEM_ACTIONS.readAll);
      const { items, total, q } = await itemList(db, query, today(), !all);
      return pageOf(items, total, q);
    },

    async get(actor: Actor | null, id: number) {
      const item = await itemOrThrow(db, id);
      if ((item.status === 'draft' || item.status === 'withdrawn') && !can(actor, POLICY_ITEM_ACTIONS.readAll))
        throw policyItemErrors.notFound();
      return item;
    },

    /** An enterprise against an item, explained; opening it counts as having seen the notice (知晓). */
    async eligibility(actor: Actor | null, id: number, orgId: number) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!mayReadOrg(actor, orgId)) throw commonErrors.forbidden();
      const item = await this.get(actor, id);
      const org = await factsOf(db, orgId, today());
      if (!org) throw policyItemErrors.notEnterprise();
      if (actor.orgId === orgId) await markOpened(db, id, orgId, clock.now());
      return eligibilityOf(item, org, today());
    },

    /** "Policies that fit me": the open items an enterprise qualifies for or could with more data, largest first. */
    async fits(
      actor: Actor | null,
      orgId: number,
      page: {
        page: number;
        pageSize: number;
        result?: 'eligible' | 'needs_data' | undefined;
        q?: string | undefined;
      } = {
        page: 1,
        pageSize: 50,
      },
    ) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!mayReadOrg(actor, orgId)) throw commonErrors.forbidden();
      const on = today();
      const org = await factsOf(db, orgId, on);
      if (!org) throw policyItemErrors.notEnterprise();
      return fitsAmong(await openItemsOn(on), org, on, page);
    },

    /**
     * The public calculator: a visitor's answers to a few questions instead of registry data, against every open
     * item, all on one page; nothing is stored.
     */
    async check(facts: Facts) {
      const on = today();
      return fitsAmong(await openItemsOn(on), { orgId: 0, name: '', facts }, on, { page: 1, pageSize: 0 });
    },

    async simulate(actor: Actor | null, id: number) {
      const item = await itemOrThrow(db, id);
      authorize(actor, POLICY_ITEM_ACTIONS.manage, { department: item.department });
      const run = await runner.startAndDrain(actor, id, 'simulation');
      return toSimulation(run, item.budgetFen);
    },

    async run(actor: Actor | null, runId: number) {
      authorize(actor, POLICY_ITEM_ACTIONS.readAll);
      const run = await runner.get(runId);
      if (!run) throw policyItemErrors.runNotFound();
      const item = run.itemId === null ? null : await itemById(db, run.itemId, today());
      return toSimulation(run, item?.budgetFen ?? null);
    },

    async latestRun(actor: Actor | null, id: number) {
      authorize(actor, POLICY_ITEM_ACTIONS.readAll);
      const item = await itemOrThrow(db, id);
      const run = await runner.latestOf(id);
      return run ? toSimulation(run, item.budgetFen) : null;
    },

    /** Who a simulation found, by result, with the amounts and missing facts. */
    async runResults(
      actor: Actor | null,
      runId: number,
      query: { result?: string; q?: string; page: number; pageSize: number },
    ) {
      authorize(actor, POLICY_ITEM_ACTIONS.readAll);
      const c = [sql`r.run_id = ${runId}`];
      if (query.result) c.push(sql`r.result = ${query.result}`);
      if (query.q) c.push(sql`f.name ILIKE ${likeFragment(query.q)}`);
      const where = sql.join(c, sql` AND `);
      const { rows } = await db.execute(sql`
        SELECT r.org_id, f.name, r.result, r.needs_review, r.amount_fen, r.missing
        FROM policy_run_results r JOIN org_evaluation_facts f ON f.org_id = r.org_id
        WHERE ${where} ORDER BY r.amount_fen DESC NULLS LAST, r.org_id
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`);
      const { rows: n } = await db.execute(sql`
        SELECT count(*)::int AS n FROM policy_run_results r JOIN org_evaluation_facts f ON f.org_id = r.org_id WHERE ${where}`);
      return pageOf(
        rows.map((r) => ({
          orgId: Number(r.org_id),
          orgName: String(r.name),
          result: r.result as 'eligible' | 'not_eligible' | 'needs_data',
          needsReview: Boolean(r.needs_review),
          amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
          missing: (r.missing as string[]) ?? [],
        })),
        Number(n[0]?.n ?? 0),
        query,
      );
    },

    /** Queues an enterprise whose facts changed; the minute job checks it again against the open items. */
    async queueRecheck(tx: Tx, orgId: number) {
      await tx.insert(policyRecheckQueue).values({ orgId, queuedAt: clock.now() }).onConflictDoNothing();
    },

    /** Checks the queued enterprises against every open item and tells the newly eligible; the number handled. */
    async processRechecks(limit = 200): Promise<number> {
      return db.transaction(async (tx) => {
        const { rows } = await tx.execute(sql`
          DELETE FROM policy_recheck_queue WHERE org_id IN (
            SELECT org_id FROM policy_recheck_queue ORDER BY queued_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
          RETURNING org_id`);
        const ids = rows.map((r) => Number(r.org_id)).sort((a, b) => a - b);
        if (!ids.length) return 0;
        const on = today();
        const items = await openItems(tx, on);
        const orgs = await loadFacts(tx, {
          where: sql`f.org_id = ANY(${`{${ids.join(',')}}`}::bigint[])`,
          onDate: on,
          limit: ids.length,
        });
        for (const org of orgs) {
          const standings = items.flatMap((item) => {
            const e = eligibilityOf(item, org, on);
            return e.result === 'eligible'
              ? [{ itemId: item.id, itemTitle: item.title, orgId: org.orgId, amountFen: e.amountFen }]
              : [];
          });
          await recordStandings(
            tx,
            standings,
            { itemIds: items.map((i) => i.id), orgIdAfter: org.orgId - 1, orgIdUpTo: org.orgId },
            clock.now(),
          );
        }
        return ids.length;
      });
    },
  };
}
export type PolicyItemService = ReturnType<typeof createPolicyItemService>;
