import Fastify, { type FastifyInstance } from 'fastify';
import type pg from 'pg';

/**
 * Two baselines for a redemption, each one transaction through `pg` without validation, authorisation, events or
 * ORM:
 * - `/bare/accept`, the floor: the row changes of the app's acceptance with a voucher — lock the voucher's ledger
 *   row, insert the hold, its account and the ledger entry (the trigger moves both balances), mark the order accepted;
 * - `/bare-tx/accept`, the same writes as the app: those row changes plus the order's event, the audit row and the
 *   provider's notifications, one plain statement each.
 */
export function buildBareVoucherServer(pool: pg.Pool): FastifyInstance {
  const app = Fastify({ logger: false });
  const accept = (full: boolean) => async (request: { body: unknown }) => {
    const { orderId, voucherId, userId } = request.body as { orderId: number; voucherId: number; userId?: number };
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const balance = await c.query<{ balance: string }>(
        'SELECT balance FROM ledger_accounts WHERE code = $1 FOR UPDATE',
        [`voucher:${voucherId}`],
      );
      const amount = Math.min(5000, Number(balance.rows[0]?.balance ?? 0));
      const hold = await c.query<{ id: number }>(
        'INSERT INTO voucher_holds (voucher_id, order_id, amount) VALUES ($1, $2, $3) RETURNING id',
        [voucherId, orderId, amount],
      );
      const code = `hold:${hold.rows[0]?.id}`;
      await c.query(`INSERT INTO ledger_accounts (code, kind) VALUES ($1, 'hold')`, [code]);
      await c.query(`INSERT INTO ledger_entries (from_account, to_account, amount, kind) VALUES ($1, $2, $3, 'hold')`, [
        `voucher:${voucherId}`,
        code,
        amount,
      ]);
      const order = await c.query<Record<string, unknown> & { provider_id: number }>(
        `UPDATE service_orders SET status = 'accepted', accepted_at = now() WHERE id = $1 AND status = 'quoted' RETURNING *`,
        [orderId],
      );
      if (full) {
        const o = order.rows[0];
        await c.query(
          `INSERT INTO order_events (order_id, actor_id, from_status, to_status) VALUES ($1, $2, 'quoted', 'accepted')`,
          [orderId, userId ?? null],
        );
        await c.query(
          `INSERT INTO audit_log (actor_id, action, entity, entity_id, before, after) VALUES ($1, 'order.accept', 'service_order', $2, $3, $4)`,
          [userId ?? null, String(orderId), JSON.stringify({ ...o, status: 'quoted' }), JSON.stringify(o)],
        );
        await c.query(
          `INSERT INTO notifications (user_id, kind, params, link)
           SELECT m.user_id, 'order.accepted', $2::jsonb, $3 FROM memberships m WHERE m.org_id = $1`,
          [o?.provider_id ?? 0, JSON.stringify({ orderId, title: '示例基准检测', note: null }), `/orders/${orderId}`],
        );
      }
      await c.query('COMMIT');
      return { ok: true };
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  };
  app.post('/bare/accept', accept(false));
  app.post('/bare-tx/accept', accept(true));
  return app;
}
