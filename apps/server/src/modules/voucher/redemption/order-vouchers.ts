import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../kernel/db/connection.ts';
import { accountSql } from '../ledger/accounts.ts';

type OrderVoucher = { number: string; region: string | null; amount: number; status: string };

/**
 * The vouchers paying part of an order, as a JSON column of the order's detail read (`orderId` is that read's order
 * id): ours with what they hold or paid, then partner regions', each in the order applied.
 */
export function vouchersOfOrderSql(orderId: SQL): SQL<OrderVoucher[]> {
  return sql<OrderVoucher[]>`(
    SELECT coalesce(json_agg(json_build_object('number', x.number, 'region', x.region, 'amount', x.amount,
                                               'status', x.status) ORDER BY x.src, x.id), '[]'::json)
    FROM (
      SELECT v.number, NULL::text AS region,
             CASE WHEN h.status = 'consumed'
                  THEN (SELECT coalesce(sum(e.amount), 0) FROM ledger_entries e
                        WHERE e.from_account = ${accountSql.hold('h.id')} AND e.kind = 'consume')
                  ELSE h.amount END AS amount,
             h.status, 0 AS src, h.id
      FROM voucher_holds h JOIN vouchers v ON v.id = h.voucher_id WHERE h.order_id = ${orderId}
      UNION ALL
      SELECT u.number, u.region, coalesce(u.confirmed_amount, u.amount), u.status, 1, u.id
      FROM partner_voucher_uses u WHERE u.order_id = ${orderId}
    ) x)`;
}

/** Our vouchers holding part of an order now, in the order they were applied. */
export async function heldVoucherIds(tx: Tx, orderId: number): Promise<number[]> {
  const { rows } = await tx.execute(
    sql`SELECT voucher_id FROM voucher_holds WHERE order_id = ${orderId} AND status = 'held' ORDER BY id`,
  );
  return rows.map((r) => Number(r.voucher_id));
}
