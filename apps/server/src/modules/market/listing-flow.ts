import { ACHIEVEMENT_TRANSITIONS, type AchievementAction, type AchievementStatus } from '@cz/shared/market';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Tx } from '../../kernel/db/connection.ts';
import { type AppError, commonErrors } from '../../kernel/errors.ts';
import { authorize } from '../../kernel/policy.ts';
import { notifyAdmins, notifyOrg } from '../notification/index.ts';
import type { OrgApi } from '../org/index.ts';
import { marketErrors } from './market.errors.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';

/** What the review flow reads and writes of a listing (an achievement or a need). */
export type ListingRow = {
  id: number;
  ownerOrgId: number;
  title: string;
  status: AchievementStatus;
  reviewNote: string | null;
  reviewedBy: number | null;
  reviewedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
};

/** The table behind a kind of listing. */
export type ListingStore<R extends ListingRow> = {
  byId(tx: Tx, id: number, forUpdate?: boolean): Promise<R | undefined>;
  /** Changes the row; with `from`, only while its status is one of them (undefined when it was not). */
  update(tx: Tx, id: number, values: Partial<R>, from?: readonly AchievementStatus[]): Promise<R | undefined>;
};

export type ListingKind = 'achievement' | 'need';
/** Where a listing of each kind is read: its owner's page and the administration's. */
const PATHS: Record<ListingKind, string> = { achievement: 'achievements', need: 'needs' };

/** Content an owner may change; status, review and dates are the flow's own. */
export const EDITABLE: readonly AchievementStatus[] = ['draft', 'returned', 'withdrawn'];

/**
 * The review flow every listing of the market goes through: members of a verified organisation write and submit,
 * the administration publishes or returns with the reason, the owner withdraws. The database holds the same
 * transitions (market_listing_transition, migration 0034); every step is audited as `market.<kind>.<action>` and
 * told to the side that acts next.
 */
export function createListingFlow<R extends ListingRow>({
  kind,
  store,
  orgs,
  clock,
  notFound,
}: {
  kind: ListingKind;
  store: ListingStore<R>;
  orgs: OrgApi;
  clock: Clock;
  notFound: () => AppError;
}) {
  const entity = `market_${kind}`;
  const path = PATHS[kind];

  /** Moves the listing by `action`, only from the statuses the flow allows (else market.bad_transition). */
  async function move(tx: Tx, actor: Actor, before: R, action: AchievementAction, values: Partial<R>) {
    const after = await store.update(tx, before.id, values, ACHIEVEMENT_TRANSITIONS[action]);
    if (!after) throw marketErrors.badTransition(`cannot ${action} a ${kind} that is ${before.status}`);
    await recordAudit(tx, actor, {
      action: `market.${kind}.${action}`,
      entity,
      entityId: before.id,
      before: { status: before.status },
      after: { status: after.status, reviewNote: after.reviewNote },
    });
    return after;
  }

  const flow = {
    entity,
    /** The acting member's organisation, verified. */
    async ownerOf(tx: Tx, actor: Actor | null) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!actor.orgId) throw marketErrors.notMember();
      const org = await orgs.byId(tx, actor.orgId);
      if (org?.status !== 'verified') throw marketErrors.orgNotVerified();
      return org;
    },

    /** The listing, locked, when the actor is its owner's member (or an administrator). */
    async owned(tx: Tx, actor: Actor | null, id: number) {
      if (!actor) throw commonErrors.unauthenticated();
      const row = await store.byId(tx, id, true);
      if (!row || (!isAdmin(actor) && row.ownerOrgId !== actor.orgId)) throw notFound();
      return row;
    },

    /** Changes the content of a draft, returned or withdrawn listing (a submitted or published one is withdrawn first). */
    async edit(
      tx: Tx,
      actor: Actor | null,
      id: number,
      values: Partial<R>,
      audited: (r: R) => Record<string, unknown>,
    ) {
      const before = await flow.owned(tx, actor, id);
      if (!EDITABLE.includes(before.status)) throw marketErrors.notEditable();
      const after = await store.update(tx, id, { ...values, updatedAt: clock.now() }, EDITABLE);
      if (!after) throw marketErrors.notEditable();
      await recordAudit(tx, actor, {
        action: `market.${kind}.update`,
        entity,
        entityId: id,
        before: audited(before),
        after: audited(after),
      });
      return after;
    },

    /** The owner sends it for review; the administration is told. */
    async submit(tx: Tx, actor: Actor | null, id: number) {
      const before = await flow.owned(tx, actor, id);
      const after = await move(tx, actor as Actor, before, 'submit', {
        status: 'submitted',
        updatedAt: clock.now(),
      } as Partial<R>);
      await notifyAdmins(tx, {
        kind: `market.${kind}_submitted`,
        params: { title: after.title },
        link: `/admin/market/${path}/${id}`,
      });
      return after;
    },

    /** The owner takes it off the market (or back from review). */
    async withdraw(tx: Tx, actor: Actor | null, id: number) {
      const before = await flow.owned(tx, actor, id);
      return move(tx, actor as Actor, before, 'withdraw', {
        status: 'withdrawn',
        updatedAt: clock.now(),
      } as Partial<R>);
    },

    /** The administration publishes a submitted listing, or returns it with the reason; the owner is told. */
    async review(tx: Tx, actor: Actor | null, id: number, body: { decision: 'publish' | 'return'; note: string }) {
      authorize(actor, MARKET_ACTIONS.review);
      const before = await store.byId(tx, id, true);
      if (!before) throw notFound();
      const now = clock.now();
      const publish = body.decision === 'publish';
      const after = await move(tx, actor as Actor, before, publish ? 'publish' : 'return', {
        status: publish ? 'published' : 'returned',
        reviewNote: body.note || null,
        reviewedBy: (actor as Actor).userId,
        reviewedAt: now,
        publishedAt: publish ? now : before.publishedAt,
        updatedAt: now,
      } as Partial<R>);
      await notifyOrg(tx, after.ownerOrgId, {
        kind: publish ? `market.${kind}_published` : `market.${kind}_returned`,
        params: { title: after.title, reason: publish ? '' : body.note },
        link: `/my/market/${path}/${id}`,
      });
      return after;
    },
  };
  return flow;
}
