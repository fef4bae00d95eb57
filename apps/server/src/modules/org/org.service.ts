import type { Indicator, OrgInputParsed, OrgListQuery } from '@cz/shared';
import { orgListQuerySchema } from '@cz/shared';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../kernel/db/pg-error.ts';
import { commonErrors } from '../../kernel/errors.ts';
import type { EventBus } from '../../kernel/events.ts';
import { pageWindow } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { orgErrors } from './org.errors.ts';
import { type FactChangeService, factDiffs, withoutFacts } from './org.fact-changes.ts';
import { normaliseInput, toOrg } from './org.mapper.ts';
import { ORG_ACTIONS } from './org.permissions.ts';
import type { OrgRepository } from './org.repository.ts';
import './org.events.ts';

/** Runs `fn`, turning the database's refusal of a second organisation with one USCC into `org.duplicate_uscc`. */
export async function guardDuplicateUscc<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUniqueViolation(err, 'organisations_uscc_key')) throw orgErrors.duplicateUscc();
    throw err;
  }
}

const isMember = (actor: Actor | null, orgId: number) => actor?.orgId === orgId;

export function createOrgService({
  db,
  orgs,
  factChanges,
  clock,
  events,
}: {
  db: Db;
  orgs: OrgRepository;
  factChanges: FactChangeService;
  clock: Clock;
  /** Announces indicator changes (`org.indicators-changed`) inside their transaction; none in some tests. */
  events?: EventBus;
}) {
  /** An admin, or a user of the organisation itself, may see everything and change it. */
  function assertCanManage(actor: Actor | null, orgId: number) {
    if (!actor) throw commonErrors.unauthenticated();
    if (!isAdmin(actor) && !isMember(actor, orgId)) throw commonErrors.forbidden();
  }

  async function loadOrThrow(tx: Tx, id: number, forUpdate = false) {
    const row = await orgs.byId(tx, id, forUpdate);
    if (!row) throw orgErrors.notFound();
    return row;
  }

  return {
    /** Admins see every organisation; everyone else sees verified ones only. */
    async list(actor: Actor | null, query: OrgListQuery) {
      const q = orgListQuerySchema.parse(query);
      const status = isAdmin(actor) ? q.status : ['verified' as const];
      const { items, total } = await orgs.list({ ...q, status }, pageWindow(q), q.sort);
      return {
        items: items.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      } as const;
    },

    async get(actor: Actor | null, id: number) {
      const row = await loadOrThrow(db, id);
      const full = isAdmin(actor) || isMember(actor, id);
      if (!full && row.status !== 'verified') throw orgErrors.notFound();
      return toOrg(row, { mask: !full });
    },

    /** Admins register organisations directly; they start verified. */
    async create(actor: Actor | null, input: OrgInputParsed) {
      authorize(actor, ORG_ACTIONS.register);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const row = await guardDuplicateUscc(() =>
          orgs.insert(tx, { ...normaliseInput(input), status: 'verified', verifiedAt: now, verifiedBy: actor?.userId }),
        );
        await recordAudit(tx, actor, { action: 'org.create', entity: 'organisation', entityId: row.id, after: row });
        return toOrg(row);
      });
    },

    /**
     * Members and admins edit. On a verified organisation a member's change to a verified fact (legal
     * representative, USCC, flags and their registration numbers…) becomes a request to the administration and the
     * organisation keeps its verified values meanwhile; every other field changes at once. An admin's edit is the
     * administration's own, and an organisation not verified yet is under review as a whole, so both apply directly.
     */
    async update(actor: Actor | null, id: number, input: OrgInputParsed) {
      assertCanManage(actor, id);
      return db.transaction(async (tx) => {
        const before = await loadOrThrow(tx, id, true);
        const values = normaliseInput(input);
        const asRequest = actor && !isAdmin(actor) && before.status === 'verified';
        if (asRequest) {
          const diffs = factDiffs(before, values);
          if (diffs.length > 0) await factChanges.request(tx, actor, before, diffs);
        }
        const after = await guardDuplicateUscc(() =>
          orgs.update(tx, id, asRequest ? withoutFacts(values) : values, clock.now()),
        );
        await recordAudit(tx, actor, { action: 'org.update', entity: 'organisation', entityId: id, before, after });
        return toOrg(after);
      });
    },

    async decide(
      actor: Actor | null,
      id: number,
      decision: { decision: 'verify' } | { decision: 'reject'; reason: string },
    ) {
      authorize(actor, ORG_ACTIONS.verify);
      return db.transaction(async (tx) => {
        const before = await loadOrThrow(tx, id, true);
        if (before.status !== 'pending') throw orgErrors.notPending();
        const now = clock.now();
        const after = await orgs.update(
          tx,
          id,
          decision.decision === 'verify'
            ? { status: 'verified', rejectReason: null, verifiedAt: now, verifiedBy: actor?.userId ?? null }
            : {
                status: 'rejected',
                rejectReason: decision.reason,
                verifiedAt: null,
                verifiedBy: actor?.userId ?? null,
              },
          now,
        );
        await recordAudit(tx, actor, {
          action: `org.${decision.decision}`,
          entity: 'organisation',
          entityId: id,
          before,
          after,
        });
        return toOrg(after);
      });
    },

    /** A rejected organisation corrects its data and asks again. */
    async resubmit(actor: Actor | null, id: number) {
      assertCanManage(actor, id);
      return db.transaction(async (tx) => {
        const before = await loadOrThrow(tx, id, true);
        if (before.status !== 'rejected') throw orgErrors.notPending('only a rejected organisation can be resubmitted');
        const after = await orgs.update(tx, id, { status: 'pending', rejectReason: null }, clock.now());
        await recordAudit(tx, actor, { action: 'org.resubmit', entity: 'organisation', entityId: id, before, after });
        return toOrg(after);
      });
    },

    async indicators(actor: Actor | null, orgId: number) {
      assertCanManage(actor, orgId);
      await loadOrThrow(db, orgId);
      const rows = await orgs.indicators(db, orgId);
      return rows.map(({ orgId: _o, updatedAt: _u, ...r }) => r);
    },

    async putIndicator(actor: Actor | null, orgId: number, input: Indicator) {
      assertCanManage(actor, orgId);
      return db.transaction(async (tx) => {
        await loadOrThrow(tx, orgId, true);
        const before = await orgs.indicator(tx, orgId, input.year);
        const after = await orgs.upsertIndicator(tx, orgId, input, clock.now());
        await recordAudit(tx, actor, {
          action: before ? 'org.indicator.update' : 'org.indicator.create',
          entity: 'org_indicator',
          entityId: `${orgId}:${input.year}`,
          before: before ?? undefined,
          after,
        });
        await events?.emit(tx, actor, 'org.indicators-changed', { orgId, year: input.year });
        const { orgId: _o, updatedAt: _u, ...r } = after as NonNullable<typeof after>;
        return r;
      });
    },

    async deleteIndicator(actor: Actor | null, orgId: number, year: number) {
      assertCanManage(actor, orgId);
      await db.transaction(async (tx) => {
        const before = await orgs.indicator(tx, orgId, year);
        if (!before) throw orgErrors.indicatorNotFound();
        await orgs.deleteIndicator(tx, orgId, year);
        await recordAudit(tx, actor, {
          action: 'org.indicator.delete',
          entity: 'org_indicator',
          entityId: `${orgId}:${year}`,
          before,
        });
        await events?.emit(tx, actor, 'org.indicators-changed', { orgId, year });
      });
    },
  };
}
export type OrgService = ReturnType<typeof createOrgService>;
