import { sql } from 'drizzle-orm';
import type { Tx } from '../../../kernel/db/connection.ts';
import { accountSql } from '../ledger/accounts.ts';

/** The vouchers paying part of an order: ours with what they hold or paid, and partner regions'. */
export async function vouchersOfOrder(tx: Tx, orderId: number) {
  const { rows } = await tx.execute(sql`
    SELECT v.number, NULL AS region,
           CASE WHEN h.status = 'consumed'
                THEN (SELECT coalesce(sum(e.amount), 0) FROM ledger_entries e WHERE e.from_account = ${accountSql.hold('h.id')} AND e.kind = 'consume')
                ELSE h.amount END AS amount,
           h.status
    FROM voucher_holds h JOIN vouchers v ON v.id = h.voucher_id WHERE h.order_id = ${orderId}
    UNION ALL
    SELECT u.number, u.region, coalesce(u.confirmed_amount, u.amount), u.status FROM partner_voucher_uses u WHERE u.order_id = ${orderId}`);
  return rows.map((r) => ({
    number: String(r.number),
    region: (r.region as string | null) ?? null,
    amount: Number(r.amount),
    status: String(r.status),
  }));
}

/** Our vouchers holding part of an order now, in the order they were applied. */
export async function heldVoucherIds(tx: Tx, orderId: number): Promise<number[]> {
  const { rows } = await tx.execute(
    sql`SELECT voucher_id FROM voucher_holds WHERE order_id = ${orderId} AND status = 'held' ORDER BY id`,
  );
  return rows.map((r) => Number(r.voucher_id));
}
