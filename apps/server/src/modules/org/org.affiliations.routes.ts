import {
  type Affiliation,
  affiliationInputSchema,
  affiliationSchema,
  errorBodySchema,
  itemsOf,
  okSchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AffiliationService } from './org.affiliations.ts';

export function affiliationRoutes({ affiliations }: { affiliations: AffiliationService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['organisations'];
    const params = z.object({ id: z.coerce.number().int().positive() });
    app.get('/orgs/:id/affiliations', {
      schema: {
        tags,
        summary: "An organisation's recorded affiliations (members and admins)",
        params,
        response: { 200: itemsOf(affiliationSchema), 403: errorBodySchema },
      },
      handler: async (request) => ({
        items: (await affiliations.list(request.actor, request.params.id)) as Affiliation[],
      }),
    });
    app.post('/orgs/:id/affiliations', {
      schema: {
        tags,
        summary: 'Record that two organisations are related parties (admin)',
        params,
        body: affiliationInputSchema,
        response: { 201: okSchema, 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request, reply) => {
        await affiliations.add(
          request.actor,
          request.params.id,
          request.body.orgId,
          request.body.kind,
          request.body.note,
        );
        return reply.status(201).send({ ok: true });
      },
    });
    app.delete('/orgs/:id/affiliations/:otherId', {
      schema: {
        tags,
        summary: 'Remove an affiliation (admin)',
        params: params.extend({ otherId: z.coerce.number().int().positive() }),
        response: { 204: z.undefined().describe('Removed; no body'), 404: errorBodySchema },
      },
      handler: async (request, reply) => {
        await affiliations.remove(request.actor, request.params.id, request.params.otherId);
        return reply.status(204).send();
      },
    });
  };
}
