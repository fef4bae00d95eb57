import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import type {
  AutoConfirmBody,
  AutoConfirmResult,
  BankAccount,
  PolicyApplicationStatus,
  PolicyItem,
} from '@cz/shared/policy';
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { pageClause, pageOf } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { notifyOrg, notifyUsers } from '../notification/index.ts';
import { applicationErrors } from './policy.applications.errors.ts';
import { APPLICATION_ACTIONS } from './policy.applications.permissions.ts';
import { committedFen, departmentAdmins, lockItem } from './policy.applications.repository.ts';
import { isBudgetRefusal, myLink } from './policy.applications.review.ts';
import { assertStep, lockForEnterprise, move, recordCreated } from './policy.applications.steps.ts';
import { policyApplications } from './policy.applications.table.ts';
import { eligibilityOf } from './policy.eligibility.ts';
import { loadFacts, type OrgFacts } from './policy.facts.ts';
import { policyItemErrors } from './policy.items.errors.ts';
import { itemById } from './policy.items.repository.ts';

const ids = (list: number[]) => `{${list.join(',')}}`;

/** The latest application of each of these enterprises for the item (of any state), by enterprise. */
async function latestApplications(tx: Tx, itemId: number, orgIds: number[]) {
  if (orgIds.length === 0) return new Map<number, { id: number; status: string }>();
  const { rows } = await tx.execute(sql`
    SELECT DISTINCT ON (org_id) org_id, id, status FROM policy_applications
    WHERE item_id = ${itemId} AND org_id = ANY(${ids(orgIds)}::bigint[])
    ORDER BY org_id, id DESC`);
  return new Map(rows.map((r) => [Number(r.org_id), { id: Number(r.id), status: String(r.status) }]));
}

/** The facts of these enterprises now, in chunks. */
async function factsOfMany(tx: Tx, orgIds: number[], on: string): Promise<Map<number, OrgFacts>> {
  const out = new Map<number, OrgFacts>();
  for (let i = 0; i < orgIds.length; i += 500) {
    const chunk = orgIds.slice(i, i + 500);
    for (const f of await loadFacts(tx, {
      where: sql`f.org_id = ANY(${ids(chunk)}::bigint[])`,
      onDate: on,
      limit: chunk.length,
    }))
      out.set(f.orgId, f);
  }
  return out;
}

/** A withdrawn or rejected application leaves room for a new one; any other (a refusal too) does not. */
const blocks = (a: { status: string } | undefined) => !!a && a.status !== 'withdrawn' && a.status !== 'rejected';

/**
 * 免申即享: the department confirms the item's list — the enterprises the standings hold eligible, each checked again
 * against its facts now — all or some, within the budget; each confirmed enterprise is told and only confirms its
 * intent and account (or refuses, recorded with its reason).
 */
export function createAuto({ db, clock }: { db: Db; clock: Clock }) {
  const today = () => shanghaiDate(clock.now());

  async function autoItem(tx: Tx, actor: Actor | null, itemId: number, action: string): Promise<PolicyItem> {
    const item = await itemById(tx, itemId, today());
    if (!item) throw policyItemErrors.notFound();
    authorize(actor, action, { department: item.department });
    if (item.mode !== 'auto') throw applicationErrors.notAuto();
    return item;
  }

  return {
    async candidates(
      actor: Actor | null,
      itemId: number,
      q: { page: number; pageSize: number; q?: string | undefined },
    ) {
      const item = await autoItem(db, actor, itemId, APPLICATION_ACTIONS.readAll);
      const on = today();
      const c: SQL[] = [sql`m.item_id = ${itemId}`, sql`m.result = 'eligible'`];
      if (q.q) c.push(sql`o.name ILIKE ${likeFragment(q.q)}`);
      const where = sql.join(c, sql` AND `);
      const { rows } = await db.execute(sql`
        SELECT m.org_id, o.name FROM policy_matches m JOIN org_directory o ON o.id = m.org_id
        WHERE ${where} ORDER BY o.name, m.org_id ${pageClause(q)}`);
      const { rows: n } = await db.execute(sql`
        SELECT count(*)::int AS n FROM policy_matches m JOIN org_directory o ON o.id = m.org_id WHERE ${where}`);
      const orgIds = rows.map((r) => Number(r.org_id));
      const facts = await factsOfMany(db, orgIds, on);
      const apps = await latestApplications(db, itemId, orgIds);
      const items = rows.map((r) => {
        const orgId = Number(r.org_id);
        const f = facts.get(orgId);
        const e = f ? eligibilityOf(item, f, on) : null;
        const a = apps.get(orgId);
        return {
          orgId,
          orgName: String(r.name),
          result: e?.result ?? ('not_eligible' as const),
          amountFen: e?.amountFen ?? null,
          applicationId: a?.id ?? null,
          applicationStatus: (a?.status as PolicyApplicationStatus | undefined) ?? null,
          missing: e?.missing.map((m) => m.fact) ?? [],
        };
      });
      return {
        ...pageOf(items, Number(n[0]?.n ?? 0), q),
        budgetFen: item.budgetFen,
        committedFen: await committedFen(db, itemId),
      };
    },

    async confirm(actor: Actor | null, itemId: number, body: AutoConfirmBody): Promise<AutoConfirmResult> {
      return db
        .transaction(async (tx) => {
          const locked = await lockItem(tx, itemId);
          if (!locked) throw policyItemErrors.notFound();
          const item = await autoItem(tx, actor, itemId, APPLICATION_ACTIONS.review);
          if (!item.open) throw applicationErrors.itemNotOpen();
          const on = today();
          const { rows } = await tx.execute(sql`
            SELECT org_id FROM policy_matches WHERE item_id = ${itemId} AND result = 'eligible' ORDER BY org_id`);
          const listed = new Set(rows.map((r) => Number(r.org_id)));
          const asked = 'all' in body ? [...listed] : [...new Set(body.orgIds)];
          const skipped: AutoConfirmResult['skipped'] = asked
            .filter((id) => !listed.has(id))
            .map((orgId) => ({ orgId, reason: 'not_on_list' as const }));
          const onList = asked.filter((id) => listed.has(id));
          const facts = await factsOfMany(tx, onList, on);
          const apps = await latestApplications(tx, itemId, onList);
          const confirming: { org: OrgFacts; amountFen: number; eligibility: ReturnType<typeof eligibilityOf> }[] = [];
          for (const orgId of onList) {
            const f = facts.get(orgId);
            const e = f ? eligibilityOf(item, f, on) : null;
            if (blocks(apps.get(orgId))) skipped.push({ orgId, reason: 'has_application' });
            else if (!f || !e || e.result === 'not_eligible') skipped.push({ orgId, reason: 'not_eligible' });
            else if (e.result === 'needs_data') skipped.push({ orgId, reason: 'needs_data' });
            else if (!e.amountFen) skipped.push({ orgId, reason: 'no_amount' });
            else confirming.push({ org: f, amountFen: e.amountFen, eligibility: e });
          }
          const totalFen = confirming.reduce((s, c) => s + c.amountFen, 0);
          const committed = await committedFen(tx, itemId);
          // All or none: the list the department confirms is paid in full, or it chooses fewer.
          if (item.budgetFen !== null && committed + totalFen > item.budgetFen)
            throw applicationErrors.budgetExceeded(undefined, [
              { budgetFen: item.budgetFen, committedFen: committed, requestedFen: totalFen },
            ]);
          const now = clock.now();
          const who = actor as Actor;
          const confirmed: AutoConfirmResult['confirmed'] = [];
          for (const c of confirming) {
            const [row] = await tx
              .insert(policyApplications)
              .values({
                itemId,
                orgId: c.org.orgId,
                mode: 'auto',
                status: 'confirmed',
                capFen: c.amountFen,
                requestedFen: c.amountFen,
                approvedFen: c.amountFen,
                eligibility: c.eligibility,
                decidedAt: now,
                decidedBy: who.userId,
                createdBy: who.userId,
                createdAt: now,
                updatedAt: now,
              })
              .returning();
            if (!row) continue;
            await recordCreated(tx, actor, row, 'confirm', now, { amountFen: c.amountFen });
            await notifyOrg(tx, row.orgId, {
              kind: 'policy.auto_confirmed',
              params: { title: item.title, amount: c.amountFen },
              link: myLink(row.id),
            });
            confirmed.push({ orgId: row.orgId, applicationId: row.id, amountFen: c.amountFen });
          }
          return { confirmed, skipped, totalFen };
        })
        .catch((err) => {
          if (isBudgetRefusal(err)) throw applicationErrors.budgetExceeded();
          throw err;
        });
    },

    /** The enterprise confirms its intent and the account to pay. */
    async accept(actor: Actor | null, id: number, account: BankAccount) {
      return db.transaction(async (tx) => {
        const row = await lockForEnterprise(tx, actor, id);
        assertStep('accept', row);
        await move(tx, actor, row, 'accept', 'accepted', { ...account }, clock.now());
        const item = await itemById(tx, row.itemId, today());
        if (item)
          await notifyUsers(tx, await departmentAdmins(tx, item.department), {
            kind: 'policy.auto_accepted',
            params: { title: item.title, amount: row.approvedFen },
            link: `/admin/policy-applications/${id}`,
          });
        return id;
      });
    },

    /** The enterprise declines the payment; its reason is kept. */
    async refuse(actor: Actor | null, id: number, reason: string) {
      return db.transaction(async (tx) => {
        const row = await lockForEnterprise(tx, actor, id);
        assertStep('refuse', row);
        await move(tx, actor, row, 'refuse', 'refused', { refusalReason: reason }, clock.now(), { reason });
        return id;
      });
    },
  };
}
export type Auto = ReturnType<typeof createAuto>;
