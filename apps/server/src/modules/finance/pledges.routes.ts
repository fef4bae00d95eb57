import { errorBodySchema, idParamSchema } from '@cz/shared';
import {
  pledgeablePatentListSchema,
  pledgeInputSchema,
  pledgeListQuerySchema,
  pledgePageSchema,
  pledgeSchema,
  pledgeStepSchema,
} from '@cz/shared/finance';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PledgeService } from './pledges.service.ts';

const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

export function pledgeRoutes({ pledges }: { pledges: PledgeService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['finance'];
    app.get('/finance/pledges', {
      schema: {
        tags,
        summary: '知识产权质押: my institution’s, my enterprise’s, or all (the finance office)',
        querystring: pledgeListQuerySchema,
        response: { 200: pledgePageSchema, 403: errorBodySchema },
      },
      handler: async (request) => pledges.list(request.actor, request.query),
    });
    app.post('/finance/pledges', {
      schema: {
        tags,
        summary: 'My institution names the enterprise’s patents that back one of its loan cases',
        body: pledgeInputSchema,
        response: { 201: pledgeSchema, ...errors, 422: errorBodySchema },
      },
      handler: async (request, res) => res.status(201).send(await pledges.create(request.actor, request.body)),
    });
    app.get('/finance/cases/:id/patents', {
      schema: {
        tags,
        summary: 'The patents the case’s enterprise can pledge (for the bank holding the case)',
        params: idParamSchema,
        response: { 200: pledgeablePatentListSchema, ...errors },
      },
      handler: async (request) => pledges.pledgeable(request.actor, request.params.id),
    });
    app.get('/finance/pledges/:id', {
      schema: { tags, summary: 'One pledge', params: idParamSchema, response: { 200: pledgeSchema, ...errors } },
      handler: async (request) => pledges.get(request.actor, request.params.id),
    });
    app.post('/finance/pledges/:id/step', {
      schema: {
        tags,
        summary: 'Valuation and approval, contract, registration, release',
        params: idParamSchema,
        body: pledgeStepSchema,
        response: { 200: pledgeSchema, ...errors, 422: errorBodySchema },
      },
      handler: async (request) => pledges.step(request.actor, request.params.id, request.body),
    });
  };
}
