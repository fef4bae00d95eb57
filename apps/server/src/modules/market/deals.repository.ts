import type { Deal, DealMessage, DealStatus } from '@cz/shared/market';
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../kernel/db/connection.ts';
import { storedFiles } from '../upload/index.ts';

/** The record kinds files are attached to in the market's negotiations and contracts (upload_attachments). */
export const DEAL_MESSAGE_FILES = 'market_deal_message';
export const CONTRACT_FILES = 'market_contract';

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());
const day = (v: unknown) => (v === null || v === undefined ? null : String(v).slice(0, 10));

type DealDbRow = {
  id: number;
  achievement_id: number;
  achievement_title: string;
  need_id: number | null;
  seller_org_id: number;
  seller_name: string;
  buyer_org_id: number;
  buyer_name: string;
  seller_public: boolean;
  status: DealStatus;
  agreed_fen: number | null;
  agreed_at: string | null;
  notice_from: string | null;
  notice_until: string | null;
  contract_id: number | null;
  open_licence_id: number | null;
  licence_years: number | null;
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
};

const DEAL_SELECT = sql`
  SELECT d.id, d.achievement_id, a.title AS achievement_title, d.need_id, d.seller_org_id, s.name AS seller_name,
         d.buyer_org_id, b.name AS buyer_name, d.seller_public, d.status, d.agreed_fen, d.agreed_at, d.notice_from,
         d.notice_until, c.id AS contract_id, d.open_licence_id, d.licence_years, d.cancel_reason, d.created_at, d.updated_at
  FROM market_deals d
  JOIN market_achievements a ON a.id = d.achievement_id
  JOIN org_directory s ON s.id = d.seller_org_id
  JOIN org_directory b ON b.id = d.buyer_org_id
  LEFT JOIN market_contracts c ON c.deal_id = d.id`;

/** A deal as its reader sees it: `orgId` decides the side; `today` (Shanghai) whether a notice is over. */
export function toDeal(r: DealDbRow, orgId: number | null, today: string): Deal {
  const noticeUntil = day(r.notice_until);
  const status = r.status;
  return {
    id: Number(r.id),
    achievementId: Number(r.achievement_id),
    achievementTitle: r.achievement_title,
    needId: r.need_id === null ? null : Number(r.need_id),
    sellerOrgId: Number(r.seller_org_id),
    sellerName: r.seller_name,
    buyerOrgId: Number(r.buyer_org_id),
    buyerName: r.buyer_name,
    side: orgId === Number(r.seller_org_id) ? 'seller' : orgId === Number(r.buyer_org_id) ? 'buyer' : null,
    sellerPublic: r.seller_public,
    status,
    agreedFen: r.agreed_fen === null ? null : Number(r.agreed_fen),
    agreedAt: iso(r.agreed_at),
    noticeFrom: day(r.notice_from),
    noticeUntil,
    contractable: status === 'agreed' || (status === 'notice' && noticeUntil !== null && today > noticeUntil),
    contractId: r.contract_id === null ? null : Number(r.contract_id),
    openLicenceId: r.open_licence_id === null ? null : Number(r.open_licence_id),
    licenceYears: r.licence_years === null ? null : Number(r.licence_years),
    cancelReason: r.cancel_reason,
    createdAt: iso(r.created_at) as string,
    updatedAt: iso(r.updated_at) as string,
  };
}

export function createDealRepository() {
  return {
    async byId(tx: Tx, id: number, forUpdate = false): Promise<DealDbRow | undefined> {
      if (forUpdate) await tx.execute(sql`SELECT 1 FROM market_deals WHERE id = ${id} FOR UPDATE`);
      const { rows } = await tx.execute(sql`${DEAL_SELECT} WHERE d.id = ${id}`);
      return rows[0] as DealDbRow | undefined;
    },

    async page(tx: Tx, where: SQL, limit: number, offset: number) {
      const { rows } = await tx.execute(
        sql`${DEAL_SELECT} WHERE ${where} ORDER BY d.updated_at DESC, d.id DESC LIMIT ${limit} OFFSET ${offset}`,
      );
      const { rows: n } = await tx.execute(sql`
        SELECT count(*)::int AS n FROM market_deals d
        JOIN market_achievements a ON a.id = d.achievement_id
        JOIN org_directory s ON s.id = d.seller_org_id
        JOIN org_directory b ON b.id = d.buyer_org_id
        WHERE ${where}`);
      return { rows: rows as DealDbRow[], total: Number((n[0] as { n: number }).n) };
    },

    async messages(tx: Tx, dealId: number): Promise<DealMessage[]> {
      const { rows } = await tx.execute(sql`
        SELECT m.id, m.side, u.display_name AS author_name, m.body, m.offer_fen, m.offer_status, m.created_at,
               m.attachments AS hashes
        FROM market_deal_messages m JOIN user_directory u ON u.id = m.author_id
        WHERE m.deal_id = ${dealId} ORDER BY m.id`);
      const list = rows as {
        id: number;
        side: 'seller' | 'buyer';
        author_name: string;
        body: string;
        offer_fen: number | null;
        offer_status: DealMessage['offerStatus'];
        created_at: string;
        hashes: string[];
      }[];
      const files = await storedFiles(
        tx,
        list.flatMap((m) => m.hashes),
      );
      return list.map((m) => ({
        id: Number(m.id),
        side: m.side,
        authorName: m.author_name,
        body: m.body,
        offerFen: m.offer_fen === null ? null : Number(m.offer_fen),
        offerStatus: m.offer_status,
        attachments: m.hashes.map((hash) => ({ hash, name: files.get(hash)?.name ?? hash.slice(0, 12) })),
        createdAt: iso(m.created_at) as string,
      }));
    },

    /** The deal's open offer, locked: at most one (market_deal_messages_one_open). */
    async openOffer(tx: Tx, dealId: number) {
      const { rows } = await tx.execute(sql`
        SELECT id, side, offer_fen FROM market_deal_messages
        WHERE deal_id = ${dealId} AND offer_status = 'open' FOR UPDATE`);
      const r = rows[0] as { id: number; side: 'seller' | 'buyer'; offer_fen: number } | undefined;
      return r && { id: Number(r.id), side: r.side, offerFen: Number(r.offer_fen) };
    },
  };
}
export type DealRepository = ReturnType<typeof createDealRepository>;
