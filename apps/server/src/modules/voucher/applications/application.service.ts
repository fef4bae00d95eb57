import { type Scheme, shanghaiDate } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit/audit.ts';
import type { Clock } from '../../../kernel/clock.ts';
import type { Db, Tx } from '../../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../../kernel/db/pg-error.ts';
import { likeFragment } from '../../../kernel/db/search.ts';
import { commonErrors } from '../../../kernel/errors.ts';
import { pageClause, pageOf } from '../../../kernel/paging.ts';
import { authorize } from '../../../kernel/policy.ts';
import { notifyAdmins, notifyOrg } from '../../notification/index.ts';
import { eligibilityFacts } from '../../org/index.ts';
import { account, transfer } from '../ledger/ledger.ts';
import { loadScheme } from '../schemes/scheme.service.ts';
import { voucherErrors } from '../voucher.errors.ts';
import { VOUCHER_ACTIONS } from '../voucher.permissions.ts';

/** Amount already awarded (issued) or asked for (pending) by an organisation in a scheme. */
async function committed(tx: Tx, schemeId: number, orgId: number): Promise<{ issued: number; pending: number }> {
  const { rows } = await tx.execute(sql`
    SELECT (SELECT coalesce(sum(amount), 0) FROM vouchers WHERE scheme_id = ${schemeId} AND org_id = ${orgId})::bigint AS issued,
           (SELECT coalesce(sum(amount), 0) FROM voucher_applications WHERE scheme_id = ${schemeId} AND org_id = ${orgId} AND status = 'pending')::bigint AS pending`);
  return { issued: Number(rows[0]?.issued ?? 0), pending: Number(rows[0]?.pending ?? 0) };
}

/**
 * Every reason an organisation may not apply for `amount` under a scheme today (empty when it may): the window, a
 * verified enterprise registered in a park of the zone, 科技型中小企业 or incubator tenant as the scheme requires, not
 * barred, and the cap per enterprise.
 */
export async function eligibilityReasons(tx: Tx, s: Scheme, orgId: number, today: string, amount?: number) {
  // The organisation's verified facts: a self-declared 科技型中小企业 number or park waits for the administration.
  const o = await eligibilityFacts(tx, orgId, today);
  const reasons: string[] = [];
  if (s.status !== 'open' || today < s.applyFrom || today > s.applyTo) reasons.push('voucher.window_closed');
  if (o?.kind !== 'enterprise') reasons.push('voucher.not_enterprise');
  else {
    if (o.status !== 'verified') reasons.push('voucher.org_not_verified');
    if (!o.park) reasons.push('voucher.not_in_zone');
    if (o.vouchersBarred) reasons.push('voucher.barred');
    const tsmeOk = !s.requireTsme || Boolean(o.tsmeRegNo);
    const tenantOk = s.allowIncubatorTenants && o.incubatorTenant;
    if (!tsmeOk && !tenantOk) reasons.push(s.allowIncubatorTenants ? 'voucher.not_tsme_or_tenant' : 'voucher.not_tsme');
  }
  const c = await committed(tx, s.id, orgId);
  const remainingCap = Math.max(0, s.perEnterpriseCap - c.issued - c.pending);
  if (remainingCap === 0) reasons.push('voucher.cap_reached');
  else if (amount !== undefined && amount > remainingCap) reasons.push('voucher.over_cap');
  if (amount !== undefined && s.amountMode === 'unit' && s.unitAmount && amount % s.unitAmount !== 0)
    reasons.push('voucher.not_whole_units');
  return { reasons, remainingCap };
}

/** A voucher number: CXQ-<year>-<scheme>-<serial>, readable on the phone and unique. */
const voucherNumber = (s: Scheme, serial: number) =>
  `CXQ-${s.year}-${String(s.id).padStart(3, '0')}-${String(serial).padStart(6, '0')}`;

export function createApplicationService({ db, clock }: { db: Db; clock: Clock }) {
  const today = () => shanghaiDate(clock.now());

  return {
    async eligibility(actor: Actor | null, schemeId: number, amount?: number) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!actor.orgId) return { eligible: false, reasons: ['voucher.not_enterprise'], remainingCap: 0 };
      const s = await loadScheme(db, schemeId);
      if (s.status === 'draft' && !isAdmin(actor)) throw voucherErrors.schemeNotFound();
      const r = await eligibilityReasons(db, s, actor.orgId, today(), amount);
      return { eligible: r.reasons.length === 0, ...r };
    },

    async apply(actor: Actor | null, schemeId: number, input: { amount: number; purpose: string }) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!actor.orgId) throw voucherErrors.notEligible(undefined, ['voucher.not_enterprise']);
      return db.transaction(async (tx) => {
        const s = await loadScheme(tx, schemeId);
        // Serialise this organisation's applications so that two at once cannot both fit under the cap.
        await tx.execute(sql`SELECT pg_advisory_xact_lock(${schemeId}, ${actor.orgId as number})`);
        const { reasons } = await eligibilityReasons(tx, s, actor.orgId as number, today(), input.amount);
        if (reasons.length) throw voucherErrors.notEligible(undefined, reasons);
        let id: number;
        try {
          const { rows } = await tx.execute(sql`
            INSERT INTO voucher_applications (scheme_id, org_id, user_id, amount, purpose, created_at)
            VALUES (${schemeId}, ${actor.orgId}, ${actor.userId}, ${input.amount}, ${input.purpose}, ${clock.now().toISOString()}) RETURNING id`);
          id = Number(rows[0]?.id);
        } catch (err) {
          if (isUniqueViolation(err, 'voucher_applications_one_pending')) throw voucherErrors.duplicateApplication();
          throw err;
        }
        await recordAudit(tx, actor, {
          action: 'voucher.apply',
          entity: 'voucher_application',
          entityId: id,
          after: { schemeId, ...input },
        });
        await notifyAdmins(tx, {
          kind: 'voucher.applied',
          params: { applicationId: id, scheme: s.name, amount: input.amount },
          link: '/admin/vouchers/applications?status=pending',
        });
        return loadApplication(tx, id);
      });
    },

    async list(
      actor: Actor | null,
      q: {
        scope: 'mine' | 'all';
        schemeId?: number | undefined;
        status?: string | undefined;
        q?: string | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      if (!actor) throw commonErrors.unauthenticated();
      if (q.scope === 'all' && !isAdmin(actor)) throw commonErrors.forbidden();
      const parts = [sql`TRUE`];
      if (q.scope === 'mine') parts.push(sql`a.org_id = ${actor.orgId ?? -1}`);
      if (q.schemeId) parts.push(sql`a.scheme_id = ${q.schemeId}`);
      if (q.status) parts.push(sql`a.status = ${q.status}`);
      if (q.q) {
        // The enterprise's or the scheme's name, the purpose, or (all digits) the application number.
        const like = likeFragment(q.q);
        const byId = /^\d{1,9}$/.test(q.q) ? sql` OR a.id = ${Number(q.q)}` : sql``;
        parts.push(sql`(o.name ILIKE ${like} OR s.name ILIKE ${like} OR a.purpose ILIKE ${like}${byId})`);
      }
      const where = sql.join(parts, sql` AND `);
      // Without a search the count needs no names; with one it reads them like the page does.
      const named = q.q
        ? sql`JOIN voucher_schemes s ON s.id = a.scheme_id JOIN org_directory o ON o.id = a.org_id`
        : sql``;
      const [items, count] = await Promise.all([
        db.execute(sql`${APP_SELECT} WHERE ${where} ORDER BY a.id DESC ${pageClause(q)}`),
        db.execute(sql`SELECT count(*)::int AS n FROM voucher_applications a ${named} WHERE ${where}`),
      ]);
      return {
        items: items.rows.map(toApplication),
        total: Number(count.rows[0]?.n ?? 0),
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /**
     * An admin approves (possibly a lower amount) or rejects. Approval issues the voucher: a ledger transfer from the
     * scheme's budget, which the database refuses when the budget would go below zero — even with approvals racing.
     */
    async decide(
      actor: Actor | null,
      id: number,
      d: { decision: 'approve'; amount?: number | undefined } | { decision: 'reject'; reason: string },
    ) {
      if (!actor) throw commonErrors.unauthenticated();
      authorize(actor, VOUCHER_ACTIONS.decideApplications);
      return db.transaction(async (tx) => {
        const { rows } = await tx.execute(sql`SELECT * FROM voucher_applications WHERE id = ${id} FOR UPDATE`);
        const a = rows[0] as
          | { id: number; scheme_id: number; org_id: number; amount: number; status: string }
          | undefined;
        if (!a) throw voucherErrors.applicationNotFound();
        if (a.status !== 'pending') throw voucherErrors.applicationState();
        const now = clock.now();
        if (d.decision === 'reject') {
          await tx.execute(
            sql`UPDATE voucher_applications SET status = 'rejected', reject_reason = ${d.reason}, decided_by = ${actor.userId}, decided_at = ${now.toISOString()} WHERE id = ${id}`,
          );
          await recordAudit(tx, actor, {
            action: 'voucher.reject',
            entity: 'voucher_application',
            entityId: id,
            before: { status: 'pending' },
            after: { status: 'rejected', reason: d.reason },
          });
          await notifyOrg(tx, Number(a.org_id), {
            kind: 'voucher.rejected',
            params: { applicationId: id, reason: d.reason },
            link: '/vouchers',
          });
          return loadApplication(tx, id);
        }
        const amount = d.amount ?? Number(a.amount);
        if (amount > Number(a.amount))
          throw commonErrors.validation('the approved amount cannot exceed the amount applied for');
        // The scheme row lock orders approvals of one scheme; the cap is checked against what is already issued.
        const s = await loadScheme(tx, Number(a.scheme_id), true);
        if (s.amountMode === 'unit' && s.unitAmount && amount % s.unitAmount !== 0)
          throw commonErrors.validation('the amount must be whole units of the scheme');
        const { rows: issuedRows } = await tx.execute(
          sql`SELECT coalesce(sum(amount), 0)::bigint AS n FROM vouchers WHERE scheme_id = ${s.id} AND org_id = ${a.org_id}`,
        );
        if (Number(issuedRows[0]?.n ?? 0) + amount > s.perEnterpriseCap) throw voucherErrors.capExceeded();
        if (s.remaining < amount) throw voucherErrors.budgetExceeded();
        const { rows: serial } = await tx.execute(
          sql`SELECT count(*)::int + 1 AS n FROM vouchers WHERE scheme_id = ${s.id}`,
        );
        const validUntil = s.validityMonths
          ? new Date(new Date(now).setMonth(now.getMonth() + s.validityMonths))
          : new Date(`${s.validUntil}T23:59:59.999+08:00`);
        const { rows: v } = await tx.execute(sql`
          INSERT INTO vouchers (number, scheme_id, org_id, application_id, amount, issued_at, valid_until)
          VALUES (${voucherNumber(s, Number(serial[0]?.n))}, ${s.id}, ${a.org_id}, ${id}, ${amount}, ${now.toISOString()}, ${validUntil.toISOString()})
          RETURNING id, number`);
        const voucherId = Number(v[0]?.id);
        await transfer(tx, {
          from: account.scheme(s.id),
          to: account.voucher(voucherId),
          amount,
          kind: 'issue',
          ref: `application:${id}`,
          actorId: actor.userId,
          at: now,
        }).catch((err) => {
          throw (err as { code?: string }).code === 'voucher.insufficient_balance'
            ? voucherErrors.budgetExceeded()
            : err;
        });
        await tx.execute(
          sql`UPDATE voucher_applications SET status = 'approved', approved_amount = ${amount}, decided_by = ${actor.userId}, decided_at = ${now.toISOString()} WHERE id = ${id}`,
        );
        await recordAudit(tx, actor, {
          action: 'voucher.approve',
          entity: 'voucher_application',
          entityId: id,
          before: { status: 'pending' },
          after: { status: 'approved', amount, voucherId, number: v[0]?.number },
        });
        await notifyOrg(tx, Number(a.org_id), {
          kind: 'voucher.issued',
          params: { voucherId, number: String(v[0]?.number), amount },
          link: '/vouchers',
        });
        return loadApplication(tx, id);
      });
    },

    /** The enterprise withdraws its pending application. */
    async withdraw(actor: Actor | null, id: number) {
      if (!actor) throw commonErrors.unauthenticated();
      return db.transaction(async (tx) => {
        const { rows } = await tx.execute(
          sql`SELECT org_id, status FROM voucher_applications WHERE id = ${id} FOR UPDATE`,
        );
        const a = rows[0] as { org_id: number; status: string } | undefined;
        if (!a || Number(a.org_id) !== actor.orgId) throw voucherErrors.applicationNotFound();
        if (a.status !== 'pending') throw voucherErrors.applicationState();
        await tx.execute(
          sql`UPDATE voucher_applications SET status = 'withdrawn', decided_at = ${clock.now().toISOString()} WHERE id = ${id}`,
        );
        await recordAudit(tx, actor, {
          action: 'voucher.withdraw',
          entity: 'voucher_application',
          entityId: id,
          before: { status: 'pending' },
          after: { status: 'withdrawn' },
        });
        return loadApplication(tx, id);
      });
    },

    /** 公示: approved awards of a scheme, public. */
    /** 公示: the vouchers a published scheme issued, in the order issued, a page; searched by enterprise or number. */
    async awards(schemeId: number, q: { q?: string | undefined; page: number; pageSize: number }) {
      const parts = [sql`v.scheme_id = ${schemeId}`, sql`s.status <> 'draft'`];
      if (q.q) {
        const like = likeFragment(q.q);
        parts.push(sql`(o.name ILIKE ${like} OR v.number ILIKE ${like})`);
      }
      const where = sql.join(parts, sql` AND `);
      const from = sql`FROM vouchers v JOIN org_directory o ON o.id = v.org_id JOIN voucher_schemes s ON s.id = v.scheme_id`;
      const [items, count] = await Promise.all([
        db.execute(sql`
          SELECT o.name AS "orgName", v.number, v.amount, v.issued_at AS "issuedAt"
          ${from} WHERE ${where} ORDER BY v.issued_at, v.id ${pageClause(q)}`),
        db.execute(sql`SELECT count(*)::int AS n ${from} WHERE ${where}`),
      ]);
      const rows = items.rows.map((r) => ({
        orgName: String(r.orgName),
        number: String(r.number),
        amount: Number(r.amount),
        issuedAt: new Date(String(r.issuedAt)).toISOString(),
      }));
      return pageOf(rows, Number(count.rows[0]?.n ?? 0), q);
    },
  };
}
export type ApplicationService = ReturnType<typeof createApplicationService>;

const APP_SELECT = sql`
  SELECT a.id, a.scheme_id, s.name AS scheme_name, a.org_id, o.name AS org_name, a.amount, a.purpose, a.status,
         a.approved_amount, a.reject_reason, v.id AS voucher_id, a.created_at, a.decided_at
  FROM voucher_applications a
  JOIN voucher_schemes s ON s.id = a.scheme_id
  JOIN org_directory o ON o.id = a.org_id
  LEFT JOIN vouchers v ON v.application_id = a.id`;

function toApplication(r: Record<string, unknown>) {
  return {
    id: Number(r.id),
    schemeId: Number(r.scheme_id),
    schemeName: String(r.scheme_name),
    orgId: Number(r.org_id),
    orgName: String(r.org_name),
    amount: Number(r.amount),
    purpose: String(r.purpose),
    status: r.status as 'pending' | 'approved' | 'rejected' | 'withdrawn',
    approvedAmount: r.approved_amount === null ? null : Number(r.approved_amount),
    rejectReason: (r.reject_reason as string | null) ?? null,
    voucherId: r.voucher_id === null ? null : Number(r.voucher_id),
    createdAt: new Date(String(r.created_at)).toISOString(),
    decidedAt: r.decided_at ? new Date(String(r.decided_at)).toISOString() : null,
  };
}

async function loadApplication(tx: Tx, id: number) {
  const { rows } = await tx.execute(sql`${APP_SELECT} WHERE a.id = ${id}`);
  if (!rows[0]) throw voucherErrors.applicationNotFound();
  return toApplication(rows[0]);
}
