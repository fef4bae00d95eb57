import { errorBodySchema, idParamSchema } from '@cz/shared';
import { needInputSchema, needListQuerySchema, needPageSchema, needReviewSchema, needSchema } from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ANYONE } from '../../kernel/http.ts';
import type { NeedService } from './needs.service.ts';

export function needRoutes({ needs }: { needs: NeedService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['market'];
    const reply = { 200: needSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

    app.get('/market/needs', {
      schema: {
        tags,
        summary: '技术需求: published needs (an organisation its own in every status, admins all) with filters',
        security: ANYONE(),
        querystring: needListQuerySchema,
        response: { 200: needPageSchema },
      },
      handler: async (request) => needs.list(request.actor, request.query),
    });
    app.get('/market/needs/:id', {
      schema: {
        tags,
        summary: 'One need (a confidential one without its details for readers who may not see them)',
        security: ANYONE(),
        params: idParamSchema,
        response: { 200: needSchema, 404: errorBodySchema },
      },
      handler: async (request) => needs.get(request.actor, request.params.id),
    });
    app.post('/market/needs', {
      schema: {
        tags,
        summary: 'State a technology need of my verified organisation (a draft until it is submitted)',
        body: needInputSchema,
        response: { 201: needSchema, 403: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request, res) => res.status(201).send(await needs.create(request.actor, request.body)),
    });
    app.put('/market/needs/:id', {
      schema: {
        tags,
        summary: 'Change a draft, returned or withdrawn need',
        params: idParamSchema,
        body: needInputSchema,
        response: { ...reply, 422: errorBodySchema },
      },
      handler: async (request) => needs.update(request.actor, request.params.id, request.body),
    });
    app.post('/market/needs/:id/submit', {
      schema: {
        tags,
        summary: 'Send a need for review',
        params: idParamSchema,
        response: { ...reply, 422: errorBodySchema },
      },
      handler: async (request) => needs.submit(request.actor, request.params.id),
    });
    app.post('/market/needs/:id/withdraw', {
      schema: { tags, summary: 'Take a need off the market', params: idParamSchema, response: reply },
      handler: async (request) => needs.withdraw(request.actor, request.params.id),
    });
    app.post('/market/needs/:id/review', {
      schema: {
        tags,
        summary: 'Administration: publish a submitted need, or return it with the reason',
        params: idParamSchema,
        body: needReviewSchema,
        response: reply,
      },
      handler: async (request) => needs.review(request.actor, request.params.id, request.body),
    });
  };
}
