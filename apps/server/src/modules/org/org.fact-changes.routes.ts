import {
  errorBodySchema,
  factChangeCountSchema,
  factChangeDecisionSchema,
  factChangeListQuerySchema,
  factChangePageSchema,
  factChangeSchema,
  idParamSchema,
  orgFactChangeQuerySchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FactChangeService } from './org.fact-changes.ts';

/** Requests to change verified facts: a member's own, and the administration's list, count and decisions. */
export function factChangeRoutes({ factChanges }: { factChanges: FactChangeService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['organisations'];

    app.get('/orgs/:id/fact-changes', {
      schema: {
        tags,
        summary: "An organisation's requests to change its verified facts, newest first, a page (members and admins)",
        params: idParamSchema,
        querystring: orgFactChangeQuerySchema,
        response: { 200: factChangePageSchema, 403: errorBodySchema },
      },
      handler: async (request) => factChanges.ofOrg(request.actor, request.params.id, request.query),
    });

    app.delete('/orgs/:id/fact-changes/pending', {
      schema: {
        tags,
        summary: "Withdraw the organisation's open request (its members)",
        params: idParamSchema,
        response: { 204: z.null(), 403: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request, reply) => {
        await factChanges.withdraw(request.actor, request.params.id);
        return reply.status(204).send(null);
      },
    });

    app.get('/org-fact-changes', {
      schema: {
        tags,
        summary: 'Requests to change verified facts by status, pending ones oldest first (admin)',
        querystring: factChangeListQuerySchema,
        response: { 200: factChangePageSchema, 403: errorBodySchema },
      },
      handler: async (request) => factChanges.list(request.actor, request.query),
    });

    app.get('/org-fact-changes/count', {
      schema: {
        tags,
        summary: 'How many requests to change verified facts wait for a decision (admin)',
        response: { 200: factChangeCountSchema, 403: errorBodySchema },
      },
      handler: async (request) => factChanges.pendingCount(request.actor),
    });

    app.post('/org-fact-changes/:id/decision', {
      schema: {
        tags,
        summary: 'Approve (the verified values change) or reject with a reason a request (admin)',
        params: idParamSchema,
        body: factChangeDecisionSchema,
        response: { 200: factChangeSchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => factChanges.decide(request.actor, request.params.id, request.body),
    });
  };
}
