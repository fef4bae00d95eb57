import { addDays, type PolicyItem, policyItemInputSchema, shanghaiDate, shanghaiInstant } from '@cz/shared';
import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';
import { flushWrites } from '../kernel/db/deferred.ts';
import { eligibilityOf } from '../modules/policy/policy.eligibility.ts';
import { loadFacts } from '../modules/policy/policy.facts.ts';
import { itemById } from '../modules/policy/policy.items.repository.ts';
import { policyItems } from '../modules/policy/policy.items.table.ts';
import { recordStandings, type Standing } from '../modules/policy/policy.matches.ts';
import { DEMO_POLICIES } from './demo-policy.data.ts';
import { type DemoItem, ROUNDS, ZONE_ITEMS } from './demo-policy-items.data.ts';
import { LEVEL_ITEMS } from './demo-policy-items.levels.data.ts';

/** Every demo item of this file, zone documents first. */
export const DEMO_ITEMS: DemoItem[] = [...ZONE_ITEMS, ...LEVEL_ITEMS];

type Ctx = { now: Date; adminUserId: number | null };

/**
 * The demo items of every document of the library beyond the four of demo-policy-applications.ts (which come with
 * their applications), then where the registry's enterprises stand on them, as the publish runs would have found it:
 * each round of items published together is evaluated over every enterprise with the module's own rule and recorded
 * with `recordStandings`, which tells each newly eligible enterprise once per round ("policies that fit you"). The
 * oldest round's notices have been opened and read; the later ones wait unread.
 */
export async function seedPolicyItemsDemo(tx: Tx, ctx: Ctx) {
  const admin = ctx.adminUserId;
  if (!admin) return { policyItemsAdded: 0, policyStandings: 0, policyFitNotices: 0 };
  const today = shanghaiDate(ctx.now);
  const at = (daysAgo: number | string, hour = 10) =>
    shanghaiInstant(typeof daysAgo === 'string' ? daysAgo : addDays(today, -daysAgo), hour * 60);
  const day = (d: number | string | null) => (typeof d === 'number' ? addDays(today, d) : d);
  const { rows } = await tx.execute(sql`SELECT id, title FROM policy_documents`);
  const docIds = new Map(rows.map((r) => [String(r.title), Number(r.id)]));
  const docId = (key: string) => {
    const id = docIds.get(DEMO_POLICIES.find((p) => p.key === key)?.title ?? '');
    if (!id) throw new Error(`demo item of an unknown document: ${key}`);
    return id;
  };

  const written: { def: DemoItem; item: PolicyItem }[] = [];
  for (const def of DEMO_ITEMS) {
    // The item's own contract checks the condition against the fact catalogue, the amount and the window.
    const v = policyItemInputSchema.parse({
      documentId: docId(def.doc),
      clause: def.clause,
      title: def.title,
      beneficiaries: def.beneficiaries,
      condition: def.condition,
      amount: def.amount,
      budgetFen: def.budgetFen,
      mode: def.mode,
      opensOn: day(def.window.opens),
      closesOn: day(def.window.closes),
      department: def.department,
      materials: def.materials,
      paymentDeadlineDays: def.paymentDeadlineDays ?? null,
    });
    const published = def.status === 'draft' ? undefined : def.published;
    const createdOn = typeof published === 'string' ? addDays(published, -5) : (published ?? 3) + 5;
    const [row] = await tx
      .insert(policyItems)
      .values({
        ...v,
        status: def.status,
        publishedAt: published === undefined ? null : at(published),
        publishedBy: published === undefined ? null : admin,
        createdBy: admin,
        createdAt: at(createdOn),
        // Closed and withdrawn items were last changed when they ended, a few days ago.
        updatedAt: at(def.status === 'closed' || def.status === 'withdrawn' ? 3 : (published ?? 2)),
      })
      .returning({ id: policyItems.id });
    const item = row && (await itemById(tx, row.id, today));
    if (item) written.push({ def, item });
  }

  // Where the enterprises stand: every published item of a round, over every enterprise of the registry.
  const orgs = await loadFacts(tx, { onDate: today, limit: 100_000 });
  const upTo = orgs.at(-1)?.orgId ?? 0;
  let standings = 0;
  let notices = 0;
  const rounds = Object.entries(ROUNDS).sort(([, a], [, b]) => b - a);
  for (const [name, daysAgo] of rounds) {
    const items = written.filter((w) => w.def.status === 'published' && w.def.published === daysAgo).map((w) => w.item);
    if (items.length === 0) continue;
    const found: Standing[] = [];
    for (const item of items)
      for (const org of orgs) {
        const e = eligibilityOf(item, org, today);
        if (e.result === 'eligible')
          found.push({ itemId: item.id, itemTitle: item.title, orgId: org.orgId, amountFen: e.amountFen });
      }
    await flushWrites(tx);
    const { rows: before } = await tx.execute(sql`SELECT coalesce(max(id), 0) AS id FROM notifications`);
    const told = at(daysAgo, 9);
    notices += await recordStandings(
      tx,
      found,
      { itemIds: items.map((i) => i.id), orgIdAfter: 0, orgIdUpTo: upTo },
      told,
    );
    standings += found.length;
    await flushWrites(tx);
    // The notices carry the day they were sent; the first round's were opened and read within two days.
    const read = name === 'launch';
    await tx.execute(sql`
      UPDATE notifications SET created_at = ${told}, read_at = ${read ? at(daysAgo - 2, 15) : null}
      WHERE id > ${Number(before[0]?.id ?? 0)} AND kind IN ('policy.eligible', 'policy.eligible_many')`);
    if (read)
      await tx.execute(sql`
        UPDATE policy_matches SET opened_at = ${at(daysAgo - 2, 15)}
        WHERE item_id = ANY(${`{${items.map((i) => i.id).join(',')}}`}::bigint[]) AND result = 'eligible'`);
  }
  return { policyItemsAdded: written.length, policyStandings: standings, policyFitNotices: notices };
}
