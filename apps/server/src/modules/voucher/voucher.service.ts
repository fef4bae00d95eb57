import type { Voucher } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageClause } from '../../kernel/paging.ts';
import { accountSql } from './ledger/accounts.ts';
import { voucherErrors } from './voucher.errors.ts';

const SELECT = sql`
  SELECT v.id, v.number, v.scheme_id AS "schemeId", s.name AS "schemeName", v.org_id AS "orgId", o.name AS "orgName",
         v.amount, coalesce(a.balance, 0) AS balance,
         (SELECT coalesce(sum(h.amount), 0) FROM voucher_holds h WHERE h.voucher_id = v.id AND h.status = 'held')::bigint AS held,
         (SELECT coalesce(sum(e.amount), 0) FROM ledger_entries e JOIN voucher_holds h ON e.from_account = ${accountSql.hold('h.id')}
           WHERE h.voucher_id = v.id AND e.kind = 'consume')::bigint AS spent,
         s.coverage_percent::float8 AS "coveragePercent", s.categories, v.issued_at AS "issuedAt", v.valid_until AS "validUntil", v.status
  FROM vouchers v
  JOIN voucher_schemes s ON s.id = v.scheme_id
  JOIN org_directory o ON o.id = v.org_id
  LEFT JOIN ledger_accounts a ON a.code = ${accountSql.voucher('v.id')}`;

const toVoucher = (r: Record<string, unknown>): Voucher => ({
  ...(r as unknown as Voucher),
  amount: Number(r.amount),
  balance: Number(r.balance),
  held: Number(r.held),
  spent: Number(r.spent),
  issuedAt: new Date(String(r.issuedAt)).toISOString(),
  validUntil: new Date(String(r.validUntil)).toISOString(),
});

export function createVoucherService({ db }: { db: Db }) {
  return {
    async list(
      actor: Actor | null,
      q: {
        scope: 'mine' | 'all';
        schemeId?: number | undefined;
        q?: string | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      if (!actor) throw commonErrors.unauthenticated();
      if (q.scope === 'all' && !isAdmin(actor)) throw commonErrors.forbidden();
      const parts = [sql`TRUE`];
      if (q.scope === 'mine') parts.push(sql`v.org_id = ${actor.orgId ?? -1}`);
      if (q.schemeId) parts.push(sql`v.scheme_id = ${q.schemeId}`);
      if (q.q) {
        const like = likeFragment(q.q);
        parts.push(sql`(v.number ILIKE ${like} OR s.name ILIKE ${like} OR o.name ILIKE ${like})`);
      }
      const where = sql.join(parts, sql` AND `);
      // The count reads the scheme and the enterprise only when a search names them.
      const named = q.q
        ? sql`JOIN voucher_schemes s ON s.id = v.scheme_id JOIN org_directory o ON o.id = v.org_id`
        : sql``;
      const [items, count] = await Promise.all([
        db.execute(sql`${SELECT} WHERE ${where} ORDER BY v.id DESC ${pageClause(q)}`),
        db.execute(sql`SELECT count(*)::int AS n FROM vouchers v ${named} WHERE ${where}`),
      ]);
      return {
        items: items.rows.map(toVoucher),
        total: Number(count.rows[0]?.n ?? 0),
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    async get(actor: Actor | null, id: number) {
      if (!actor) throw commonErrors.unauthenticated();
      const { rows } = await db.execute(sql`${SELECT} WHERE v.id = ${id}`);
      const v = rows[0];
      if (!v || !(isAdmin(actor) || Number(v.orgId) === actor.orgId)) throw voucherErrors.notFound();
      return toVoucher(v);
    },
  };
}
export type VoucherService = ReturnType<typeof createVoucherService>;
