import type { FinanceEvent, FinanceEventSummary, financeEventListQuerySchema } from '@cz/shared/finance';
import { and, desc, ilike, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { financeEventInvites, financeEvents } from './events.table.ts';

type Yield = FinanceEvent['yield'];
const NONE: Yield = { held: 0, interested: 0, followedUp: 0, claimedAfter: 0, disbursedAfter: 0 };

/**
 * The yield of each event, in one aggregate statement: meetings held, with an interest, followed up; and the
 * needs of the enterprises met that the institution they met claimed after the meeting, and disbursed.
 */
export async function eventYields(tx: Tx | Db, ids: readonly number[]): Promise<Map<number, Yield>> {
  const out = new Map<number, Yield>(ids.map((id) => [id, { ...NONE }]));
  if (ids.length === 0) return out;
  const { rows } = await tx.execute(sql`
    SELECT m.event_id,
           count(DISTINCT m.id) FILTER (WHERE m.status = 'held')::int AS held,
           count(DISTINCT m.id) FILTER (WHERE m.outcome IN ('interested', 'negotiating'))::int AS interested,
           count(DISTINCT m.id) FILTER (WHERE m.followed_up_at IS NOT NULL)::int AS followed_up,
           count(DISTINCT c.id)::int AS claimed,
           count(DISTINCT c.id) FILTER (WHERE c.disbursed_on IS NOT NULL)::int AS disbursed
    FROM finance_event_meetings m
    LEFT JOIN (finance_cases c JOIN finance_needs n ON n.id = c.need_id)
      ON m.status = 'held' AND c.institution_org_id = m.institution_org_id AND c.claimed_at >= lower(m.slot)
         AND n.org_id = m.enterprise_org_id
    WHERE m.event_id = ANY(${`{${ids.join(',')}}`}::bigint[])
    GROUP BY m.event_id`);
  for (const r of rows as Record<string, unknown>[])
    out.set(Number(r.event_id), {
      held: Number(r.held),
      interested: Number(r.interested),
      followedUp: Number(r.followed_up),
      claimedAfter: Number(r.claimed),
      disbursedAfter: Number(r.disbursed),
    });
  return out;
}

/**
 * A page of events, latest first: every event for the finance office (`orgId` null), those it was invited to for an
 * organisation; `q` finds a part of the title or the venue.
 */
export async function eventPage(
  db: Db,
  visibleTo: { office: true } | { office: false; orgId: number | null },
  q: z.output<typeof financeEventListQuerySchema>,
) {
  const where = and(
    visibleTo.office
      ? undefined
      : sql`EXISTS (SELECT 1 FROM ${financeEventInvites} v WHERE v.event_id = ${financeEvents.id}
                    AND v.org_id = ${visibleTo.orgId ?? -1})`,
    q.q ? or(ilike(financeEvents.title, likeFragment(q.q)), ilike(financeEvents.venue, likeFragment(q.q))) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(financeEvents)
      .where(where)
      .orderBy(desc(financeEvents.startsAt), desc(financeEvents.id))
      .limit(pageWindow(q).limit)
      .offset(pageWindow(q).offset),
    db.select({ n: sql<number>`count(*)::int` }).from(financeEvents).where(where),
  ]);
  const yields = await eventYields(
    db,
    rows.map((e) => e.id),
  );
  const items: FinanceEventSummary[] = rows.map((e) => ({
    id: e.id,
    title: e.title,
    description: e.description,
    venue: e.venue,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    status: e.status,
    yield: yields.get(e.id) ?? { ...NONE },
  }));
  return pageOf(items, count?.n ?? 0, q);
}
