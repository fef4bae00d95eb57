import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { z } from 'zod';
import { ANYONE } from '../../kernel/http.ts';

export function healthRoutes({ pool }: { pool: pg.Pool }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/health', {
      schema: {
        security: ANYONE(),
        tags: ['health'],
        summary: 'Liveness and database status',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.literal('up'), latencyMs: z.number() }),
          // The database's own error text is for administrators; others learn only that it is down.
          503: z.object({ status: z.literal('degraded'), database: z.literal('down'), error: z.string().optional() }),
        },
      },
      handler: async (request, reply) => {
        const started = performance.now();
        try {
          await pool.query('SELECT 1');
          return {
            status: 'ok' as const,
            database: 'up' as const,
            latencyMs: Math.round((performance.now() - started) * 10) / 10,
          };
        } catch (err) {
          const admin = request.actor?.role === 'admin' || request.actor?.role === 'superadmin';
          return reply.status(503).send({
            status: 'degraded' as const,
            database: 'down' as const,
            ...(admin ? { error: (err as Error).message } : {}),
          });
        }
      },
    });
  };
}
