import { shanghaiDate, type WorkItem } from '@cz/shared';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { can } from '../../kernel/policy.ts';
import { createAchievementRepository } from './achievements.repository.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';
import { createNeedRepository } from './needs.repository.ts';
import { createPushRepository } from './pushes.repository.ts';

/**
 * For the workbench: achievements and needs waiting for the administration's review; for an organisation, the
 * suggestions pushed for its needs that wait for its answer, and its negotiations and registrations that wait for
 * it; for a broker, the open needs without a push; for the registration point, the applications to decide.
 */
export async function pendingFor(db: Db, actor: Actor): Promise<WorkItem[]> {
  if (actor.role === 'expert') {
    // A 技术经理人: the open, published needs nobody has pushed an achievement for yet.
    const pushes = createPushRepository();
    if (!(await pushes.isBroker(db, actor.userId))) return [];
    const n = await pushes.openNeedsWithoutPushes(db, shanghaiDate(new Date()));
    return [{ key: 'market.broker_needs', count: n, link: '/my/market/broker?waiting=true' }];
  }
  if (!can(actor, MARKET_ACTIONS.review)) {
    // An enterprise's members (needs are stated from enterprise accounts): achievements pushed for its needs.
    if (!actor.orgId || actor.role !== 'enterprise') return [];
    const [n, deals, returned, invitations] = await Promise.all([
      createPushRepository().waitingFor(db, actor.orgId),
      dealsWaitingFor(db, actor.orgId),
      returnedRegistrations(db, actor.orgId),
      openInvitations(db, actor.orgId),
    ]);
    return [
      { key: 'market.pushes', count: n, link: '/my/market/needs' },
      { key: 'market.deals', count: deals, link: '/my/market/deals' },
      { key: 'market.registrations_returned', count: returned, link: '/my/market/registrations?status=returned' },
      { key: 'market.event_invitations', count: invitations, link: '/market/events' },
    ];
  }
  const [achievements, needs, registrations] = await Promise.all([
    createAchievementRepository({ db }).submittedCount(db),
    createNeedRepository({ db }).submittedCount(db),
    can(actor, MARKET_ACTIONS.register) ? submittedRegistrations(db) : Promise.resolve(null),
  ]);
  return [
    { key: 'market.achievements', count: achievements, link: '/admin/market/achievements?status=submitted' },
    { key: 'market.needs', count: needs, link: '/admin/market/needs?status=submitted' },
    ...(registrations === null
      ? []
      : [
          {
            key: 'market.registrations' as const,
            count: registrations,
            link: '/admin/market/registrations?status=submitted',
          },
        ]),
  ];
}

/**
 * An organisation's negotiations that wait for it: an open offer of the other side to answer, or a draft contract its
 * side has not confirmed.
 */
async function dealsWaitingFor(db: Db, orgId: number): Promise<number> {
  const { rows } = await db.execute(sql`
    SELECT count(*)::int AS n FROM market_deals d
    WHERE (d.seller_org_id = ${orgId} OR d.buyer_org_id = ${orgId})
      AND (
        (d.status = 'negotiating' AND EXISTS (
          SELECT 1 FROM market_deal_messages m
          WHERE m.deal_id = d.id AND m.offer_status = 'open'
            AND m.side = CASE WHEN d.seller_org_id = ${orgId} THEN 'buyer' ELSE 'seller' END))
        OR EXISTS (
          SELECT 1 FROM market_contracts c
          WHERE c.deal_id = d.id AND c.status = 'draft'
            AND CASE WHEN c.seller_org_id = ${orgId} THEN c.seller_confirmed_at ELSE c.buyer_confirmed_at END IS NULL))`);
  return Number((rows[0] as { n: number }).n);
}

/** The seller's registrations sent back for materials. */
async function returnedRegistrations(db: Db, orgId: number): Promise<number> {
  const { rows } = await db.execute(sql`
    SELECT count(*)::int AS n FROM market_registrations WHERE seller_org_id = ${orgId} AND status = 'returned'`);
  return Number((rows[0] as { n: number }).n);
}

/** Applications the registration point has to decide. */
async function submittedRegistrations(db: Db): Promise<number> {
  const { rows } = await db.execute(
    sql`SELECT count(*)::int AS n FROM market_registrations WHERE status = 'submitted'`,
  );
  return Number((rows[0] as { n: number }).n);
}

/** Push events the organisation is invited to and has not registered for, while registration is open. */
async function openInvitations(db: Db, orgId: number): Promise<number> {
  const { rows } = await db.execute(sql`
    SELECT count(*)::int AS n FROM market_event_participants p JOIN market_events e ON e.id = p.event_id
    WHERE p.org_id = ${orgId} AND p.invited_at IS NOT NULL AND p.registered_at IS NULL
      AND e.status = 'planned' AND e.ends_at > now()`);
  return Number((rows[0] as { n: number }).n);
}
