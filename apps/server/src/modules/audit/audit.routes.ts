import { auditPageSchema, auditQuerySchema, errorBodySchema } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AuditService } from './audit.query.ts';

export function auditRoutes({ audit }: { audit: AuditService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/audit', {
      schema: {
        tags: ['audit'],
        summary: 'Browse the audit log (admin)',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, 401: errorBodySchema, 403: errorBodySchema },
      },
      handler: async (request) => audit.list(request.actor, request.query),
    });
  };
}
