import {
  ACHIEVEMENT_TRANSITIONS,
  type Achievement,
  type AchievementAction,
  type achievementInputSchema,
  type achievementListQuerySchema,
  type achievementReviewSchema,
} from '@cz/shared/market';
import type { z } from 'zod';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import type { IpApi } from '../ip/index.ts';
import { notifyAdmins, notifyOrg } from '../notification/index.ts';
import type { OrgApi } from '../org/index.ts';
import type { AchievementRepository } from './achievements.repository.ts';
import { marketErrors } from './market.errors.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';
import type { AchievementRow } from './market.table.ts';

type View = NonNullable<Awaited<ReturnType<AchievementRepository['view']>>>;
const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const toAchievement = (r: View): Achievement => ({
  id: r.id,
  ownerOrgId: r.ownerOrgId,
  ownerName: r.ownerName,
  ownerKind: r.ownerKind,
  title: r.title,
  summary: r.summary,
  field: r.field,
  stage: r.stage,
  maturityEvidence: r.maturityEvidence,
  transferModes: r.transferModes,
  priceFen: r.priceFen,
  negotiable: r.negotiable,
  keywords: r.keywords,
  team: r.team,
  ipRecordIds: r.ipRecordIds,
  status: r.status,
  reviewNote: r.reviewNote,
  publishedAt: iso(r.publishedAt),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** Content an owner may change; status, review and dates are the flow's own. */
const EDITABLE: readonly AchievementRow['status'][] = ['draft', 'returned', 'withdrawn'];

/**
 * 科技成果 on the market: members of a verified organisation write and submit them, the administration reviews them
 * (publish, or return with the reason), the public browses the published ones. Every change is audited.
 */
export function createAchievementService({
  db,
  achievements,
  orgs,
  ip,
  clock,
}: {
  db: Db;
  achievements: AchievementRepository;
  orgs: OrgApi;
  ip: IpApi;
  clock: Clock;
}) {
  /** The acting member's organisation, verified. */
  async function ownerOf(tx: Tx, actor: Actor | null) {
    if (!actor) throw commonErrors.unauthenticated();
    if (!actor.orgId) throw marketErrors.notMember();
    const org = await orgs.byId(tx, actor.orgId);
    if (org?.status !== 'verified') throw marketErrors.orgNotVerified();
    return org;
  }

  /** The achievement, locked, when the actor is its owner's member (or an administrator). */
  async function owned(tx: Tx, actor: Actor | null, id: number) {
    if (!actor) throw commonErrors.unauthenticated();
    const row = await achievements.byId(tx, id, true);
    if (!row || (!isAdmin(actor) && row.ownerOrgId !== actor.orgId)) throw marketErrors.notFound();
    return row;
  }

  async function checkIp(tx: Tx, orgId: number, ids: readonly number[]) {
    const own = new Set(await ip.ownRecordIds(tx, orgId, ids));
    const foreign = ids.filter((id) => !own.has(id));
    if (foreign.length) throw marketErrors.foreignIp(`not the owner's: ${foreign.join(', ')}`);
  }

  async function answer(tx: Tx, id: number) {
    const row = await achievements.view(tx, id);
    if (!row) throw marketErrors.notFound();
    return toAchievement(row);
  }

  /** Moves the achievement by `action`, only from the statuses the flow allows (else market.bad_transition). */
  async function move(
    tx: Tx,
    actor: Actor,
    before: AchievementRow,
    action: AchievementAction,
    values: Partial<AchievementRow>,
  ) {
    const after = await achievements.update(tx, before.id, values, ACHIEVEMENT_TRANSITIONS[action]);
    if (!after) throw marketErrors.badTransition(`cannot ${action} an achievement that is ${before.status}`);
    await recordAudit(tx, actor, {
      action: `market.achievement.${action}`,
      entity: 'market_achievement',
      entityId: before.id,
      before: { status: before.status },
      after: { status: after.status, reviewNote: after.reviewNote },
    });
    return after;
  }

  return {
    /**
     * The public sees published achievements; an organisation's members see all of its own (`ownerOrgId`), and the
     * administration everything.
     */
    async list(actor: Actor | null, q: z.output<typeof achievementListQuerySchema>) {
      const all = can(actor, MARKET_ACTIONS.readAll);
      const own = q.ownerOrgId !== undefined && actor?.orgId === q.ownerOrgId;
      const { items, total } = await achievements.list({ ...q, publicOnly: !(all || own) }, pageWindow(q));
      return pageOf(items.map(toAchievement), total, q);
    },

    async get(actor: Actor | null, id: number) {
      const row = await achievements.view(db, id);
      const visible =
        row && (row.status === 'published' || can(actor, MARKET_ACTIONS.readAll) || actor?.orgId === row.ownerOrgId);
      if (!row || !visible) throw marketErrors.notFound();
      return toAchievement(row);
    },

    async create(actor: Actor | null, input: z.output<typeof achievementInputSchema>) {
      return db.transaction(async (tx) => {
        const org = await ownerOf(tx, actor);
        await checkIp(tx, org.id, input.ipRecordIds);
        const now = clock.now();
        const row = await achievements.insert(tx, {
          ...input,
          ownerOrgId: org.id,
          createdBy: (actor as Actor).userId,
          createdAt: now,
          updatedAt: now,
        });
        await recordAudit(tx, actor, {
          action: 'market.achievement.create',
          entity: 'market_achievement',
          entityId: row.id,
          after: { title: row.title, field: row.field, stage: row.stage, priceFen: row.priceFen },
        });
        return answer(tx, row.id);
      });
    },

    /** Changes a draft, a returned or a withdrawn achievement; a submitted or published one is withdrawn first. */
    async update(actor: Actor | null, id: number, input: z.output<typeof achievementInputSchema>) {
      return db.transaction(async (tx) => {
        const before = await owned(tx, actor, id);
        if (!EDITABLE.includes(before.status)) throw marketErrors.notEditable();
        await checkIp(tx, before.ownerOrgId, input.ipRecordIds);
        const after = await achievements.update(tx, id, { ...input, updatedAt: clock.now() }, EDITABLE);
        if (!after) throw marketErrors.notEditable();
        await recordAudit(tx, actor, {
          action: 'market.achievement.update',
          entity: 'market_achievement',
          entityId: id,
          before: { title: before.title, summary: before.summary, priceFen: before.priceFen },
          after: { title: after.title, summary: after.summary, priceFen: after.priceFen },
        });
        return answer(tx, id);
      });
    },

    /** The owner sends it for review; the administration is told. */
    async submit(actor: Actor | null, id: number) {
      return db.transaction(async (tx) => {
        const before = await owned(tx, actor, id);
        const after = await move(tx, actor as Actor, before, 'submit', {
          status: 'submitted',
          updatedAt: clock.now(),
        });
        await notifyAdmins(tx, {
          kind: 'market.achievement_submitted',
          params: { title: after.title },
          link: `/admin/market/achievements/${id}`,
        });
        return answer(tx, id);
      });
    },

    /** The owner takes it off the market (or back from review). */
    async withdraw(actor: Actor | null, id: number) {
      return db.transaction(async (tx) => {
        const before = await owned(tx, actor, id);
        await move(tx, actor as Actor, before, 'withdraw', { status: 'withdrawn', updatedAt: clock.now() });
        return answer(tx, id);
      });
    },

    /** The administration publishes a submitted achievement, or returns it with the reason; the owner is told. */
    async review(actor: Actor | null, id: number, body: z.output<typeof achievementReviewSchema>) {
      authorize(actor, MARKET_ACTIONS.review);
      return db.transaction(async (tx) => {
        const before = await achievements.byId(tx, id, true);
        if (!before) throw marketErrors.notFound();
        const now = clock.now();
        const publish = body.decision === 'publish';
        const after = await move(tx, actor as Actor, before, publish ? 'publish' : 'return', {
          status: publish ? 'published' : 'returned',
          reviewNote: body.note || null,
          reviewedBy: (actor as Actor).userId,
          reviewedAt: now,
          publishedAt: publish ? now : before.publishedAt,
          updatedAt: now,
        });
        await notifyOrg(tx, after.ownerOrgId, {
          kind: publish ? 'market.achievement_published' : 'market.achievement_returned',
          params: { title: after.title, reason: publish ? '' : body.note },
          link: `/my/market/achievements/${id}`,
        });
        return answer(tx, id);
      });
    },
  };
}
export type AchievementService = ReturnType<typeof createAchievementService>;
