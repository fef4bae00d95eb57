import { shanghaiDate } from '@cz/shared';
import type { BrokerNeed, brokerNeedQuerySchema, Push, pushAnswerSchema, pushInputSchema } from '@cz/shared/market';
import type { z } from 'zod';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { type Page, pageOf, pageWindow } from '../../kernel/paging.ts';
import { can } from '../../kernel/policy.ts';
import { notifyOrg, notifyUsers } from '../notification/index.ts';
import type { AchievementRepository } from './achievements.repository.ts';
import { marketErrors } from './market.errors.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';
import type { NeedRepository } from './needs.repository.ts';
import type { PushRepository } from './pushes.repository.ts';

type View = NonNullable<Awaited<ReturnType<PushRepository['view']>>>;
const toPush = (r: View): Push => ({
  id: r.id,
  needId: r.needId,
  needTitle: r.needTitle,
  achievementId: r.achievementId,
  achievementTitle: r.achievementTitle,
  achievementOwnerName: r.achievementOwnerName,
  note: r.note,
  pushedAt: r.pushedAt.toISOString(),
  answer: r.answer,
  answerReason: r.answerReason,
  answeredAt: r.answeredAt ? r.answeredAt.toISOString() : null,
});

/**
 * 技术经理人 push suggested achievements to a need's owner, who answers each: interested (a confirmed interest: the
 * achievement's owner is told and may read the need's confidential details), not now, or not relevant with the
 * reason. Answers move the pair in later rankings (FEEDBACK_FACTORS). Every step is audited.
 */
export function createPushService({
  db,
  pushes,
  needs,
  achievements,
  clock,
}: {
  db: Db;
  pushes: PushRepository;
  needs: NeedRepository;
  achievements: AchievementRepository;
  clock: Clock;
}) {
  /** Administrators, and experts the administration named brokers. */
  async function isBroker(tx: Tx | Db, actor: Actor | null) {
    if (!actor || !can(actor, MARKET_ACTIONS.broker)) return false;
    return isAdmin(actor) || pushes.isBroker(tx, actor.userId);
  }

  return {
    isBroker: (actor: Actor | null) => isBroker(db, actor),

    async push(actor: Actor | null, needId: number, input: z.output<typeof pushInputSchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      return db.transaction(async (tx) => {
        if (!(await isBroker(tx, actor))) throw marketErrors.notBroker();
        const need = await needs.byId(tx, needId);
        if (!need) throw marketErrors.needNotFound();
        const achievement = await achievements.byId(tx, input.achievementId);
        if (need.status !== 'published' || achievement?.status !== 'published')
          throw marketErrors.notPushable(`need ${need.status}, achievement ${achievement?.status ?? 'missing'}`);
        const id = await pushes.insert(tx, {
          needId,
          achievementId: input.achievementId,
          pushedBy: actor.userId,
          note: input.note,
          pushedAt: clock.now(),
        });
        if (id === undefined) throw marketErrors.alreadyPushed();
        await recordAudit(tx, actor, {
          action: 'market.push.create',
          entity: 'market_push',
          entityId: id,
          after: { needId, achievementId: input.achievementId, note: input.note },
        });
        await notifyOrg(tx, need.ownerOrgId, {
          kind: 'market.push_received',
          params: { need: need.title, achievement: achievement.title },
          link: `/my/market/needs/${needId}`,
        });
        return toPush((await pushes.view(tx, id)) as View);
      });
    },

    /** The pushes of a need: for its owner, brokers and the administration. */
    async list(actor: Actor | null, needId: number) {
      const need = await needs.byId(db, needId);
      if (!need || !(actor?.orgId === need.ownerOrgId || (await isBroker(db, actor))))
        throw marketErrors.needNotFound();
      return { items: (await pushes.forNeed(db, needId)).map(toPush) };
    },

    /** A broker's desk: the open needs to review, those nobody pushed for first (brokers and the administration). */
    async brokerNeeds(actor: Actor | null, q: z.output<typeof brokerNeedQuerySchema>): Promise<Page<BrokerNeed>> {
      if (!actor) throw commonErrors.unauthenticated();
      if (!(await isBroker(db, actor))) throw marketErrors.notBroker();
      const { limit, offset } = pageWindow(q);
      const page = await pushes.brokerNeeds(db, {
        today: shanghaiDate(clock.now()),
        q: q.q,
        waiting: q.waiting,
        limit,
        offset,
      });
      return pageOf(
        page.items.map((r) => ({
          id: r.id,
          title: r.title,
          ownerName: r.owner_name,
          field: r.field,
          deadline: r.deadline,
          publishedAt: r.published_at === null ? null : new Date(r.published_at).toISOString(),
          pushes: r.pushes,
          unanswered: r.unanswered,
          interested: r.interested,
        })),
        page.total,
        q,
      );
    },

    /** The need's owner answers once; "interested" tells the achievement's owner and the broker. */
    async answer(actor: Actor | null, id: number, body: z.output<typeof pushAnswerSchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      return db.transaction(async (tx) => {
        const before = await pushes.view(tx, id);
        if (!before || before.needOwnerOrgId !== actor.orgId) throw marketErrors.pushNotFound();
        const done = await pushes.answer(tx, id, {
          answer: body.answer,
          answerReason: body.reason || null,
          answeredBy: actor.userId,
          answeredAt: clock.now(),
        });
        if (done === undefined) throw marketErrors.alreadyAnswered();
        await recordAudit(tx, actor, {
          action: 'market.push.answer',
          entity: 'market_push',
          entityId: id,
          before: { answer: null },
          after: { answer: body.answer, reason: body.reason },
        });
        const params = { need: before.needTitle, achievement: before.achievementTitle, answer: body.answer };
        await notifyUsers(tx, [before.pushedBy], {
          kind: 'market.push_answered',
          params,
          link: `/market/needs/${before.needId}`,
        });
        if (body.answer === 'interested')
          await notifyOrg(tx, before.achievementOwnerOrgId, {
            kind: 'market.push_interested',
            params,
            link: `/market/needs/${before.needId}`,
          });
        return toPush((await pushes.view(tx, id)) as View);
      });
    },
  };
}
export type PushService = ReturnType<typeof createPushService>;
