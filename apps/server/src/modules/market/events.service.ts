import { shanghaiDate } from '@cz/shared';
import {
  EVENTS_PER_YEAR,
  type EventYield,
  type eventInputSchema,
  type eventListQuerySchema,
  type eventMeetingInputSchema,
  type MarketEvent,
  type MarketEventDetail,
  type MeetingOutcome,
} from '@cz/shared/market';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageClause, pageOf } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { notifyOrg } from '../notification/index.ts';
import { eventErrors } from './market.errors.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';

type Row = {
  id: number;
  title: string;
  description: string;
  venue: string;
  starts_at: string;
  ends_at: string;
  status: MarketEvent['status'];
  featured: number;
  registered: number;
  invited_at: string | null;
  registered_at: string | null;
  checked_in_at: string | null;
};
const iso = (v: string | null) => (v === null ? null : new Date(v).toISOString());

const select = (orgId: number) => sql`
  SELECT e.id, e.title, e.description, e.venue, e.starts_at, e.ends_at, e.status,
         (SELECT count(*)::int FROM market_event_achievements x WHERE x.event_id = e.id) AS featured,
         (SELECT count(*)::int FROM market_event_participants p WHERE p.event_id = e.id AND p.registered_at IS NOT NULL) AS registered,
         me.invited_at, me.registered_at, me.checked_in_at
  FROM market_events e
  LEFT JOIN market_event_participants me ON me.event_id = e.id AND me.org_id = ${orgId}`;

function toEvent(r: Row, member: boolean): MarketEvent {
  return {
    id: Number(r.id),
    title: r.title,
    description: r.description,
    venue: r.venue,
    startsAt: iso(r.starts_at) as string,
    endsAt: iso(r.ends_at) as string,
    status: r.status,
    featuredCount: Number(r.featured),
    registeredCount: Number(r.registered),
    mine: member
      ? { invited: r.invited_at !== null, registered: r.registered_at !== null, checkedIn: r.checked_in_at !== null }
      : null,
  };
}

/**
 * 科技成果推送活动. The administration plans an event with featured published achievements, invites enterprises,
 * checks in those that registered and records the pairs (achievement, enterprise) that met; members register their
 * organisation until the event ends. What a pair did after the event (a negotiation opened on the platform, a price
 * agreed, a contract, its registration) is read from the deals, so each event's yield is known without retyping it.
 */
export function createEventService({ db, clock }: { db: Db; clock: Clock }) {
  const admin = (actor: Actor | null) => authorize(actor, MARKET_ACTIONS.review);
  const isAdmin = (actor: Actor | null) => !!actor && can(actor, MARKET_ACTIONS.review);

  async function row(tx: Tx, id: number, orgId: number, forUpdate = false) {
    if (forUpdate) await tx.execute(sql`SELECT 1 FROM market_events WHERE id = ${id} FOR UPDATE`);
    const { rows } = await tx.execute(sql`${select(orgId)} WHERE e.id = ${id}`);
    return rows[0] as Row | undefined;
  }
  async function detail(tx: Tx, actor: Actor | null, id: number): Promise<MarketEventDetail> {
    const member = !!actor?.orgId && !isAdmin(actor);
    const r = (await row(tx, id, actor?.orgId ?? -1)) as Row;
    const { rows } = await tx.execute(sql`
      SELECT x.achievement_id, a.title, o.name AS owner_name, a.field
      FROM market_event_achievements x
      JOIN market_achievements a ON a.id = x.achievement_id
      JOIN org_directory o ON o.id = a.owner_org_id
      WHERE x.event_id = ${id} ORDER BY x.position`);
    return {
      ...toEvent(r, member),
      achievements: (rows as { achievement_id: number; title: string; owner_name: string; field: string }[]).map(
        (a) => ({ achievementId: Number(a.achievement_id), title: a.title, ownerName: a.owner_name, field: a.field }),
      ),
    };
  }
  async function setAchievements(tx: Tx, id: number, ids: number[]) {
    if (ids.length > 0) {
      const { rows } = await tx.execute(sql`
        SELECT count(*)::int AS n FROM market_achievements
        WHERE id = ANY(${`{${ids.join(',')}}`}::bigint[]) AND status = 'published'`);
      if (Number((rows[0] as { n: number }).n) !== ids.length) throw eventErrors.unpublished();
    }
    const { rows: met } = await tx.execute(sql`
      SELECT DISTINCT achievement_id FROM market_event_meetings WHERE event_id = ${id}`);
    const keep = new Set((met as { achievement_id: number }[]).map((m) => Number(m.achievement_id)));
    if ([...keep].some((a) => !ids.includes(a))) throw eventErrors.metAchievement();
    await tx.execute(sql`
      DELETE FROM market_event_achievements
      WHERE event_id = ${id} AND NOT (achievement_id = ANY(${`{${ids.join(',')}}`}::bigint[]))`);
    for (const [i, a] of ids.entries())
      await tx.execute(sql`
        INSERT INTO market_event_achievements (event_id, achievement_id, position) VALUES (${id}, ${a}, ${i + 1})
        ON CONFLICT (event_id, achievement_id) DO UPDATE SET position = excluded.position`);
  }
  async function planned(tx: Tx, id: number) {
    const r = await row(tx, id, -1, true);
    if (!r) throw eventErrors.notFound();
    return r;
  }

  return {
    /** The events, newest first, found by a fragment of the title, description or venue. */
    async list(actor: Actor | null, q: z.output<typeof eventListQuerySchema>) {
      const everything = isAdmin(actor);
      const member = !!actor?.orgId && !everything;
      const parts = [everything ? sql`true` : sql`e.status <> 'cancelled'`];
      if (q.status) parts.push(sql`e.status = ${q.status}`);
      if (q.q) {
        const like = likeFragment(q.q);
        parts.push(sql`(e.title ILIKE ${like} OR e.description ILIKE ${like} OR e.venue ILIKE ${like})`);
      }
      const where = sql.join(parts, sql` AND `);
      const { rows } = await db.execute(sql`
        ${select(actor?.orgId ?? -1)} WHERE ${where}
        ORDER BY e.starts_at DESC, e.id DESC ${pageClause(q)}`);
      const { rows: n } = await db.execute(sql`SELECT count(*)::int AS n FROM market_events e WHERE ${where}`);
      const year = Number(shanghaiDate(clock.now()).slice(0, 4));
      const { rows: y } = await db.execute(sql`
        SELECT count(*)::int AS n FROM market_events
        WHERE status <> 'cancelled' AND extract(year FROM starts_at AT TIME ZONE 'Asia/Shanghai')::int = ${year}`);
      return {
        ...pageOf(
          (rows as Row[]).map((r) => toEvent(r, member)),
          Number((n[0] as { n: number }).n),
          q,
        ),
        thisYear: { year, count: Number((y[0] as { n: number }).n), target: EVENTS_PER_YEAR },
      };
    },

    async get(actor: Actor | null, id: number) {
      const r = await row(db, id, -1);
      if (!r || (r.status === 'cancelled' && !isAdmin(actor))) throw eventErrors.notFound();
      return detail(db, actor, id);
    },

    async create(actor: Actor | null, input: z.output<typeof eventInputSchema>) {
      const a = admin(actor);
      return db.transaction(async (tx) => {
        const now = clock.now().toISOString();
        const { rows } = await tx.execute(sql`
          INSERT INTO market_events (title, description, venue, starts_at, ends_at, created_by, created_at, updated_at)
          VALUES (${input.title}, ${input.description}, ${input.venue}, ${input.startsAt}, ${input.endsAt}, ${a.userId},
                  ${now}, ${now})
          RETURNING id`);
        const id = Number((rows[0] as { id: number }).id);
        await setAchievements(tx, id, input.achievementIds);
        await recordAudit(tx, a, { action: 'market.event.create', entity: 'market_event', entityId: id, after: input });
        return detail(tx, a, id);
      });
    },

    async update(actor: Actor | null, id: number, input: z.output<typeof eventInputSchema>) {
      const a = admin(actor);
      return db.transaction(async (tx) => {
        const r = await planned(tx, id);
        if (r.status !== 'planned') throw eventErrors.state();
        await tx.execute(sql`
          UPDATE market_events SET title = ${input.title}, description = ${input.description}, venue = ${input.venue},
                 starts_at = ${input.startsAt}, ends_at = ${input.endsAt}, updated_at = ${clock.now().toISOString()}
          WHERE id = ${id}`);
        await setAchievements(tx, id, input.achievementIds);
        await recordAudit(tx, a, {
          action: 'market.event.update',
          entity: 'market_event',
          entityId: id,
          before: { title: r.title, startsAt: iso(r.starts_at) },
          after: input,
        });
        return detail(tx, a, id);
      });
    },

    /** Marks the event held (its records closed) or cancelled; the registered are told of a cancellation. */
    async setStatus(actor: Actor | null, id: number, status: 'held' | 'cancelled') {
      const a = admin(actor);
      return db.transaction(async (tx) => {
        const r = await planned(tx, id);
        if (r.status !== 'planned') throw eventErrors.state();
        await tx.execute(sql`
          UPDATE market_events SET status = ${status}, updated_at = ${clock.now().toISOString()} WHERE id = ${id}`);
        await recordAudit(tx, a, {
          action: status === 'held' ? 'market.event.held' : 'market.event.cancel',
          entity: 'market_event',
          entityId: id,
          before: { status: 'planned' },
          after: { status },
        });
        if (status === 'cancelled') {
          const { rows } = await tx.execute(sql`SELECT org_id FROM market_event_participants WHERE event_id = ${id}`);
          for (const p of rows as { org_id: number }[])
            await notifyOrg(tx, Number(p.org_id), {
              kind: 'market.event_cancelled',
              params: { title: r.title },
              link: `/market/events/${id}`,
            });
        }
        return detail(tx, a, id);
      });
    },

    async invite(actor: Actor | null, id: number, orgIds: number[]) {
      const a = admin(actor);
      return db.transaction(async (tx) => {
        const r = await planned(tx, id);
        if (r.status !== 'planned') throw eventErrors.state();
        const now = clock.now().toISOString();
        let invited = 0;
        for (const orgId of [...new Set(orgIds)]) {
          const { rows } = await tx.execute(sql`
            INSERT INTO market_event_participants (event_id, org_id, invited_at)
            SELECT ${id}, o.id, ${now} FROM org_directory o WHERE o.id = ${orgId} AND o.status = 'verified'
            ON CONFLICT (event_id, org_id) DO UPDATE SET invited_at = coalesce(market_event_participants.invited_at, excluded.invited_at)
            RETURNING org_id`);
          if (rows.length === 0) throw eventErrors.orgNotFound(`organisation ${orgId}`);
          invited++;
          await notifyOrg(tx, orgId, {
            kind: 'market.event_invited',
            params: { title: r.title },
            link: `/market/events/${id}`,
          });
        }
        await recordAudit(tx, a, {
          action: 'market.event.invite',
          entity: 'market_event',
          entityId: id,
          after: { orgIds },
        });
        return { invited };
      });
    },

    /** A member registers its organisation, until the event ends. */
    async register(actor: Actor | null, id: number) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!actor.orgId) throw eventErrors.notMember();
      const orgId = actor.orgId;
      return db.transaction(async (tx) => {
        const r = await planned(tx, id);
        if (r.status !== 'planned' || new Date(r.ends_at) <= clock.now()) throw eventErrors.closed();
        const now = clock.now().toISOString();
        await tx.execute(sql`
          INSERT INTO market_event_participants (event_id, org_id, registered_at, registered_by)
          VALUES (${id}, ${orgId}, ${now}, ${actor.userId})
          ON CONFLICT (event_id, org_id) DO UPDATE
            SET registered_at = coalesce(market_event_participants.registered_at, excluded.registered_at),
                registered_by = coalesce(market_event_participants.registered_by, excluded.registered_by)`);
        await recordAudit(tx, actor, {
          action: 'market.event.register',
          entity: 'market_event',
          entityId: id,
          after: { orgId },
        });
        return detail(tx, actor, id);
      });
    },

    async checkIn(actor: Actor | null, id: number, orgId: number) {
      const a = admin(actor);
      return db.transaction(async (tx) => {
        const r = await planned(tx, id);
        if (r.status === 'cancelled') throw eventErrors.state();
        const { rows } = await tx.execute(sql`
          UPDATE market_event_participants SET checked_in_at = coalesce(checked_in_at, ${clock.now().toISOString()})
          WHERE event_id = ${id} AND org_id = ${orgId} AND registered_at IS NOT NULL RETURNING org_id`);
        if (rows.length === 0) throw eventErrors.notRegistered();
        await recordAudit(tx, a, {
          action: 'market.event.check_in',
          entity: 'market_event',
          entityId: id,
          after: { orgId },
        });
        return { checkedIn: true };
      });
    },

    /** A pair that met: a featured achievement and a checked-in participant (the database holds both). */
    async meet(actor: Actor | null, id: number, m: z.output<typeof eventMeetingInputSchema>) {
      const a = admin(actor);
      return db.transaction(async (tx) => {
        const r = await planned(tx, id);
        if (r.status === 'cancelled') throw eventErrors.state();
        const { rows: p } = await tx.execute(sql`
          SELECT 1 FROM market_event_participants WHERE event_id = ${id} AND org_id = ${m.orgId} AND checked_in_at IS NOT NULL`);
        const { rows: f } = await tx.execute(sql`
          SELECT 1 FROM market_event_achievements WHERE event_id = ${id} AND achievement_id = ${m.achievementId}`);
        if (p.length === 0 || f.length === 0) throw eventErrors.notAPair();
        const { rows } = await tx.execute(sql`
          INSERT INTO market_event_meetings (event_id, achievement_id, org_id, note, recorded_by, recorded_at)
          VALUES (${id}, ${m.achievementId}, ${m.orgId}, ${m.note}, ${a.userId}, ${clock.now().toISOString()})
          ON CONFLICT DO NOTHING RETURNING id`);
        if (rows.length === 0) throw eventErrors.alreadyMet();
        const meetingId = Number((rows[0] as { id: number }).id);
        await recordAudit(tx, a, { action: 'market.event.meeting', entity: 'market_event', entityId: id, after: m });
        return { id: meetingId };
      });
    },

    /** The participants, the pairs that met with what followed each, and the event's totals (administration). */
    async yieldOf(actor: Actor | null, id: number): Promise<EventYield> {
      admin(actor);
      const r = await row(db, id, -1);
      if (!r) throw eventErrors.notFound();
      const { rows: ps } = await db.execute(sql`
        SELECT p.org_id, o.name, p.invited_at, p.registered_at, p.checked_in_at
        FROM market_event_participants p JOIN org_directory o ON o.id = p.org_id
        WHERE p.event_id = ${id} ORDER BY o.name`);
      // The deal each pair opened after the event began (the latest), its contract and registration.
      const { rows: ms } = await db.execute(sql`
        SELECT m.id, m.achievement_id, a.title, m.org_id, o.name, m.note, d.id AS deal_id, d.status AS deal_status,
               c.status AS contract_status, g.status AS registration_status, c.tech_trade_fen
        FROM market_event_meetings m
        JOIN market_achievements a ON a.id = m.achievement_id
        JOIN org_directory o ON o.id = m.org_id
        LEFT JOIN LATERAL (
          SELECT id, status FROM market_deals
          WHERE achievement_id = m.achievement_id AND buyer_org_id = m.org_id AND created_at >= ${r.starts_at}
            AND status <> 'cancelled'
          ORDER BY id DESC LIMIT 1) d ON true
        LEFT JOIN market_contracts c ON c.deal_id = d.id
        LEFT JOIN market_registrations g ON g.contract_id = c.id
        WHERE m.event_id = ${id} ORDER BY m.id`);
      const outcome = (x: Record<string, unknown>): MeetingOutcome =>
        x.registration_status === 'registered'
          ? 'registered'
          : x.contract_status === 'signed'
            ? 'contracted'
            : x.deal_status === 'agreed' || x.deal_status === 'notice' || x.deal_status === 'contracted'
              ? 'agreed'
              : x.deal_id
                ? 'negotiating'
                : 'met';
      const meetings = (ms as Record<string, unknown>[]).map((x) => ({
        id: Number(x.id),
        achievementId: Number(x.achievement_id),
        achievementTitle: String(x.title),
        orgId: Number(x.org_id),
        orgName: String(x.name),
        note: String(x.note),
        outcome: outcome(x),
        dealId: x.deal_id === null ? null : Number(x.deal_id),
        techTradeFen: x.registration_status === 'registered' ? Number(x.tech_trade_fen) : 0,
      }));
      const participants = (ps as Record<string, string | null>[]).map((p) => ({
        orgId: Number(p.org_id),
        orgName: String(p.name),
        invitedAt: iso(p.invited_at ?? null),
        registeredAt: iso(p.registered_at ?? null),
        checkedInAt: iso(p.checked_in_at ?? null),
      }));
      return {
        participants,
        meetings: meetings.map(({ techTradeFen: _t, ...m }) => m),
        summary: {
          invited: participants.filter((p) => p.invitedAt).length,
          registered: participants.filter((p) => p.registeredAt).length,
          checkedIn: participants.filter((p) => p.checkedInAt).length,
          meetings: meetings.length,
          negotiations: meetings.filter((m) => m.outcome !== 'met').length,
          contracts: meetings.filter((m) => m.outcome === 'contracted' || m.outcome === 'registered').length,
          techTradeFen: meetings.reduce((s, m) => s + m.techTradeFen, 0),
        },
      };
    },
  };
}
export type EventService = ReturnType<typeof createEventService>;
