import {
  type FactChange,
  type FactChangeDecision,
  type FactChangeListQuery,
  type FactDiff,
  factChangeListQuerySchema,
  type OrgFactChangeQuery,
  orgFactChangeQuerySchema,
  VERIFIED_FACTS,
} from '@cz/shared';
import { and, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../kernel/db/pg-error.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { type PageQuery, pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { notifyOrg } from '../notification/index.ts';
import { orgErrors } from './org.errors.ts';
import { ORG_ACTIONS } from './org.permissions.ts';
import type { OrgRepository, OrgWrite } from './org.repository.ts';
import { type OrgFactChangeRow, type OrgRow, organisations, orgFactChanges } from './org.table.ts';

type FactValues = Partial<Pick<OrgRow, (typeof VERIFIED_FACTS)[number]>>;

/** The verified facts that `values` would change on `row`, each with its verified value and the value asked for. */
export function factDiffs(row: FactValues, values: FactValues): FactDiff[] {
  return VERIFIED_FACTS.filter((f) => (row[f] ?? null) !== (values[f] ?? null)).map((field) => ({
    field,
    from: row[field] ?? null,
    to: values[field] ?? null,
  }));
}

/** `values` without the verified facts: what a member of a verified organisation changes at once. */
export function withoutFacts<T extends Partial<OrgWrite>>(values: T): Omit<T, (typeof VERIFIED_FACTS)[number]> {
  const rest: Partial<OrgWrite> = { ...values };
  for (const f of VERIFIED_FACTS) delete rest[f];
  return rest as Omit<T, (typeof VERIFIED_FACTS)[number]>;
}

/**
 * A request matches a search when the organisation's name, a value it asks for or would replace, or the reason it
 * was rejected holds the fragment, or (all digits) it is the request's number.
 */
function searched(fragment: string): SQL {
  const like = likeFragment(fragment);
  const byId = /^\d{1,9}$/.test(fragment) ? eq(orgFactChanges.id, Number(fragment)) : undefined;
  return or(
    ilike(organisations.name, like),
    ilike(orgFactChanges.rejectReason, like),
    sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${orgFactChanges.changes}) c
      WHERE c->>'to' ILIKE ${like} OR c->>'from' ILIKE ${like})`,
    byId,
  ) as SQL;
}

const toFactChange = (r: OrgFactChangeRow & { orgName: string }): FactChange => ({
  id: r.id,
  orgId: r.orgId,
  orgName: r.orgName,
  status: r.status,
  changes: r.changes,
  requestedAt: r.requestedAt.toISOString(),
  decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
  rejectReason: r.rejectReason,
});

/**
 * Changes to verified facts go to the administration: a member asks (one open request per organisation, a later
 * edit replacing what it asks), the administration approves — the organisation's verified value changes, and a
 * changed legal representative joins the history that related-party checks read — or rejects with a reason.
 */
export function createFactChangeService({ db, orgs, clock }: { db: Db; orgs: OrgRepository; clock: Clock }) {
  const select = (tx: Tx) =>
    tx
      .select({
        id: orgFactChanges.id,
        orgId: orgFactChanges.orgId,
        changes: orgFactChanges.changes,
        status: orgFactChanges.status,
        requestedBy: orgFactChanges.requestedBy,
        requestedAt: orgFactChanges.requestedAt,
        decidedBy: orgFactChanges.decidedBy,
        decidedAt: orgFactChanges.decidedAt,
        rejectReason: orgFactChanges.rejectReason,
        orgName: organisations.name,
      })
      .from(orgFactChanges)
      .innerJoin(organisations, eq(organisations.id, orgFactChanges.orgId));

  /** A page of the requests `where` finds, with their total. */
  async function page(where: SQL | undefined, order: SQL | typeof orgFactChanges.id, q: PageQuery) {
    const { limit, offset } = pageWindow(q);
    const [rows, [count]] = await Promise.all([
      select(db).where(where).orderBy(order).limit(limit).offset(offset),
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(orgFactChanges)
        .innerJoin(organisations, eq(organisations.id, orgFactChanges.orgId))
        .where(where),
    ]);
    return pageOf(rows.map(toFactChange), count?.n ?? 0, q);
  }

  async function loadOrThrow(tx: Tx, id: number) {
    const [row] = await select(tx).where(eq(orgFactChanges.id, id)).for('update', { of: orgFactChanges });
    if (!row) throw orgErrors.factChangeNotFound();
    return row;
  }

  return {
    /**
     * Inside the member's edit (its transaction, the organisation row locked): records `diffs` as the organisation's
     * open request, replacing an earlier open one. A USCC already registered elsewhere is refused now, not at approval.
     */
    async request(tx: Tx, actor: Actor, org: OrgRow, diffs: FactDiff[]): Promise<void> {
      const uscc = diffs.find((d) => d.field === 'uscc');
      if (uscc && (await orgs.existingUscc(tx, [String(uscc.to)])).size > 0) throw orgErrors.duplicateUscc();
      const now = clock.now();
      const [open] = await tx
        .select()
        .from(orgFactChanges)
        .where(and(eq(orgFactChanges.orgId, org.id), eq(orgFactChanges.status, 'pending')))
        .for('update');
      const [row] = open
        ? await tx
            .update(orgFactChanges)
            .set({ changes: diffs, requestedAt: now, requestedBy: actor.userId })
            .where(eq(orgFactChanges.id, open.id))
            .returning()
        : await tx
            .insert(orgFactChanges)
            .values({ orgId: org.id, changes: diffs, requestedAt: now, requestedBy: actor.userId })
            .returning();
      await recordAudit(tx, actor, {
        action: 'org.fact_change.request',
        entity: 'org_fact_change',
        entityId: row?.id ?? null,
        before: open ? { changes: open.changes } : undefined,
        after: { orgId: org.id, changes: diffs },
      });
    },

    /** An organisation's requests, newest first, a page (its members and admins). */
    async ofOrg(actor: Actor | null, orgId: number, query: OrgFactChangeQuery) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!isAdmin(actor) && actor.orgId !== orgId) throw commonErrors.forbidden();
      const q = orgFactChangeQuerySchema.parse(query);
      const where = and(
        eq(orgFactChanges.orgId, orgId),
        q.status ? eq(orgFactChanges.status, q.status) : undefined,
        q.q ? searched(q.q) : undefined,
      );
      return page(where, desc(orgFactChanges.id), q);
    },

    /** The administration's list, by status (pending first of all), oldest request first among pending ones. */
    async list(actor: Actor | null, query: FactChangeListQuery) {
      authorize(actor, ORG_ACTIONS.verify);
      const q = factChangeListQuerySchema.parse(query);
      const where = and(eq(orgFactChanges.status, q.status), q.q ? searched(q.q) : undefined);
      return page(where, q.status === 'pending' ? orgFactChanges.id : desc(orgFactChanges.id), q);
    },

    async pendingCount(actor: Actor | null) {
      authorize(actor, ORG_ACTIONS.verify);
      const [count] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(orgFactChanges)
        .where(eq(orgFactChanges.status, 'pending'));
      return { pending: count?.n ?? 0 };
    },

    async decide(actor: Actor | null, id: number, d: FactChangeDecision) {
      authorize(actor, ORG_ACTIONS.verify);
      return db.transaction(async (tx) => {
        const change = await loadOrThrow(tx, id);
        if (change.status !== 'pending') throw orgErrors.factChangeNotPending();
        const now = clock.now();
        const decided = { decidedBy: actor?.userId ?? null, decidedAt: now };
        if (d.decision === 'reject') {
          await tx
            .update(orgFactChanges)
            .set({ ...decided, status: 'rejected', rejectReason: d.reason })
            .where(eq(orgFactChanges.id, id));
          await recordAudit(tx, actor, {
            action: 'org.fact_change.reject',
            entity: 'org_fact_change',
            entityId: id,
            before: { status: 'pending' },
            after: { status: 'rejected', reason: d.reason },
          });
          await notifyOrg(tx, change.orgId, {
            kind: 'org.fact_change_rejected',
            params: { changeId: id, reason: d.reason },
            link: '/my/org',
          });
        } else {
          const before = await orgs.byId(tx, change.orgId, true);
          if (!before) throw orgErrors.notFound();
          const values = Object.fromEntries(change.changes.map((c) => [c.field, c.to])) as Partial<OrgWrite>;
          const after = await orgs.update(tx, change.orgId, values, now).catch((err) => {
            throw isUniqueViolation(err, 'organisations_uscc_key') ? orgErrors.duplicateUscc() : err;
          });
          await tx
            .update(orgFactChanges)
            .set({ ...decided, status: 'approved' })
            .where(eq(orgFactChanges.id, id));
          await recordAudit(tx, actor, {
            action: 'org.fact_change.approve',
            entity: 'organisation',
            entityId: change.orgId,
            before,
            after: { ...after, factChangeId: id },
          });
          await notifyOrg(tx, change.orgId, {
            kind: 'org.fact_change_approved',
            params: { changeId: id },
            link: '/my/org',
          });
        }
        return toFactChange(
          (await select(tx).where(eq(orgFactChanges.id, id)))[0] as Parameters<typeof toFactChange>[0],
        );
      });
    },

    /** A member takes back the organisation's open request. */
    async withdraw(actor: Actor | null, orgId: number) {
      if (!actor) throw commonErrors.unauthenticated();
      if (actor.orgId !== orgId) throw commonErrors.forbidden();
      return db.transaction(async (tx) => {
        const [open] = await tx
          .select({ id: orgFactChanges.id })
          .from(orgFactChanges)
          .where(and(eq(orgFactChanges.orgId, orgId), eq(orgFactChanges.status, 'pending')))
          .for('update');
        if (!open) throw orgErrors.factChangeNotPending();
        await tx
          .update(orgFactChanges)
          .set({ status: 'withdrawn', decidedBy: actor.userId, decidedAt: clock.now() })
          .where(eq(orgFactChanges.id, open.id));
        await recordAudit(tx, actor, {
          action: 'org.fact_change.withdraw',
          entity: 'org_fact_change',
          entityId: open.id,
          before: { status: 'pending' },
          after: { status: 'withdrawn' },
        });
      });
    },
  };
}
export type FactChangeService = ReturnType<typeof createFactChangeService>;
