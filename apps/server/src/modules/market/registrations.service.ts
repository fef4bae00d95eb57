import { randomInt } from 'node:crypto';
import { shanghaiDate } from '@cz/shared';
import {
  type MarketSettings,
  registrationDeadline,
  type registrationDecisionSchema,
  type registrationListQuerySchema,
  registrationNumber,
  type registrationSupplySchema,
} from '@cz/shared/market';
import type { WorkCalendar } from '@cz/shared/policy';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { can } from '../../kernel/policy.ts';
import { notifyAdmins, notifyOrg } from '../notification/index.ts';
import { attachUploads } from '../upload/index.ts';
import { CONTRACT_FILES } from './deals.repository.ts';
import { marketErrors } from './market.errors.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';
import { day, type Row, SELECT, toRegistration } from './registrations.view.ts';
import { loadSettings } from './settings.service.ts';

const limitsOf = (s: MarketSettings) => ({
  workingDays: s.workingDays,
  reviewWorkingDays: s.reviewWorkingDays,
  reviewThresholdFen: s.reviewThresholdFen,
});

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const verifyCode = () => Array.from({ length: 10 }, () => CODE_CHARS[randomInt(CODE_CHARS.length)]).join('');

/**
 * 技术合同认定登记. The seller applies once, with the signed contract; the registration point decides within the
 * configured working days (15, or 30 for a 技术交易额 at or above 500万元), counted from the day the application is
 * complete; sent back for missing materials, the count starts again on the day they are supplied. Registered, the
 * contract gets its number (the configured layout, serial per year and point) and a verification code for its
 * certificate's QR code; refused (未予登记), a reason code from the settings. Every step is audited and told.
 */
export function createRegistrationService({
  db,
  clock,
  calendar,
}: {
  db: Db;
  clock: Clock;
  calendar: (tx?: Tx) => Promise<WorkCalendar>;
}) {
  const today = () => shanghaiDate(clock.now());

  async function view(tx: Tx, id: number) {
    const { rows } = await tx.execute(sql`${SELECT} WHERE r.id = ${id}`);
    return rows[0] as Row | undefined;
  }
  async function present(tx: Tx, id: number) {
    return toRegistration((await view(tx, id)) as Row, today(), await calendar(tx));
  }
  async function readable(tx: Tx, actor: Actor | null, id: number) {
    if (!actor) throw commonErrors.unauthenticated();
    const r = await view(tx, id);
    const party = r && (actor.orgId === Number(r.seller_org_id) || actor.orgId === Number(r.buyer_org_id));
    if (!r || !(party || can(actor, MARKET_ACTIONS.register))) throw marketErrors.registrationNotFound();
    return r;
  }
  async function lockSeller(tx: Tx, actor: Actor | null, id: number) {
    if (!actor) throw commonErrors.unauthenticated();
    await tx.execute(sql`SELECT 1 FROM market_registrations WHERE id = ${id} FOR UPDATE`);
    const r = await view(tx, id);
    if (!r || actor.orgId !== Number(r.seller_org_id)) throw marketErrors.registrationNotFound();
    return r;
  }

  return {
    async apply(actor: Actor | null, contractId: number) {
      if (!actor) throw commonErrors.unauthenticated();
      return db.transaction(async (tx) => {
        const { rows } = await tx.execute(sql`
          SELECT id, seller_org_id, buyer_org_id, status, signed_file, tech_trade_fen, title
          FROM market_contracts WHERE id = ${contractId} FOR UPDATE`);
        const c = rows[0] as
          | {
              id: number;
              seller_org_id: number;
              buyer_org_id: number;
              status: string;
              signed_file: string | null;
              tech_trade_fen: number;
              title: string;
            }
          | undefined;
        if (!c || (actor.orgId !== Number(c.seller_org_id) && actor.orgId !== Number(c.buyer_org_id)))
          throw marketErrors.contractNotFound();
        if (actor.orgId !== Number(c.seller_org_id)) throw marketErrors.notSeller();
        if (c.status !== 'signed' || !c.signed_file) throw marketErrors.contractUnsigned();
        const settings = await loadSettings(tx);
        const on = today();
        const deadline = registrationDeadline(
          { submittedOn: on, techTradeFen: Number(c.tech_trade_fen) },
          await calendar(tx),
          limitsOf(settings),
        );
        const now = clock.now().toISOString();
        const { rows: ins } = await tx.execute(sql`
          INSERT INTO market_registrations (contract_id, seller_org_id, submitted_on, due_on, limit_working_days, review,
                                            created_at, updated_at)
          VALUES (${contractId}, ${c.seller_org_id}, ${on}, ${deadline.dueOn}, ${deadline.workingDays},
                  ${deadline.review}, ${now}, ${now})
          ON CONFLICT (contract_id) DO NOTHING RETURNING id`);
        const id = Number((ins[0] as { id: number } | undefined)?.id ?? 0);
        if (!id) throw marketErrors.alreadyApplied();
        await recordAudit(tx, actor, {
          action: 'market.registration.apply',
          entity: 'market_registration',
          entityId: id,
          after: { contractId, dueOn: deadline.dueOn, workingDays: deadline.workingDays, review: deadline.review },
        });
        await notifyAdmins(tx, {
          kind: 'market.registration_submitted',
          params: { title: c.title },
          link: `/admin/market/registrations/${id}`,
        });
        return present(tx, id);
      });
    },

    /** The seller supplies what was missing: the application is complete again and the time limit starts anew. */
    async supply(actor: Actor | null, id: number, body: z.output<typeof registrationSupplySchema>) {
      return db.transaction(async (tx) => {
        const r = await lockSeller(tx, actor, id);
        const a = actor as Actor;
        if (r.status !== 'returned') throw marketErrors.registrationState();
        if (body.signedFile) {
          await tx.execute(sql`
            UPDATE market_contracts SET signed_file = ${body.signedFile}, updated_at = ${clock.now().toISOString()}
            WHERE id = ${r.contract_id}`);
          await attachUploads(
            tx,
            a,
            {
              kind: CONTRACT_FILES,
              id: Number(r.contract_id),
              orgIds:
                r.buyer_org_id === null ? [Number(r.seller_org_id)] : [Number(r.seller_org_id), Number(r.buyer_org_id)],
            },
            [body.signedFile],
          );
        }
        const on = today();
        const deadline = registrationDeadline(
          { submittedOn: day(r.submitted_on) as string, suppliedOn: on, techTradeFen: Number(r.tech_trade_fen) },
          await calendar(tx),
          limitsOf(await loadSettings(tx)),
        );
        await tx.execute(sql`
          UPDATE market_registrations
          SET status = 'submitted', supplied_on = ${on}, due_on = ${deadline.dueOn},
              limit_working_days = ${deadline.workingDays}, review = ${deadline.review},
              updated_at = ${clock.now().toISOString()}
          WHERE id = ${id}`);
        await recordAudit(tx, a, {
          action: 'market.registration.supply',
          entity: 'market_registration',
          entityId: id,
          before: { status: 'returned', dueOn: day(r.due_on) },
          after: { status: 'submitted', suppliedOn: on, dueOn: deadline.dueOn, note: body.note },
        });
        await notifyAdmins(tx, {
          kind: 'market.registration_supplied',
          params: { title: r.contract_title },
          link: `/admin/market/registrations/${id}`,
        });
        return present(tx, id);
      });
    },

    /** The registration point's decision: register (number and code), refuse with a reason code, or return. */
    async decide(actor: Actor | null, id: number, d: z.output<typeof registrationDecisionSchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!can(actor, MARKET_ACTIONS.register)) throw commonErrors.forbidden();
      return db.transaction(async (tx) => {
        await tx.execute(sql`SELECT 1 FROM market_registrations WHERE id = ${id} FOR UPDATE`);
        const r = await view(tx, id);
        if (!r) throw marketErrors.registrationNotFound();
        if (r.status !== 'submitted') throw marketErrors.registrationState();
        const now = clock.now();
        const on = today();
        let after: Record<string, unknown>;
        if (d.decision === 'return') {
          await tx.execute(sql`
            UPDATE market_registrations SET status = 'returned', return_note = ${d.note}, updated_at = ${now.toISOString()}
            WHERE id = ${id}`);
          after = { status: 'returned', note: d.note };
        } else if (d.decision === 'refuse') {
          const settings = await loadSettings(tx);
          if (!settings.refusalReasons.some((x) => x.code === d.reasonCode)) throw marketErrors.unknownReason();
          await tx.execute(sql`
            UPDATE market_registrations
            SET status = 'refused', reason_code = ${d.reasonCode}, reason_note = ${d.note || null},
                decided_by = ${actor.userId}, decided_at = ${now.toISOString()}, updated_at = ${now.toISOString()}
            WHERE id = ${id}`);
          after = { status: 'refused', reasonCode: d.reasonCode, note: d.note };
        } else {
          // The settings row's lock orders the serials of one point: two decisions never take the same one.
          const settings = await loadSettings(tx, true);
          const parts = {
            year: Number(on.slice(0, 4)),
            province: settings.provinceCode,
            city: settings.cityCode,
            point: settings.pointCode,
          };
          const probe = registrationNumber({ ...parts, serial: 1 }, settings.numberLayout);
          const serialWidth = (/S+$/.exec(settings.numberLayout)?.[0] ?? '').length;
          const prefix = probe.slice(0, probe.length - serialWidth);
          const { rows } = await tx.execute(sql`
            SELECT coalesce(max(right(number, ${serialWidth})::int), 0) + 1 AS n FROM market_registrations
            WHERE number LIKE ${`${prefix}%`} AND length(number) = ${probe.length}`);
          const number = registrationNumber(
            { ...parts, serial: Number((rows[0] as { n: number }).n) },
            settings.numberLayout,
          );
          await tx.execute(sql`
            UPDATE market_registrations
            SET status = 'registered', number = ${number}, verify_code = ${verifyCode()}, registered_on = ${on},
                decided_by = ${actor.userId}, decided_at = ${now.toISOString()}, updated_at = ${now.toISOString()}
            WHERE id = ${id}`);
          after = { status: 'registered', number };
        }
        await recordAudit(tx, actor, {
          action: `market.registration.${d.decision}`,
          entity: 'market_registration',
          entityId: id,
          before: { status: 'submitted' },
          after,
        });
        const notice = {
          kind: `market.registration_${d.decision === 'register' ? 'registered' : d.decision === 'refuse' ? 'refused' : 'returned'}`,
          params: { title: r.contract_title, number: String(after.number ?? '') },
          link: `/my/market/registrations/${id}`,
        };
        await notifyOrg(tx, Number(r.seller_org_id), notice);
        if (d.decision === 'register' && r.buyer_org_id !== null) await notifyOrg(tx, Number(r.buyer_org_id), notice);
        return present(tx, id);
      });
    },

    async get(actor: Actor | null, id: number) {
      await readable(db, actor, id);
      return present(db, id);
    },

    /** For the certificate: the registration, its verification code and the settings' point. */
    async forCertificate(actor: Actor | null, id: number) {
      const r = await readable(db, actor, id);
      if (r.status !== 'registered') throw marketErrors.registrationState();
      return { registration: await present(db, id), verifyCode: r.verify_code as string };
    },

    async list(actor: Actor | null, q: z.output<typeof registrationListQuerySchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      const all = q.scope === 'all';
      if (all && !can(actor, MARKET_ACTIONS.register)) throw commonErrors.forbidden();
      if (!all && !actor.orgId) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
      const org = actor.orgId ?? -1;
      const parts: SQL[] = [all ? sql`true` : sql`(r.seller_org_id = ${org} OR c.buyer_org_id = ${org})`];
      if (q.status) parts.push(sql`r.status = ${q.status}`);
      if (q.q) {
        const like = `%${likeFragment(q.q)}%`;
        parts.push(sql`(c.title ILIKE ${like} OR r.number LIKE ${like} OR s.name ILIKE ${like})`);
      }
      const where = sql.join(parts, sql` AND `);
      // Open applications first, the nearest deadline first; then the decided, newest first.
      const { rows } = await db.execute(sql`
        ${SELECT} WHERE ${where}
        ORDER BY (r.status = 'submitted') DESC, CASE WHEN r.status = 'submitted' THEN r.due_on END, r.updated_at DESC, r.id DESC
        LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
      const { rows: n } = await db.execute(sql`
        SELECT count(*)::int AS n FROM market_registrations r JOIN market_contracts c ON c.id = r.contract_id
        JOIN org_directory s ON s.id = r.seller_org_id WHERE ${where}`);
      const cal = await calendar(db);
      const t = today();
      return {
        items: (rows as Row[]).map((r) => toRegistration(r, t, cal)),
        total: Number((n[0] as { n: number }).n),
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** What a certificate's QR code opens (public): the registration as recorded, with number and code. */
    async verify(number: string, code: string) {
      // The route takes digits only; a number of another layout (changed since) is still looked up as it was issued.
      const { rows } = await db.execute(
        sql`${SELECT} WHERE r.number = ${number} AND r.verify_code = ${code.toUpperCase()} AND r.status = 'registered'`,
      );
      const r = rows[0] as Row | undefined;
      if (!r) throw marketErrors.notVerified();
      return {
        number: r.number as string,
        kind: r.kind,
        contractTitle: r.contract_title,
        sellerName: r.seller_name,
        buyerName: r.buyer_name,
        amountFen: Number(r.amount_fen),
        techTradeFen: Number(r.tech_trade_fen),
        registeredOn: day(r.registered_on) as string,
      };
    },
  };
}
export type RegistrationService = ReturnType<typeof createRegistrationService>;
