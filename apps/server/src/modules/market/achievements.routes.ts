import { errorBodySchema, idParamSchema } from '@cz/shared';
import {
  achievementDetailSchema,
  achievementInputSchema,
  achievementListQuerySchema,
  achievementPageSchema,
  achievementReviewSchema,
} from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ANYONE } from '../../kernel/http.ts';
import type { AchievementService } from './achievements.service.ts';

export function achievementRoutes({ achievements }: { achievements: AchievementService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['market'];
    const reply = { 200: achievementDetailSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

    app.get('/market/achievements', {
      schema: {
        tags,
        summary: '科技成果: published achievements (an organisation its own in every status, admins all) with filters',
        security: ANYONE(),
        querystring: achievementListQuerySchema,
        response: { 200: achievementPageSchema },
      },
      handler: async (request) => achievements.list(request.actor, request.query),
    });
    app.get('/market/achievements/:id', {
      schema: {
        tags,
        summary:
          'One achievement (published, or its owner’s and the administration’s in any status) with the files the reader may open',
        security: ANYONE(),
        params: idParamSchema,
        response: { 200: achievementDetailSchema, 404: errorBodySchema },
      },
      handler: async (request) => achievements.get(request.actor, request.params.id),
    });
    app.post('/market/achievements', {
      schema: {
        tags,
        summary: 'Offer an achievement of my verified organisation (a draft until it is submitted)',
        body: achievementInputSchema,
        response: { 201: achievementDetailSchema, 403: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request, res) => res.status(201).send(await achievements.create(request.actor, request.body)),
    });
    app.put('/market/achievements/:id', {
      schema: {
        tags,
        summary: 'Change a draft, returned or withdrawn achievement',
        params: idParamSchema,
        body: achievementInputSchema,
        response: { ...reply, 422: errorBodySchema },
      },
      handler: async (request) => achievements.update(request.actor, request.params.id, request.body),
    });
    app.post('/market/achievements/:id/submit', {
      schema: { tags, summary: 'Send an achievement for review', params: idParamSchema, response: reply },
      handler: async (request) => achievements.submit(request.actor, request.params.id),
    });
    app.post('/market/achievements/:id/withdraw', {
      schema: { tags, summary: 'Take an achievement off the market', params: idParamSchema, response: reply },
      handler: async (request) => achievements.withdraw(request.actor, request.params.id),
    });
    app.post('/market/achievements/:id/review', {
      schema: {
        tags,
        summary: 'Administration: publish a submitted achievement, or return it with the reason',
        params: idParamSchema,
        body: achievementReviewSchema,
        response: reply,
      },
      handler: async (request) => achievements.review(request.actor, request.params.id, request.body),
    });
  };
}
