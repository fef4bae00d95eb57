import { sql } from 'drizzle-orm';
import type { Tx } from '../../kernel/db/connection.ts';
import { notifyOrg } from '../notification/index.ts';

/** An enterprise found eligible for an item, with the amount it would get (null: decided in review). */
export type Standing = { itemId: number; itemTitle: string; orgId: number; amountFen: number | null };

/**
 * Records where enterprises stand on items and tells each one of the items it has newly come to qualify for —
 * eligible now, and not eligible (or not told) before — in the app, and by email when SMTP is set (the notifications
 * table is the mail outbox). `eligible` holds the eligible standings found over `scope` (items × a range of
 * enterprise ids); every other standing in that scope that was eligible is set back, so that qualifying again later
 * tells the enterprise again. Only eligible standings are stored: an enterprise with no row does not qualify. An
 * enterprise that stays eligible with the same amount is not written or told again. Returns the notices sent.
 */
export async function recordStandings(
  tx: Tx,
  eligible: Standing[],
  scope: { itemIds: number[]; orgIdAfter: number; orgIdUpTo: number },
  now: Date,
): Promise<number> {
  if (scope.itemIds.length === 0) return 0;
  // Three arrays rather than JSON: a chunk of the nightly recheck carries hundreds of thousands of standings.
  const itemIds = `{${eligible.map((s) => s.itemId).join(',')}}`;
  const orgIds = `{${eligible.map((s) => s.orgId).join(',')}}`;
  const amounts = `{${eligible.map((s) => (s.amountFen === null ? 'NULL' : s.amountFen)).join(',')}}`;
  const input = sql`SELECT * FROM unnest(${itemIds}::bigint[], ${orgIds}::bigint[], ${amounts}::bigint[])
    AS i(item_id, org_id, amount_fen)`;
  // The standings found eligible before and not now; the input is materialised once for the anti-join.
  await tx.execute(sql`
    WITH input AS MATERIALIZED (${input})
    UPDATE policy_matches m SET result = 'not_eligible', amount_fen = NULL, evaluated_at = ${now}
    WHERE m.item_id = ANY(${`{${scope.itemIds.join(',')}}`}::bigint[])
      AND m.org_id > ${scope.orgIdAfter} AND m.org_id <= ${scope.orgIdUpTo} AND m.result = 'eligible'
      AND NOT EXISTS (SELECT 1 FROM input i WHERE i.item_id = m.item_id AND i.org_id = m.org_id)`);
  if (eligible.length === 0) return 0;
  const { rows } = await tx.execute(sql`
    INSERT INTO policy_matches AS m (item_id, org_id, result, amount_fen, evaluated_at, notified_at)
    SELECT i.item_id, i.org_id, 'eligible', i.amount_fen, ${now}, ${now} FROM (${input}) i
    ON CONFLICT (item_id, org_id) DO UPDATE SET
      result = 'eligible',
      amount_fen = EXCLUDED.amount_fen,
      evaluated_at = EXCLUDED.evaluated_at,
      notified_at = CASE WHEN m.result <> 'eligible' THEN EXCLUDED.notified_at ELSE m.notified_at END,
      opened_at = CASE WHEN m.result <> 'eligible' THEN NULL ELSE m.opened_at END
    WHERE m.result <> 'eligible' OR m.amount_fen IS DISTINCT FROM EXCLUDED.amount_fen
    RETURNING m.item_id, m.org_id, m.notified_at = ${now}::timestamptz AS told`);
  const byKey = new Map(eligible.map((s) => [`${s.itemId}:${s.orgId}`, s]));
  // One notice per enterprise: an item by name, or how many when a recheck finds several at once.
  const perOrg = new Map<number, Standing[]>();
  for (const r of rows as { item_id: string | number; org_id: string | number; told: boolean }[]) {
    const s = r.told && byKey.get(`${r.item_id}:${r.org_id}`);
    if (s) perOrg.set(s.orgId, [...(perOrg.get(s.orgId) ?? []), s]);
  }
  for (const [orgId, found] of perOrg) {
    const [first] = found as [Standing];
    await notifyOrg(
      tx,
      orgId,
      found.length === 1
        ? {
            kind: 'policy.eligible',
            params: { title: first.itemTitle, amount: first.amountFen },
            link: `/my/policies?item=${first.itemId}`,
          }
        : {
            kind: 'policy.eligible_many',
            params: {
              count: found.length,
              title: first.itemTitle,
              // The sum of the amounts known; null when every one is decided in review (the text then says so).
              amount: found.some((f) => f.amountFen !== null)
                ? found.reduce((a, f) => a + (f.amountFen ?? 0), 0)
                : null,
            },
            link: '/my/policies',
          },
    );
  }
  return perOrg.size;
}

/** The enterprise opened an item it was told of (知晓): counted once, for the 知晓覆盖率. */
export async function markOpened(tx: Tx, itemId: number, orgId: number, now: Date) {
  await tx.execute(sql`
    UPDATE policy_matches SET opened_at = ${now}
    WHERE item_id = ${itemId} AND org_id = ${orgId} AND notified_at IS NOT NULL AND opened_at IS NULL`);
}
