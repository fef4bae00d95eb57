import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { accountSql } from './accounts.ts';

export type Difference = { check: string; subject: string; expected: number; actual: number };

/**
 * Re-derives every balance and invariant of the voucher ledger from the entries and reports each difference:
 * stored balances equal the sums of entries; entries sum to zero overall (double entry); a voucher's issue equals
 * what it holds, has held, spent and lost to expiry; an open hold holds its amount and a closed one nothing; what a
 * provider is owed and has been paid equals what vouchers consumed for its orders; a scheme's budget equals its
 * remaining balance plus what it issued.
 */
export async function reconcile(db: Db): Promise<Difference[]> {
  const out: Difference[] = [];
  const add = (rows: Record<string, unknown>[], check: string) => {
    for (const r of rows)
      out.push({ check, subject: String(r.subject), expected: Number(r.expected), actual: Number(r.actual) });
  };
  add(
    (
      await db.execute(sql`
        WITH sums AS (
          SELECT code, sum(delta) AS total FROM (
            SELECT to_account AS code, amount AS delta FROM ledger_entries
            UNION ALL SELECT from_account, -amount FROM ledger_entries) d GROUP BY code)
        SELECT a.code AS subject, coalesce(s.total, 0) AS expected, a.balance AS actual
        FROM ledger_accounts a LEFT JOIN sums s ON s.code = a.code
        WHERE a.balance <> coalesce(s.total, 0)`)
    ).rows,
    'balance equals the sum of entries',
  );
  add(
    (
      await db.execute(
        sql`SELECT 'all accounts' AS subject, 0 AS expected, coalesce(sum(balance), 0) AS actual FROM ledger_accounts HAVING coalesce(sum(balance), 0) <> 0`,
      )
    ).rows,
    'double entry: balances sum to zero',
  );
  add(
    (
      await db.execute(sql`
        SELECT v.number AS subject, v.amount AS expected,
               coalesce((SELECT balance FROM ledger_accounts WHERE code = ${accountSql.voucher('v.id')}), 0)
             + coalesce((SELECT sum(a.balance) FROM voucher_holds h JOIN ledger_accounts a ON a.code = ${accountSql.hold('h.id')} WHERE h.voucher_id = v.id), 0)
             + coalesce((SELECT sum(e.amount) FROM voucher_holds h JOIN ledger_entries e ON e.from_account = ${accountSql.hold('h.id')} AND e.kind = 'consume' WHERE h.voucher_id = v.id), 0)
             + coalesce((SELECT sum(e.amount) FROM ledger_entries e WHERE e.from_account = ${accountSql.voucher('v.id')} AND e.kind = 'expire'), 0)
             + coalesce((SELECT sum(a.balance) FROM interop_holds x JOIN ledger_accounts a ON a.code = ${accountSql.partnerHold('x.id')} WHERE x.voucher_id = v.id), 0)
             + coalesce((SELECT sum(e.amount) FROM interop_holds x JOIN ledger_entries e ON e.from_account = ${accountSql.partnerHold('x.id')} AND e.kind = 'consume' WHERE x.voucher_id = v.id), 0)
             + coalesce((SELECT sum(a.balance) FROM voucher_reimbursements r JOIN ledger_accounts a ON a.code = ${accountSql.reimbursementHold('r.id')} WHERE r.voucher_id = v.id), 0)
             + coalesce((SELECT sum(e.amount) FROM voucher_reimbursements r JOIN ledger_entries e ON e.from_account = ${accountSql.reimbursementHold('r.id')} AND e.kind = 'consume' WHERE r.voucher_id = v.id), 0) AS actual
        FROM vouchers v`)
    ).rows.filter((r) => Number(r.expected) !== Number(r.actual)),
    'voucher: issued = balance + held + spent + expired (partner regions’ holds and confirmations included)',
  );
  add(
    (
      await db.execute(sql`
        SELECT 'hold ' || h.id AS subject, CASE WHEN h.status = 'held' THEN h.amount ELSE 0 END AS expected, coalesce(a.balance, 0) AS actual
        FROM voucher_holds h LEFT JOIN ledger_accounts a ON a.code = ${accountSql.hold('h.id')}
        WHERE coalesce(a.balance, 0) <> CASE WHEN h.status = 'held' THEN h.amount ELSE 0 END`)
    ).rows,
    'hold: an open hold holds its amount, a closed one nothing',
  );
  add(
    (
      await db.execute(sql`
        SELECT 'partner hold ' || x.id AS subject, CASE WHEN x.status = 'held' THEN x.amount ELSE 0 END AS expected, coalesce(a.balance, 0) AS actual
        FROM interop_holds x LEFT JOIN ledger_accounts a ON a.code = ${accountSql.partnerHold('x.id')}
        WHERE coalesce(a.balance, 0) <> CASE WHEN x.status = 'held' THEN x.amount ELSE 0 END`)
    ).rows,
    'partner hold: an open hold holds its amount, a closed one nothing',
  );
  add(
    (
      await db.execute(sql`
        SELECT 'region ' || x.region AS subject, sum(x.confirmed_amount) AS expected,
               coalesce((SELECT balance FROM ledger_accounts WHERE code = ${accountSql.partner('x.region')}), 0) AS actual
        FROM interop_holds x WHERE x.status = 'confirmed' GROUP BY x.region`)
    ).rows.filter((r) => Number(r.expected) !== Number(r.actual)),
    'partner region: owed = confirmed holds',
  );
  add(
    (
      await db.execute(sql`
        WITH consumed AS (
          SELECT o.provider_id, sum(e.amount) AS total
          FROM ledger_entries e JOIN voucher_holds h ON e.from_account = ${accountSql.hold('h.id')} JOIN order_records o ON o.id = h.order_id
          WHERE e.kind = 'consume' GROUP BY o.provider_id)
        SELECT 'provider ' || c.provider_id AS subject, c.total AS expected,
               coalesce((SELECT balance FROM ledger_accounts WHERE code = ${accountSql.payable('c.provider_id')}), 0)
             + coalesce((SELECT balance FROM ledger_accounts WHERE code = ${accountSql.paid('c.provider_id')}), 0) AS actual
        FROM consumed c`)
    ).rows.filter((r) => Number(r.expected) !== Number(r.actual)),
    'provider: payable + paid = consumed by its orders',
  );
  add(
    (
      await db.execute(sql`
        SELECT s.name AS subject, s.budget AS expected,
               coalesce((SELECT balance FROM ledger_accounts WHERE code = ${accountSql.scheme('s.id')}), 0)
             + coalesce((SELECT sum(amount) FROM vouchers WHERE scheme_id = s.id), 0) AS actual
        FROM voucher_schemes s`)
    ).rows.filter((r) => Number(r.expected) !== Number(r.actual)),
    'scheme: budget = remaining + issued',
  );
  return out;
}
