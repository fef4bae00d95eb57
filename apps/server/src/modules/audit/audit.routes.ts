import { auditPageSchema, auditQuerySchema, errorBodySchema } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../kernel/db/connection.ts';
import { requireLogin } from '../../kernel/http.ts';
import { listAudit } from './audit.query.ts';

export function auditRoutes({ db }: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/audit', {
      schema: {
        tags: ['audit'],
        summary: 'Browse the audit log (admin)',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, 401: errorBodySchema, 403: errorBodySchema },
      },
      preHandler: requireLogin,
      handler: async (request) => listAudit(db, request.actor, request.query),
    });
  };
}
