import Fastify, { type FastifyInstance } from 'fastify';
import type pg from 'pg';

type Body = { instrumentId: number; start: string; end: string };

/**
 * The floor for booking creation: a Fastify route without plugins, validation, rules, audit or notifications that
 * makes the order and the booking in one INSERT statement through `pg`. The EXCLUDE constraint still guards it.
 */
export function buildBareBookingServer(pool: pg.Pool, buyer: { orgId: number; userId: number }): FastifyInstance {
  const app = Fastify({ logger: false });
  app.post('/api/v1/bookings', async (request, reply) => {
    const b = request.body as Body;
    const { rows } = await pool.query<{ id: number }>(
      `WITH i AS (SELECT id, service_id, provider_id FROM instruments WHERE id = $1),
       o AS (
         INSERT INTO service_orders (service_id, provider_id, buyer_org_id, buyer_user_id, status, amount)
         SELECT service_id, provider_id, $4, $5, 'quoted', 0 FROM i RETURNING id
       )
       INSERT INTO bookings (instrument_id, order_id, user_id, org_id, period, blocked, status)
       SELECT $1, o.id, $5, $4, tstzrange($2, $3), tstzrange($2, $3), 'confirmed' FROM o
       RETURNING id`,
      [b.instrumentId, b.start, b.end, buyer.orgId, buyer.userId],
    );
    return reply.status(201).send({ id: rows[0]?.id });
  });
  return app;
}

/**
 * The second baseline for booking creation: the same rows the app writes (the order, its two events, the booking, two
 * audit rows, the provider's notifications), one plain statement per table in one transaction through `pg`, with
 * the instrument read that gives the order its service and provider — no validation, rules, authorisation or ORM.
 */
export function buildBareTxBookingServer(pool: pg.Pool, buyer: { orgId: number; userId: number }): FastifyInstance {
  const app = Fastify({ logger: false });
  app.post('/api/v1/bookings', async (request, reply) => {
    const b = request.body as Body & { purpose?: string };
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const i = await c.query<{ service_id: number; provider_id: number; name: string }>(
        'SELECT service_id, provider_id, name FROM instruments WHERE id = $1 FOR SHARE',
        [b.instrumentId],
      );
      const instrument = i.rows[0];
      if (!instrument) throw new Error('no such instrument');
      const order = await c.query<Record<string, unknown> & { id: number }>(
        `INSERT INTO service_orders (service_id, provider_id, buyer_org_id, buyer_user_id, status, quantity, amount, quoted_at, request_note)
         VALUES ($1, $2, $3, $4, 'quoted', 1, 0, now(), $5) RETURNING *`,
        [instrument.service_id, instrument.provider_id, buyer.orgId, buyer.userId, b.purpose ?? ''],
      );
      const o = order.rows[0] as Record<string, unknown> & { id: number };
      await c.query(
        `INSERT INTO order_events (order_id, actor_id, from_status, to_status, note)
         VALUES ($1, $2, NULL, 'requested', $3), ($1, NULL, 'requested', 'quoted', '@booking.instant')`,
        [o.id, buyer.userId, b.purpose ?? null],
      );
      const booking = await c.query<Record<string, unknown> & { id: number }>(
        `INSERT INTO bookings (instrument_id, order_id, user_id, org_id, period, blocked, status, purpose, samples)
         VALUES ($1, $2, $3, $4, tstzrange($5, $6), tstzrange($5, $6), 'confirmed', $7, 1) RETURNING *`,
        [b.instrumentId, o.id, buyer.userId, buyer.orgId, b.start, b.end, b.purpose ?? ''],
      );
      const k = booking.rows[0] as Record<string, unknown> & { id: number };
      await c.query(
        `INSERT INTO audit_log (actor_id, action, entity, entity_id, after)
         VALUES ($1, 'order.create', 'service_order', $2, $3), ($1, 'booking.create', 'booking', $4, $5)`,
        [buyer.userId, String(o.id), JSON.stringify(o), String(k.id), JSON.stringify(k)],
      );
      await c.query(
        `INSERT INTO notifications (user_id, kind, params, link)
         SELECT m.user_id, 'booking.confirmed', $2::jsonb, $3 FROM memberships m WHERE m.org_id = $1`,
        [
          instrument.provider_id,
          JSON.stringify({ bookingId: k.id, instrument: instrument.name, start: b.start }),
          `/bookings/${k.id}`,
        ],
      );
      await c.query('COMMIT');
      return reply.status(201).send(k);
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  });
  return app;
}
