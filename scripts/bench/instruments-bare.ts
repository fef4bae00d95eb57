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
