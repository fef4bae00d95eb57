import { shanghaiDate } from '@cz/shared';
import type {
  FinanceEvent,
  financeEventInputSchema,
  financeEventListQuerySchema,
  meetingInputSchema,
  meetingResultSchema,
} from '@cz/shared/finance';
import { addWorkingDays } from '@cz/shared/policy';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../kernel/db/pg-error.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { notifyOrg } from '../notification/index.ts';
import { orgDirectory } from '../org/index.ts';
import { eventPage, eventYields } from './events.list.ts';
import { financeEventInvites, financeEventMeetings, financeEvents } from './events.table.ts';
import type { FinancePolicyApi } from './finance.deps.ts';
import { financeErrors } from './finance.errors.ts';
import { FINANCE_ACTIONS } from './finance.permissions.ts';
import { financeInstitutions } from './finance.table.ts';
import { institutionOf } from './institutions.service.ts';
import type { FinanceSettingsService } from './settings.service.ts';

type MeetingRow = {
  id: number;
  event_id: number;
  institution_org_id: number;
  institution_name: string;
  enterprise_org_id: number;
  enterprise_name: string;
  starts_at: string;
  ends_at: string;
  status: 'scheduled' | 'held' | 'no_show';
  outcome: 'interested' | 'negotiating' | 'no_fit' | null;
  note: string;
  follow_up_due: string | null;
  followed_up_at: string | null;
  follow_up_note: string | null;
};

/**
 * 银企对接会: the finance office plans an event, invites institutions and enterprises (each told), books 1:1
 * meetings in slots (the database keeps anyone out of two at once), records each meeting held with its outcome and
 * a follow-up due in working days, which the institution records; an event's yield counts what followed.
 */
export function createEventService({
  db,
  policy,
  settings,
  clock,
}: {
  db: Db;
  policy: FinancePolicyApi;
  settings: FinanceSettingsService;
  clock: Clock;
}) {
  async function meetings(tx: Tx | Db, eventId: number): Promise<FinanceEvent['meetings']> {
    const { rows } = await tx.execute(sql`
      SELECT m.id, m.event_id, m.institution_org_id, i.name AS institution_name, m.enterprise_org_id,
             e.name AS enterprise_name, to_json(lower(m.slot)) #>> '{}' AS starts_at,
             to_json(upper(m.slot)) #>> '{}' AS ends_at, m.status, m.outcome, m.note, m.follow_up_due::text,
             to_json(m.followed_up_at) #>> '{}' AS followed_up_at, m.follow_up_note
      FROM finance_event_meetings m JOIN org_directory i ON i.id = m.institution_org_id
      JOIN org_directory e ON e.id = m.enterprise_org_id
      WHERE m.event_id = ${eventId} ORDER BY lower(m.slot), m.id`);
    const day = shanghaiDate(clock.now());
    return (rows as MeetingRow[]).map((m) => ({
      id: Number(m.id),
      eventId: Number(m.event_id),
      institutionOrgId: Number(m.institution_org_id),
      institutionName: m.institution_name,
      enterpriseOrgId: Number(m.enterprise_org_id),
      enterpriseName: m.enterprise_name,
      startsAt: new Date(m.starts_at).toISOString(),
      endsAt: new Date(m.ends_at).toISOString(),
      status: m.status,
      outcome: m.outcome,
      note: m.note,
      followUpDue: m.follow_up_due,
      followedUpAt: m.followed_up_at ? new Date(m.followed_up_at).toISOString() : null,
      followUpNote: m.follow_up_note,
      followUpOverdue: m.status === 'held' && !m.followed_up_at && m.follow_up_due !== null && day > m.follow_up_due,
    }));
  }

  async function one(tx: Tx | Db, id: number): Promise<FinanceEvent> {
    const [e] = await tx.select().from(financeEvents).where(eq(financeEvents.id, id));
    if (!e) throw financeErrors.eventNotFound();
    const invites = await tx
      .select({
        orgId: financeEventInvites.orgId,
        name: orgDirectory.name,
        side: financeEventInvites.side,
        response: financeEventInvites.response,
      })
      .from(financeEventInvites)
      .innerJoin(orgDirectory, eq(orgDirectory.id, financeEventInvites.orgId))
      .where(eq(financeEventInvites.eventId, id))
      .orderBy(financeEventInvites.side, orgDirectory.name);
    const ms = await meetings(tx, id);
    const y = (await eventYields(tx, [id])).get(id) as FinanceEvent['yield'];
    return {
      id: e.id,
      title: e.title,
      description: e.description,
      venue: e.venue,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
      status: e.status,
      invites,
      meetings: ms,
      yield: y,
    };
  }

  /** The event, for the office, and for an organisation it invited. */
  async function visible(tx: Tx | Db, actor: Actor | null, id: number) {
    if (!actor) throw commonErrors.unauthenticated();
    const e = await one(tx, id);
    if (!can(actor, FINANCE_ACTIONS.oversee) && !e.invites.some((i) => i.orgId === actor.orgId))
      throw financeErrors.eventNotFound();
    return e;
  }

  return {
    /** All events for the office, those it was invited to for an organisation; the yield in one statement. */
    async list(actor: Actor | null, q: z.output<typeof financeEventListQuerySchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      const office = can(actor, FINANCE_ACTIONS.oversee);
      return eventPage(db, office ? { office } : { office, orgId: actor.orgId }, q);
    },

    get: (actor: Actor | null, id: number) => visible(db, actor, id),

    async create(actor: Actor | null, input: z.output<typeof financeEventInputSchema>) {
      const who = authorize(actor, FINANCE_ACTIONS.oversee);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(financeEvents)
          .values({
            ...input,
            startsAt: new Date(input.startsAt),
            endsAt: new Date(input.endsAt),
            createdBy: who.userId,
            createdAt: clock.now(),
            updatedAt: clock.now(),
          })
          .returning();
        await recordAudit(tx, actor, {
          action: 'finance.event.create',
          entity: 'finance_event',
          entityId: row?.id ?? null,
          after: { title: input.title, startsAt: input.startsAt },
        });
        return one(tx, row?.id as number);
      });
    },

    /** Invites verified organisations: institutions with a profile, and enterprises; each is told. */
    async invite(actor: Actor | null, id: number, orgIds: readonly number[]) {
      authorize(actor, FINANCE_ACTIONS.oversee);
      return db.transaction(async (tx) => {
        const e = await one(tx, id);
        if (e.status !== 'planned') throw financeErrors.eventState();
        const ids = [...new Set(orgIds)];
        const orgs = await tx
          .select({
            id: orgDirectory.id,
            kind: orgDirectory.kind,
            status: orgDirectory.status,
            profile: financeInstitutions.orgId,
          })
          .from(orgDirectory)
          .leftJoin(financeInstitutions, eq(financeInstitutions.orgId, orgDirectory.id))
          .where(inArray(orgDirectory.id, ids));
        const sides = orgs.map((o) => ({
          orgId: o.id,
          side: o.kind === 'finance' && o.profile !== null ? ('institution' as const) : ('enterprise' as const),
          ok: o.status === 'verified' && (o.kind === 'enterprise' || (o.kind === 'finance' && o.profile !== null)),
        }));
        if (sides.length !== ids.length || sides.some((s) => !s.ok)) throw financeErrors.notInvitable();
        const added = await tx
          .insert(financeEventInvites)
          .values(sides.map((s) => ({ eventId: id, orgId: s.orgId, side: s.side, invitedAt: clock.now() })))
          .onConflictDoNothing()
          .returning();
        for (const a of added)
          await notifyOrg(tx, a.orgId, {
            kind: 'finance.event_invited',
            params: { title: e.title, startsAt: e.startsAt },
            link: a.side === 'institution' ? `/finance-desk/events/${id}` : `/my/finance/events/${id}`,
          });
        if (added.length > 0)
          await recordAudit(tx, actor, {
            action: 'finance.event.invite',
            entity: 'finance_event',
            entityId: id,
            after: { invited: added.map((a) => a.orgId) },
          });
        return one(tx, id);
      });
    },

    /** An invited organisation answers its invitation. */
    async respond(actor: Actor | null, id: number, response: 'accepted' | 'declined') {
      if (!actor?.orgId) throw commonErrors.unauthenticated();
      const orgId = actor.orgId;
      return db.transaction(async (tx) => {
        const updated = await tx
          .update(financeEventInvites)
          .set({ response })
          .where(and(eq(financeEventInvites.eventId, id), eq(financeEventInvites.orgId, orgId)))
          .returning();
        if (updated.length === 0) throw financeErrors.eventNotFound();
        await recordAudit(tx, actor, {
          action: 'finance.event.respond',
          entity: 'finance_event',
          entityId: id,
          after: { orgId, response },
        });
        return visible(tx, actor, id);
      });
    },

    /** Books a 1:1 meeting of an invited institution and an invited enterprise within the event's hours. */
    async book(actor: Actor | null, id: number, input: z.output<typeof meetingInputSchema>) {
      authorize(actor, FINANCE_ACTIONS.oversee);
      return db.transaction(async (tx) => {
        const e = await one(tx, id);
        const side = (orgId: number) => e.invites.find((i) => i.orgId === orgId)?.side;
        if (side(input.institutionOrgId) !== 'institution' || side(input.enterpriseOrgId) !== 'enterprise')
          throw financeErrors.notInvited();
        const start = new Date(input.startsAt);
        const end = new Date(start.getTime() + input.minutes * 60_000);
        if (start < new Date(e.startsAt) || end > new Date(e.endsAt)) throw financeErrors.slotOutside();
        try {
          await tx.execute(sql`SAVEPOINT meeting`);
          const { rows } = await tx.execute(sql`
            INSERT INTO finance_event_meetings (event_id, institution_org_id, enterprise_org_id, slot)
            VALUES (${id}, ${input.institutionOrgId}, ${input.enterpriseOrgId},
                    tstzrange(${start.toISOString()}::timestamptz, ${end.toISOString()}::timestamptz, '[)'))
            RETURNING id`);
          await tx.execute(sql`RELEASE SAVEPOINT meeting`);
          await recordAudit(tx, actor, {
            action: 'finance.event.book',
            entity: 'finance_event',
            entityId: id,
            after: { meetingId: Number((rows[0] as { id: number }).id), ...input },
          });
        } catch (err) {
          const code = (err as { cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code;
          if (code === '23P01' || isUniqueViolation(err)) throw financeErrors.slotTaken();
          throw err;
        }
        return one(tx, id);
      });
    },

    /**
     * A meeting's result: held with its outcome (the follow-up falls due the configured working days later) or a
     * no-show, recorded by the office; the follow-up, recorded by the institution that met.
     */
    async result(actor: Actor | null, meetingId: number, body: z.output<typeof meetingResultSchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      return db.transaction(async (tx) => {
        const [m] = await tx
          .select()
          .from(financeEventMeetings)
          .where(eq(financeEventMeetings.id, meetingId))
          .for('update');
        if (!m) throw financeErrors.meetingNotFound();
        const now = clock.now();
        if (body.action === 'follow_up') {
          const inst = await institutionOf(tx, actor);
          if (inst.orgId !== m.institutionOrgId) throw financeErrors.meetingNotFound();
          if (m.status !== 'held' || m.followedUpAt) throw financeErrors.meetingState();
          await tx
            .update(financeEventMeetings)
            .set({ followedUpAt: now, followUpNote: body.note })
            .where(eq(financeEventMeetings.id, meetingId));
        } else {
          authorize(actor, FINANCE_ACTIONS.oversee);
          if (m.status !== 'scheduled') throw financeErrors.meetingState();
          const values =
            body.action === 'held'
              ? {
                  status: 'held' as const,
                  outcome: body.outcome,
                  note: body.note,
                  followUpDue: addWorkingDays(
                    shanghaiDate(now),
                    (await settings.read(tx)).followUpDays,
                    await policy.calendar(tx),
                  ),
                }
              : { status: 'no_show' as const, note: body.note };
          await tx.update(financeEventMeetings).set(values).where(eq(financeEventMeetings.id, meetingId));
          if (body.action === 'held')
            await notifyOrg(tx, m.institutionOrgId, {
              kind: 'finance.meeting_follow_up',
              params: { due: values.followUpDue ?? '' },
              link: `/finance-desk/events/${m.eventId}`,
            });
        }
        await recordAudit(tx, actor, {
          action: `finance.meeting.${body.action}`,
          entity: 'finance_event',
          entityId: m.eventId,
          before: { meetingId, status: m.status },
          after: { action: body.action },
        });
        return one(tx, m.eventId);
      });
    },

    /** The office closes an event as held (or cancels a planned one). */
    async end(actor: Actor | null, id: number, status: 'held' | 'cancelled') {
      authorize(actor, FINANCE_ACTIONS.oversee);
      return db.transaction(async (tx) => {
        const [e] = await tx.select().from(financeEvents).where(eq(financeEvents.id, id)).for('update');
        if (!e) throw financeErrors.eventNotFound();
        if (e.status !== 'planned') throw financeErrors.eventState();
        await tx.update(financeEvents).set({ status, updatedAt: clock.now() }).where(eq(financeEvents.id, id));
        await recordAudit(tx, actor, {
          action: `finance.event.${status}`,
          entity: 'finance_event',
          entityId: id,
          before: { status: e.status },
          after: { status },
        });
        return one(tx, id);
      });
    },
  };
}
export type EventService = ReturnType<typeof createEventService>;
