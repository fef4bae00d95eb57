import { addDays, shanghaiDate } from '@cz/shared';
import {
  type MarketPatent,
  type marketPatentQuerySchema,
  type OpenLicence,
  type openLicenceInputSchema,
  openLicenceNeedsReport,
  type openLicenceTakeSchema,
  type openLicenceWithdrawSchema,
} from '@cz/shared/market';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { can } from '../../kernel/policy.ts';
import { ipPatents } from '../ip/index.ts';
import { notifyOrg } from '../notification/index.ts';
import type { OrgApi } from '../org/index.ts';
import { attachUploads, storedFiles } from '../upload/index.ts';
import { marketErrors, patentErrors } from './market.errors.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';

/** The record kind an open licence's 专利权评价报告 is attached to (upload_attachments). */
export const OPEN_LICENCE_FILES = 'market_open_licence';

type LicenceRow = {
  id: number;
  achievement_id: number;
  ip_record_id: number;
  owner_org_id: number;
  annual_fen: number;
  royalty_permille: number | null;
  payment_terms: string;
  min_years: number;
  evaluation_report: string | null;
  announcement_no: string | null;
  status: 'declared' | 'withdrawn';
  declared_at: string;
  withdrawn_at: string | null;
  withdraw_reason: string | null;
  taken: number;
};

type PatentFacts = {
  id: number;
  org_id: number;
  kind: string;
  number: string;
  expires_on: string | null;
  legal_status: string;
  verification: string;
  transferred: boolean;
};

const iso = (v: string | null) => (v === null ? null : new Date(v).toISOString());
const day = (v: unknown) => (v === null || v === undefined ? null : String(v).slice(0, 10));

const LICENCE_SELECT = sql`
  SELECT l.*, (SELECT count(*)::int FROM market_deals d WHERE d.open_licence_id = l.id) AS taken
  FROM market_open_licences l`;

/**
 * 专利超市 and 开放许可 (专利法 第五十至五十二条). The market lists the registry's patents attached to published
 * achievements offered for transfer or licence; a holder declares an open licence for such a patent with its fee
 * terms (a yearly fee and/or a royalty, at least one year, always a 普通许可; 实用新型 and 外观设计 with the
 * 专利权评价报告); anyone verified may take it by telling the holder in writing through the platform, which opens a
 * deal at the declared fee for the years taken — its contract (a 技术许可) and registration follow the market's flow.
 * A withdrawal leaves the licences already taken as they are. Every change is audited and the other side told.
 */
export function createPatentService({ db, orgs, clock }: { db: Db; orgs: OrgApi; clock: Clock }) {
  const today = () => shanghaiDate(clock.now());

  async function filesOf(tx: Tx, rows: LicenceRow[]) {
    return storedFiles(
      tx,
      rows.flatMap((r) => (r.evaluation_report ? [r.evaluation_report] : [])),
    );
  }
  function toLicence(r: LicenceRow, files: Map<string, { name: string }>): OpenLicence {
    return {
      id: Number(r.id),
      achievementId: Number(r.achievement_id),
      ipRecordId: Number(r.ip_record_id),
      annualFen: Number(r.annual_fen),
      royaltyPermille: r.royalty_permille === null ? null : Number(r.royalty_permille),
      paymentTerms: r.payment_terms,
      minYears: Number(r.min_years),
      evaluationReport: r.evaluation_report
        ? { hash: r.evaluation_report, name: files.get(r.evaluation_report)?.name ?? '' }
        : null,
      announcementNo: r.announcement_no,
      status: r.status,
      declaredAt: iso(r.declared_at) as string,
      withdrawnAt: iso(r.withdrawn_at),
      withdrawReason: r.withdraw_reason,
      taken: Number(r.taken),
    };
  }
  async function licenceById(tx: Tx, id: number, forUpdate = false) {
    if (forUpdate) await tx.execute(sql`SELECT 1 FROM market_open_licences WHERE id = ${id} FOR UPDATE`);
    const { rows } = await tx.execute(sql`${LICENCE_SELECT} WHERE l.id = ${id}`);
    const row = rows[0] as LicenceRow | undefined;
    if (!row) throw patentErrors.notFound();
    return row;
  }
  async function answer(tx: Tx, id: number) {
    const row = await licenceById(tx, id);
    return toLicence(row, await filesOf(tx, [row]));
  }

  /** The registry's facts of a patent (the published view ip_patents), or undefined when it is not a patent. */
  async function patentFacts(tx: Tx, ipRecordId: number): Promise<PatentFacts | undefined> {
    const { rows } = await tx.execute(sql`
      SELECT id, org_id, kind, number, expires_on, legal_status, verification, transferred
      FROM ${ipPatents} WHERE id = ${ipRecordId}`);
    return rows[0] as PatentFacts | undefined;
  }
  /** Whether the patent may be licensed now by its holder `orgId`: verified, valid, unexpired, still the holder's. */
  const licensable = (p: PatentFacts | undefined, orgId: number, on: string) =>
    !!p &&
    Number(p.org_id) === orgId &&
    p.verification === 'verified' &&
    p.legal_status === 'valid' &&
    !p.transferred &&
    (p.expires_on === null || (day(p.expires_on) as string) >= on);

  return {
    /** The patents on the market (专利超市): of published achievements offered for transfer or licence. */
    async list(actor: Actor | null, q: z.output<typeof marketPatentQuerySchema>) {
      const t = today();
      const all = can(actor, MARKET_ACTIONS.readAll);
      const conditions: SQL[] = [
        sql`a.transfer_modes && ARRAY['transfer', 'licence']::text[]`,
        sql`p.org_id = a.owner_org_id AND p.verification = 'verified' AND p.legal_status = 'valid'
            AND NOT p.transferred AND (p.expires_on IS NULL OR p.expires_on >= ${t}::date)`,
      ];
      // An achievement's own page lists its patents for its owner (and the administration) in any status.
      if (q.achievementId !== undefined) {
        conditions.push(sql`a.id = ${q.achievementId}`);
        conditions.push(all ? sql`true` : sql`(a.status = 'published' OR a.owner_org_id = ${actor?.orgId ?? -1})`);
      } else conditions.push(sql`a.status = 'published'`);
      if (q.kind) conditions.push(sql`p.kind = ${q.kind}`);
      if (q.mode) conditions.push(sql`${q.mode} = ANY(a.transfer_modes)`);
      if (q.openLicence !== undefined) conditions.push(q.openLicence ? sql`l.id IS NOT NULL` : sql`l.id IS NULL`);
      if (q.q) {
        const like = likeFragment(q.q);
        conditions.push(sql`(p.title ILIKE ${like} OR p.number ILIKE ${like} OR o.name ILIKE ${like})`);
      }
      const from = sql`
        FROM market_achievements a
        CROSS JOIN LATERAL unnest(a.ip_record_ids) AS x(ip_record_id)
        JOIN ${ipPatents} p ON p.id = x.ip_record_id
        JOIN org_directory o ON o.id = a.owner_org_id
        LEFT JOIN market_open_licences l ON l.ip_record_id = p.id AND l.achievement_id = a.id AND l.status = 'declared'
        WHERE ${sql.join(conditions, sql` AND `)}`;
      const { limit, offset } = pageWindow(q);
      const [{ rows }, { rows: count }] = await Promise.all([
        db.execute(sql`
          SELECT p.id AS ip_record_id, p.kind, p.number, p.title, p.holders, p.granted_on, p.expires_on,
                 p.legal_status, a.id AS achievement_id, a.title AS achievement_title, a.owner_org_id,
                 o.name AS owner_name, a.field, a.transfer_modes, a.price_fen, a.negotiable, l.id AS licence_id
          ${from}
          ORDER BY (l.id IS NOT NULL) DESC, a.published_at DESC NULLS LAST, p.id, a.id
          LIMIT ${limit} OFFSET ${offset}`),
        db.execute(sql`SELECT count(*)::int AS n ${from}`),
      ]);
      const ids = (rows as { licence_id: number | null }[]).flatMap((r) => (r.licence_id ? [r.licence_id] : []));
      const licences = ids.length
        ? ((await db.execute(sql`${LICENCE_SELECT} WHERE l.id = ANY(${`{${ids.join(',')}}`}::bigint[])`))
            .rows as LicenceRow[])
        : [];
      const files = await filesOf(db, licences);
      const byId = new Map(licences.map((l) => [Number(l.id), toLicence(l, files)]));
      const items = (rows as Record<string, unknown>[]).map(
        (r): MarketPatent => ({
          ipRecordId: Number(r.ip_record_id),
          kind: r.kind as MarketPatent['kind'],
          number: String(r.number),
          title: String(r.title),
          holders: String(r.holders),
          grantedOn: day(r.granted_on),
          expiresOn: day(r.expires_on),
          legalStatus: r.legal_status as MarketPatent['legalStatus'],
          achievementId: Number(r.achievement_id),
          achievementTitle: String(r.achievement_title),
          ownerOrgId: Number(r.owner_org_id),
          ownerName: String(r.owner_name),
          field: String(r.field),
          transferModes: r.transfer_modes as MarketPatent['transferModes'],
          priceFen: r.price_fen === null ? null : Number(r.price_fen),
          negotiable: Boolean(r.negotiable),
          openLicence: r.licence_id ? (byId.get(Number(r.licence_id)) ?? null) : null,
        }),
      );
      return pageOf(items, Number((count[0] as { n: number }).n), q);
    },

    /** The declarations of one achievement, withdrawn ones included (its owner and the administration). */
    async ofAchievement(actor: Actor | null, achievementId: number) {
      if (!actor) throw commonErrors.unauthenticated();
      const { rows } = await db.execute(sql`
        ${LICENCE_SELECT} WHERE l.achievement_id = ${achievementId}
          AND (${can(actor, MARKET_ACTIONS.readAll)} OR l.owner_org_id = ${actor.orgId ?? -1})
        ORDER BY l.id DESC`);
      const files = await filesOf(db, rows as LicenceRow[]);
      return (rows as LicenceRow[]).map((r) => toLicence(r, files));
    },

    /** The holder declares an open licence for a patent attached to its published achievement offered for licence. */
    async declare(actor: Actor | null, achievementId: number, input: z.output<typeof openLicenceInputSchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!actor.orgId) throw marketErrors.notMember();
      const orgId = actor.orgId;
      return db.transaction(async (tx) => {
        const org = await orgs.byId(tx, orgId);
        if (org?.status !== 'verified') throw marketErrors.orgNotVerified();
        const { rows } = await tx.execute(sql`
          SELECT id, owner_org_id, status, transfer_modes, ip_record_ids, title FROM market_achievements
          WHERE id = ${achievementId} FOR SHARE`);
        const a = rows[0] as
          | {
              id: number;
              owner_org_id: number;
              status: string;
              transfer_modes: string[];
              ip_record_ids: number[];
              title: string;
            }
          | undefined;
        if (!a || Number(a.owner_org_id) !== orgId) throw marketErrors.notFound();
        if (
          a.status !== 'published' ||
          !a.transfer_modes.includes('licence') ||
          !a.ip_record_ids.map(Number).includes(input.ipRecordId)
        )
          throw patentErrors.notListed();
        const p = await patentFacts(tx, input.ipRecordId);
        const t = today();
        if (!licensable(p, orgId, t)) throw patentErrors.notLicensable();
        const facts = p as PatentFacts;
        // 专利法 第五十条: a utility model's or design's open licence comes with the 专利权评价报告.
        const needsReport = openLicenceNeedsReport(facts.kind, facts.number);
        if (needsReport && !input.evaluationReport) throw patentErrors.reportNeeded();
        if (facts.expires_on !== null && addDays(t, 365 * input.minYears) > (day(facts.expires_on) as string))
          throw patentErrors.termTooShort();
        const now = clock.now();
        const { rows: inserted } = await tx.execute(sql`
          INSERT INTO market_open_licences (achievement_id, ip_record_id, owner_org_id, annual_fen, royalty_permille,
                                            payment_terms, min_years, evaluation_report, announcement_no, declared_by,
                                            declared_at)
          VALUES (${a.id}, ${input.ipRecordId}, ${orgId}, ${input.annualFen}, ${input.royaltyPermille},
                  ${input.paymentTerms}, ${input.minYears}, ${input.evaluationReport}, ${input.announcementNo},
                  ${actor.userId}, ${now.toISOString()})
          ON CONFLICT DO NOTHING RETURNING id`);
        const id = Number((inserted[0] as { id: number } | undefined)?.id ?? 0);
        if (!id) throw patentErrors.declared();
        if (input.evaluationReport)
          await attachUploads(tx, actor, { kind: OPEN_LICENCE_FILES, id, orgIds: [orgId], public: true }, [
            input.evaluationReport,
          ]);
        await recordAudit(tx, actor, {
          action: 'market.open_licence.declare',
          entity: 'market_open_licence',
          entityId: id,
          after: {
            achievementId: a.id,
            ipRecordId: input.ipRecordId,
            number: facts.number,
            annualFen: input.annualFen,
            royaltyPermille: input.royaltyPermille,
            minYears: input.minYears,
          },
        });
        return answer(tx, id);
      });
    },

    /** The holder withdraws its declaration; licences already taken stay as they are. */
    async withdraw(actor: Actor | null, id: number, input: z.output<typeof openLicenceWithdrawSchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      return db.transaction(async (tx) => {
        const row = await licenceById(tx, id, true);
        if (Number(row.owner_org_id) !== actor.orgId) throw patentErrors.notFound();
        if (row.status !== 'declared') throw patentErrors.withdrawn();
        const now = clock.now();
        await tx.execute(sql`
          UPDATE market_open_licences SET status = 'withdrawn', withdrawn_at = ${now.toISOString()},
                 withdraw_reason = ${input.reason}
          WHERE id = ${id}`);
        await recordAudit(tx, actor, {
          action: 'market.open_licence.withdraw',
          entity: 'market_open_licence',
          entityId: id,
          before: { status: 'declared' },
          after: { status: 'withdrawn', reason: input.reason },
        });
        return answer(tx, id);
      });
    },

    /**
     * A member of a verified organisation takes the open licence (专利法 第五十一条): its written notice goes to the
     * holder, and a deal opens at the declared fee for the years taken — agreed at once, its contract a 技术许可.
     */
    async take(actor: Actor | null, id: number, input: z.output<typeof openLicenceTakeSchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!actor.orgId) throw marketErrors.notMember();
      const buyerOrgId = actor.orgId;
      return db.transaction(async (tx) => {
        const buyer = await orgs.byId(tx, buyerOrgId);
        if (buyer?.status !== 'verified') throw marketErrors.orgNotVerified();
        const l = await licenceById(tx, id);
        if (l.status !== 'declared') throw patentErrors.withdrawn();
        const sellerOrgId = Number(l.owner_org_id);
        if (sellerOrgId === buyerOrgId) throw marketErrors.ownAchievement();
        const { rows } = await tx.execute(sql`
          SELECT status, title FROM market_achievements WHERE id = ${l.achievement_id} FOR SHARE`);
        const a = rows[0] as { status: string; title: string } | undefined;
        if (a?.status !== 'published') throw patentErrors.notFound();
        const t = today();
        const p = await patentFacts(tx, Number(l.ip_record_id));
        if (!licensable(p, sellerOrgId, t)) throw patentErrors.notLicensable();
        const expires = day((p as PatentFacts).expires_on);
        if (input.years < Number(l.min_years) || (expires !== null && addDays(t, 365 * input.years) > expires))
          throw patentErrors.termTooShort();
        const seller = await orgs.byId(tx, sellerOrgId);
        const now = clock.now();
        const agreed = Number(l.annual_fen) * input.years;
        const { rows: inserted } = await tx.execute(sql`
          INSERT INTO market_deals (achievement_id, seller_org_id, buyer_org_id, seller_public, status, agreed_fen,
                                    agreed_at, open_licence_id, licence_years, opened_by, created_at, updated_at)
          VALUES (${l.achievement_id}, ${sellerOrgId}, ${buyerOrgId}, ${seller?.kind === 'university'}, 'agreed',
                  ${agreed}, ${now.toISOString()}, ${id}, ${input.years}, ${actor.userId}, ${now.toISOString()},
                  ${now.toISOString()})
          ON CONFLICT DO NOTHING RETURNING id`);
        const dealId = Number((inserted[0] as { id: number } | undefined)?.id ?? 0);
        if (!dealId) throw marketErrors.dealOpen();
        await tx.execute(sql`
          INSERT INTO market_deal_messages (deal_id, side, author_id, body, created_at)
          VALUES (${dealId}, 'buyer', ${actor.userId}, ${input.message}, ${now.toISOString()})`);
        await recordAudit(tx, actor, {
          action: 'market.open_licence.take',
          entity: 'market_deal',
          entityId: dealId,
          after: { openLicenceId: id, years: input.years, agreedFen: agreed, sellerOrgId, buyerOrgId },
        });
        await notifyOrg(tx, sellerOrgId, {
          kind: 'market.open_licence_taken',
          params: { achievement: a.title, years: input.years },
          link: `/my/market/deals/${dealId}`,
        });
        return { dealId };
      });
    },
  };
}

export type PatentService = ReturnType<typeof createPatentService>;
