import { addDays, shanghaiDate } from '@cz/shared';
import type {
  dealCancelSchema,
  dealListQuerySchema,
  dealMessageInputSchema,
  dealNoticeQuerySchema,
  dealOpenSchema,
} from '@cz/shared/market';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { can } from '../../kernel/policy.ts';
import { notifyOrg } from '../notification/index.ts';
import type { OrgApi } from '../org/index.ts';
import { attachUploads } from '../upload/index.ts';
import { shareAchievementFiles } from './achievements.files.ts';
import type { AchievementRepository } from './achievements.repository.ts';
import { DEAL_MESSAGE_FILES, type DealRepository, toDeal } from './deals.repository.ts';
import { marketErrors } from './market.errors.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';
import type { NeedRepository } from './needs.repository.ts';
import { loadSettings } from './settings.service.ts';

type Side = 'seller' | 'buyer';
const other = (s: Side): Side => (s === 'seller' ? 'buyer' : 'seller');

/**
 * From interest to an agreed price: a buyer inquires about a published achievement (contact goes through the
 * platform only), the two sides write and make offers, one side accepts the other's open offer. When the seller is a
 * public institution (高校、科研院所), the agreed price goes on public notice for the configured days (协议定价公示)
 * before a contract may be drafted. Every step is audited and the other side is told.
 */
export function createDealService({
  db,
  deals,
  achievements,
  needs,
  orgs,
  clock,
}: {
  db: Db;
  deals: DealRepository;
  achievements: AchievementRepository;
  needs: NeedRepository;
  orgs: OrgApi;
  clock: Clock;
}) {
  const today = () => shanghaiDate(clock.now());

  /** The deal and the actor's side, or not found for anyone but its two sides (and the administration, reading). */
  async function partyOf(tx: Tx, actor: Actor | null, id: number, forUpdate = false) {
    if (!actor) throw commonErrors.unauthenticated();
    const row = await deals.byId(tx, id, forUpdate);
    if (!row) throw marketErrors.dealNotFound();
    const side: Side | null =
      actor.orgId === Number(row.seller_org_id) ? 'seller' : actor.orgId === Number(row.buyer_org_id) ? 'buyer' : null;
    return { row, side };
  }
  async function sideOf(tx: Tx, actor: Actor | null, id: number) {
    const p = await partyOf(tx, actor, id, true);
    if (!p.side) throw marketErrors.dealNotFound();
    return p as { row: typeof p.row; side: Side };
  }

  async function detail(tx: Tx, actor: Actor, id: number) {
    const row = await deals.byId(tx, id);
    if (!row) throw marketErrors.dealNotFound();
    return { ...toDeal(row, actor.orgId, today()), messages: await deals.messages(tx, id) };
  }

  async function tell(tx: Tx, row: { seller_org_id: number; buyer_org_id: number }, to: Side, notice: Notice) {
    await notifyOrg(tx, Number(to === 'seller' ? row.seller_org_id : row.buyer_org_id), notice);
  }
  type Notice = Parameters<typeof notifyOrg>[2];

  return {
    async open(actor: Actor | null, input: z.output<typeof dealOpenSchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!actor.orgId) throw marketErrors.notMember();
      const buyerOrgId = actor.orgId;
      return db.transaction(async (tx) => {
        const a = await achievements.byId(tx, input.achievementId);
        if (a?.status !== 'published') throw marketErrors.notFound();
        if (a.ownerOrgId === buyerOrgId) throw marketErrors.ownAchievement();
        if (input.needId !== null) {
          const need = await needs.byId(tx, input.needId);
          if (!need || need.ownerOrgId !== buyerOrgId) throw marketErrors.needNotFound();
        }
        const seller = await orgs.byId(tx, a.ownerOrgId);
        const now = clock.now();
        const { rows } = await tx.execute(sql`
          INSERT INTO market_deals (achievement_id, need_id, seller_org_id, buyer_org_id, seller_public, opened_by,
                                    created_at, updated_at)
          VALUES (${a.id}, ${input.needId}, ${a.ownerOrgId}, ${buyerOrgId}, ${seller?.kind === 'university'},
                  ${actor.userId}, ${now.toISOString()}, ${now.toISOString()})
          ON CONFLICT DO NOTHING RETURNING id`);
        const id = Number((rows[0] as { id: number } | undefined)?.id ?? 0);
        if (!id) throw marketErrors.dealOpen();
        await tx.execute(sql`
          INSERT INTO market_deal_messages (deal_id, side, author_id, body, created_at)
          VALUES (${id}, 'buyer', ${actor.userId}, ${input.message}, ${now.toISOString()})`);
        // The buyer reads the achievement's files from now on, public or not.
        if (a.attachments.length > 0) await shareAchievementFiles(tx, actor, a.id);
        await recordAudit(tx, actor, {
          action: 'market.deal.open',
          entity: 'market_deal',
          entityId: id,
          after: { achievementId: a.id, needId: input.needId, sellerOrgId: a.ownerOrgId, buyerOrgId },
        });
        await notifyOrg(tx, a.ownerOrgId, {
          kind: 'market.deal_opened',
          params: { achievement: a.title },
          link: `/my/market/deals/${id}`,
        });
        return detail(tx, actor, id);
      });
    },

    /** A message of one side, with an offer (which supersedes the open one) and files. */
    async message(actor: Actor | null, id: number, input: z.output<typeof dealMessageInputSchema>) {
      return db.transaction(async (tx) => {
        const { row, side } = await sideOf(tx, actor, id);
        const a = actor as Actor;
        if (row.status === 'cancelled') throw marketErrors.dealState();
        if (input.offerFen !== null && row.status !== 'negotiating') throw marketErrors.dealState();
        const now = clock.now();
        if (input.offerFen !== null)
          await tx.execute(sql`
            UPDATE market_deal_messages SET offer_status = 'superseded' WHERE deal_id = ${id} AND offer_status = 'open'`);
        const { rows } = await tx.execute(sql`
          INSERT INTO market_deal_messages (deal_id, side, author_id, body, offer_fen, offer_status, attachments,
                                            created_at)
          VALUES (${id}, ${side}, ${a.userId}, ${input.body}, ${input.offerFen},
                  ${input.offerFen === null ? null : 'open'}, ${`{${input.attachments.join(',')}}`}::text[],
                  ${now.toISOString()})
          RETURNING id`);
        const messageId = Number((rows[0] as { id: number }).id);
        await attachUploads(
          tx,
          a,
          { kind: DEAL_MESSAGE_FILES, id: messageId, orgIds: [Number(row.seller_org_id), Number(row.buyer_org_id)] },
          input.attachments,
        );
        await tx.execute(sql`UPDATE market_deals SET updated_at = ${now.toISOString()} WHERE id = ${id}`);
        await recordAudit(tx, a, {
          action: input.offerFen === null ? 'market.deal.message' : 'market.deal.offer',
          entity: 'market_deal',
          entityId: id,
          after: { messageId, side, offerFen: input.offerFen, attachments: input.attachments.length },
        });
        await tell(tx, row, other(side), {
          kind: input.offerFen === null ? 'market.deal_message' : 'market.deal_offer',
          params: { achievement: row.achievement_title, offerFen: input.offerFen ?? 0 },
          link: `/my/market/deals/${id}`,
        });
        return detail(tx, a, id);
      });
    },

    /**
     * One side answers the other's open offer. Accepted, it is the agreed price: on public notice from today for
     * the configured days when the seller is a public institution, agreed at once otherwise.
     */
    async answerOffer(actor: Actor | null, id: number, accept: boolean) {
      return db.transaction(async (tx) => {
        const { row, side } = await sideOf(tx, actor, id);
        const a = actor as Actor;
        if (row.status !== 'negotiating') throw marketErrors.dealState();
        const offer = await deals.openOffer(tx, id);
        if (!offer || offer.side === side) throw marketErrors.noOpenOffer();
        const now = clock.now();
        await tx.execute(sql`
          UPDATE market_deal_messages SET offer_status = ${accept ? 'accepted' : 'declined'} WHERE id = ${offer.id}`);
        if (!accept) {
          await tx.execute(sql`UPDATE market_deals SET updated_at = ${now.toISOString()} WHERE id = ${id}`);
          await recordAudit(tx, a, {
            action: 'market.deal.decline',
            entity: 'market_deal',
            entityId: id,
            after: { messageId: offer.id, offerFen: offer.offerFen },
          });
          await tell(tx, row, other(side), {
            kind: 'market.deal_declined',
            params: { achievement: row.achievement_title, offerFen: offer.offerFen },
            link: `/my/market/deals/${id}`,
          });
          return detail(tx, a, id);
        }
        const { noticeDays } = await loadSettings(tx);
        const onNotice = row.seller_public && noticeDays > 0;
        const from = today();
        await tx.execute(sql`
          UPDATE market_deals
          SET status = ${onNotice ? 'notice' : 'agreed'}, agreed_fen = ${offer.offerFen}, agreed_at = ${now.toISOString()},
              notice_from = ${onNotice ? from : null}, notice_until = ${onNotice ? addDays(from, noticeDays) : null},
              updated_at = ${now.toISOString()}
          WHERE id = ${id}`);
        await recordAudit(tx, a, {
          action: 'market.deal.agree',
          entity: 'market_deal',
          entityId: id,
          before: { status: 'negotiating' },
          after: {
            status: onNotice ? 'notice' : 'agreed',
            agreedFen: offer.offerFen,
            noticeUntil: onNotice ? addDays(from, noticeDays) : null,
          },
        });
        await tell(tx, row, other(side), {
          kind: onNotice ? 'market.deal_notice' : 'market.deal_agreed',
          params: { achievement: row.achievement_title, offerFen: offer.offerFen },
          link: `/my/market/deals/${id}`,
        });
        return detail(tx, a, id);
      });
    },

    async cancel(actor: Actor | null, id: number, body: z.output<typeof dealCancelSchema>) {
      return db.transaction(async (tx) => {
        const { row, side } = await sideOf(tx, actor, id);
        const a = actor as Actor;
        if (!['negotiating', 'notice', 'agreed'].includes(row.status)) throw marketErrors.dealState();
        const now = clock.now();
        await tx.execute(sql`
          UPDATE market_deal_messages SET offer_status = 'superseded' WHERE deal_id = ${id} AND offer_status = 'open'`);
        await tx.execute(sql`
          UPDATE market_deals SET status = 'cancelled', cancel_reason = ${body.reason}, updated_at = ${now.toISOString()}
          WHERE id = ${id}`);
        await recordAudit(tx, a, {
          action: 'market.deal.cancel',
          entity: 'market_deal',
          entityId: id,
          before: { status: row.status },
          after: { status: 'cancelled', reason: body.reason, side },
        });
        await tell(tx, row, other(side), {
          kind: 'market.deal_cancelled',
          params: { achievement: row.achievement_title, reason: body.reason },
          link: `/my/market/deals/${id}`,
        });
        return detail(tx, a, id);
      });
    },

    async get(actor: Actor | null, id: number) {
      const { side } = await partyOf(db, actor, id);
      if (!side && !can(actor as Actor, MARKET_ACTIONS.readDeals)) throw marketErrors.dealNotFound();
      return detail(db, actor as Actor, id);
    },

    async list(actor: Actor | null, q: z.output<typeof dealListQuerySchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      const all = q.scope === 'all';
      if (all && !can(actor, MARKET_ACTIONS.readDeals)) throw commonErrors.forbidden();
      if (!all && !actor.orgId) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
      const org = actor.orgId ?? -1;
      const where = sql.join(
        [
          all ? sql`true` : sql`(d.seller_org_id = ${org} OR d.buyer_org_id = ${org})`,
          q.status ? sql`d.status = ${q.status}` : sql`true`,
          q.q
            ? sql`(a.title ILIKE ${`%${likeFragment(q.q)}%`} OR s.name ILIKE ${`%${likeFragment(q.q)}%`} OR b.name ILIKE ${`%${likeFragment(q.q)}%`})`
            : sql`true`,
        ],
        sql` AND `,
      );
      const { rows, total } = await deals.page(db, where, q.pageSize, (q.page - 1) * q.pageSize);
      const t = today();
      return { items: rows.map((r) => toDeal(r, actor.orgId, t)), total, page: q.page, pageSize: q.pageSize };
    },

    /** The agreed prices on public notice now (public), found by a fragment of the title or a side's name. */
    async notices(q: z.output<typeof dealNoticeQuerySchema>) {
      const t = today();
      const like = q.q ? likeFragment(q.q) : null;
      const where = sql`d.status = 'notice' AND d.notice_until >= ${t} ${
        like ? sql`AND (a.title ILIKE ${like} OR s.name ILIKE ${like} OR b.name ILIKE ${like})` : sql``
      }`;
      const { rows, total } = await deals.page(db, where, q.pageSize, (q.page - 1) * q.pageSize);
      return {
        items: rows.map((r) => {
          const d = toDeal(r, null, t);
          return {
            dealId: d.id,
            achievementTitle: d.achievementTitle,
            sellerName: d.sellerName,
            buyerName: d.buyerName,
            agreedFen: d.agreedFen as number,
            noticeFrom: d.noticeFrom as string,
            noticeUntil: d.noticeUntil as string,
          };
        }),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  };
}
export type DealService = ReturnType<typeof createDealService>;
