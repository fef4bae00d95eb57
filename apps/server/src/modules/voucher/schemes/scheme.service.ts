import type { Scheme, SchemeStatus, schemeInputSchema } from '@cz/shared';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type Actor, isAdmin } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit/audit.ts';
import type { Clock } from '../../../kernel/clock.ts';
import type { Db, Tx } from '../../../kernel/db/connection.ts';
import { likeFragment } from '../../../kernel/db/search.ts';
import { pageClause, pageOf } from '../../../kernel/paging.ts';
import { authorize } from '../../../kernel/policy.ts';
import { accountSql } from '../ledger/accounts.ts';
import { account, transfer } from '../ledger/ledger.ts';
import { voucherErrors } from '../voucher.errors.ts';
import { VOUCHER_ACTIONS } from '../voucher.permissions.ts';

type Input = z.output<typeof schemeInputSchema>;

const SELECT = sql`
  SELECT s.id, s.year, s.name, s.budget, s.per_enterprise_cap AS "perEnterpriseCap", s.coverage_percent::float8 AS "coveragePercent",
         s.amount_mode AS "amountMode", s.unit_amount AS "unitAmount", s.validity_months AS "validityMonths",
         s.valid_until::text AS "validUntil", s.categories, s.require_tsme AS "requireTsme",
         s.allow_incubator_tenants AS "allowIncubatorTenants", s.apply_from::text AS "applyFrom", s.apply_to::text AS "applyTo",
         s.status, coalesce(a.balance, 0) AS remaining,
         (SELECT coalesce(sum(v.amount), 0) FROM vouchers v WHERE v.scheme_id = s.id)::bigint AS issued
  FROM voucher_schemes s LEFT JOIN ledger_accounts a ON a.code = ${accountSql.scheme('s.id')}`;

export async function loadScheme(tx: Tx, id: number, lock = false): Promise<Scheme> {
  const { rows } = await tx.execute(
    lock ? sql`${SELECT} WHERE s.id = ${id} FOR UPDATE OF s` : sql`${SELECT} WHERE s.id = ${id}`,
  );
  if (!rows[0]) throw voucherErrors.schemeNotFound();
  return rows[0] as Scheme;
}

const assertAdmin = (actor: Actor | null) => authorize(actor, VOUCHER_ACTIONS.manageSchemes);

/** Voucher schemes: an admin sets one up (its budget funded into the ledger at once), opens and closes it. */
export function createSchemeService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    async list(
      actor: Actor | null,
      q: {
        q?: string | undefined;
        year?: number | undefined;
        status?: SchemeStatus[] | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      // Drafts are the administration's; everyone sees open and closed schemes.
      const parts = [isAdmin(actor) ? sql`TRUE` : sql`s.status <> 'draft'`];
      if (q.year) parts.push(sql`s.year = ${q.year}`);
      if (q.status?.length) parts.push(sql`s.status = ANY(${`{${q.status.join(',')}}`}::text[])`);
      if (q.q) {
        const like = likeFragment(q.q);
        const byId = /^\d{1,9}$/.test(q.q) ? sql` OR s.id = ${Number(q.q)}` : sql``;
        parts.push(sql`(s.name ILIKE ${like}${byId})`);
      }
      const where = sql.join(parts, sql` AND `);
      const [items, count] = await Promise.all([
        db.execute(sql`${SELECT} WHERE ${where} ORDER BY s.year DESC, s.id DESC ${pageClause(q)}`),
        db.execute(sql`SELECT count(*)::int AS n FROM voucher_schemes s WHERE ${where}`),
      ]);
      return pageOf(items.rows as Scheme[], (count.rows[0]?.n as number) ?? 0, q);
    },

    async get(actor: Actor | null, id: number) {
      const s = await loadScheme(db, id);
      if (s.status === 'draft' && !isAdmin(actor)) throw voucherErrors.schemeNotFound();
      return s;
    },

    async create(actor: Actor | null, input: Input) {
      assertAdmin(actor);
      return db.transaction(async (tx) => {
        const { rows } = await tx.execute(sql`
          INSERT INTO voucher_schemes (year, name, budget, per_enterprise_cap, coverage_percent, amount_mode, unit_amount,
            validity_months, valid_until, categories, require_tsme, allow_incubator_tenants, apply_from, apply_to, created_by)
          VALUES (${input.year}, ${input.name}, ${input.budget}, ${input.perEnterpriseCap}, ${input.coveragePercent}, ${input.amountMode},
            ${input.amountMode === 'unit' ? (input.unitAmount ?? null) : null}, ${input.validityMonths ?? null}, ${input.validUntil ?? null},
            ${`{${input.categories.join(',')}}`}::text[], ${input.requireTsme}, ${input.allowIncubatorTenants}, ${input.applyFrom}, ${input.applyTo},
            ${actor?.userId ?? null})
          RETURNING id`);
        const id = Number(rows[0]?.id);
        await transfer(tx, {
          from: account.funding(),
          to: account.scheme(id),
          amount: input.budget,
          kind: 'fund',
          ref: `scheme:${id}`,
          actorId: actor?.userId,
          at: clock.now(),
        });
        await recordAudit(tx, actor, {
          action: 'voucher.scheme.create',
          entity: 'voucher_scheme',
          entityId: id,
          after: input,
        });
        return loadScheme(tx, id);
      });
    },

    /** draft → open → closed; a closed scheme takes no applications, its vouchers stay valid until they expire. */
    async setStatus(actor: Actor | null, id: number, status: 'open' | 'closed') {
      assertAdmin(actor);
      return db.transaction(async (tx) => {
        const before = await loadScheme(tx, id, true);
        const allowed = status === 'open' ? ['draft', 'closed'] : ['open'];
        if (!allowed.includes(before.status))
          throw voucherErrors.schemeState(`cannot make a ${before.status} scheme ${status}`);
        await tx.execute(
          sql`UPDATE voucher_schemes SET status = ${status}, updated_at = ${clock.now().toISOString()} WHERE id = ${id}`,
        );
        await recordAudit(tx, actor, {
          action: `voucher.scheme.${status}`,
          entity: 'voucher_scheme',
          entityId: id,
          before: { status: before.status },
          after: { status },
        });
        return loadScheme(tx, id);
      });
    },
  };
}
export type SchemeService = ReturnType<typeof createSchemeService>;
