import Fastify, { type FastifyInstance } from 'fastify';
import type pg from 'pg';

/**
 * The floor for a redemption: one transaction doing the same row changes as the app's acceptance with a voucher —
 * lock the voucher's ledger row, insert the hold, its account and the ledger entry (the trigger moves both balances),
 * mark the order accepted — without validation, authorisation, audit, events or notifications.
 */
export function buildBareVoucherServer(pool: pg.Pool): FastifyInstance {
  const app = Fastify({ logger: false });
  app.post('/bare/accept', async (request, reply) => {
    const { orderId, voucherId } = request.body as { orderId: number; voucherId: number };
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
      await c.query(
        `UPDATE service_orders SET status = 'accepted', accepted_at = now() WHERE id = $1 AND status = 'quoted'`,
        [orderId],
      );
      await c.query('COMMIT');
      return reply.send({ ok: true });
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  });
  return app;
}
