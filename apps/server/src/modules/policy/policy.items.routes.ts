import { errorBodySchema, idParamSchema } from '@cz/shared';
import {
  factsSchema,
  policyEligibilitySchema,
  policyFitsQuerySchema,
  policyFitsSchema,
  policyItemInputSchema,
  policyItemListQuerySchema,
  policyItemPageSchema,
  policyItemSchema,
  policySimulationOrgPageSchema,
  policySimulationOrgQuerySchema,
  policySimulationSchema,
} from '@cz/shared/policy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANYONE } from '../../kernel/http.ts';
import type { PolicyItemService } from './policy.items.service.ts';

const tags = ['policy'];
const orgParamSchema = z.object({ id: z.coerce.number().int().positive(), orgId: z.coerce.number().int().positive() });
const orgOnlySchema = z.object({ orgId: z.coerce.number().int().positive() });
const endBodySchema = z.object({ to: z.enum(['closed', 'withdrawn']) });

/** Policy items: the public's list and page, an enterprise's eligibility and fits, the administration's writing. */
export function policyItemRoutes({ items }: { items: PolicyItemService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/policy/items', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'Policy items (public: published and closed; administration: all), with filters and paging',
        querystring: policyItemListQuerySchema,
        response: { 200: policyItemPageSchema },
      },
      handler: async (request) => items.list(request.actor, request.query),
    });
    app.get('/policy/items/:id', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'One policy item with its conditions, amount, window and materials',
        params: idParamSchema,
        response: { 200: policyItemSchema, 404: errorBodySchema },
      },
      handler: async (request) => items.get(request.actor, request.params.id),
    });
    app.post('/policy/check', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'The public calculator: a few answers instead of registry data, against every open item (no login)',
        body: z.object({ facts: factsSchema }),
        response: { 200: policyFitsSchema, 400: errorBodySchema },
      },
      handler: async (request) => items.check(request.body.facts),
    });
    app.get('/policy/items/:id/eligibility/:orgId', {
      schema: {
        tags,
        summary: 'An enterprise against an item: the result with a sentence per condition, missing facts, the amount',
        params: orgParamSchema,
        response: { 200: policyEligibilitySchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => items.eligibility(request.actor, request.params.id, request.params.orgId),
    });
    app.get('/policy/orgs/:orgId/fits', {
      schema: {
        tags,
        summary: '"Policies that fit me": open items an enterprise qualifies for or could with more data',
        params: orgOnlySchema,
        querystring: policyFitsQuerySchema,
        response: { 200: policyFitsSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => items.fits(request.actor, request.params.orgId, request.query),
    });
    app.post('/policy/items', {
      schema: {
        tags,
        summary: 'Write a draft item of a policy document (administration)',
        body: policyItemInputSchema,
        response: { 201: policyItemSchema, 403: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request, reply) => reply.status(201).send(await items.create(request.actor, request.body)),
    });
    app.put('/policy/items/:id', {
      schema: {
        tags,
        summary: 'Change a draft item (administration)',
        params: idParamSchema,
        body: policyItemInputSchema,
        response: {
          200: policyItemSchema,
          403: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
          422: errorBodySchema,
        },
      },
      handler: async (request) => items.update(request.actor, request.params.id, request.body),
    });
    app.post('/policy/items/:id/publish', {
      schema: {
        tags,
        summary: 'Publish a draft item; the eligible enterprises are found and told in the background',
        params: idParamSchema,
        response: { 200: policyItemSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => items.publish(request.actor, request.params.id),
    });
    app.post('/policy/items/:id/end', {
      schema: {
        tags,
        summary: 'Close a published item to claims, or withdraw it (administration)',
        params: idParamSchema,
        body: endBodySchema,
        response: { 200: policyItemSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => items.end(request.actor, request.params.id, request.body.to),
    });
    app.post('/policy/items/:id/simulations', {
      schema: {
        tags,
        summary: 'Run the item over every enterprise: who would qualify, the payout, the facts missing most',
        params: idParamSchema,
        response: { 200: policySimulationSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => items.simulate(request.actor, request.params.id),
    });
    app.get('/policy/items/:id/simulations/latest', {
      schema: {
        tags,
        summary: "The item's latest run with its progress (administration)",
        params: idParamSchema,
        response: { 200: policySimulationSchema.nullable(), 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => items.latestRun(request.actor, request.params.id),
    });
    app.get('/policy/runs/:id', {
      schema: {
        tags,
        summary: 'A run with its progress and findings (administration)',
        params: idParamSchema,
        response: { 200: policySimulationSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => items.run(request.actor, request.params.id),
    });
    app.get('/policy/runs/:id/orgs', {
      schema: {
        tags,
        summary: "A simulation's enterprises by result, with amounts and missing facts (administration)",
        params: idParamSchema,
        querystring: policySimulationOrgQuerySchema,
        response: { 200: policySimulationOrgPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => items.runResults(request.actor, request.params.id, request.query),
    });
  };
}
