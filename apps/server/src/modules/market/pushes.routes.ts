import { errorBodySchema, idParamSchema } from '@cz/shared';
import { pushAnswerSchema, pushInputSchema, pushListSchema, pushSchema } from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANYONE } from '../../kernel/http.ts';
import type { PushService } from './pushes.service.ts';

export function pushRoutes({ pushes }: { pushes: PushService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['market'];
    app.get('/market/broker', {
      schema: {
        tags,
        summary: 'Whether I act as 技术经理人 (an administrator, or an expert the administration named broker)',
        security: ANYONE(),
        response: { 200: z.object({ broker: z.boolean() }) },
      },
      handler: async (request) => ({ broker: await pushes.isBroker(request.actor) }),
    });
    app.post('/market/needs/:id/pushes', {
      schema: {
        tags,
        summary: "技术经理人: push a suggested achievement to the need's owner",
        params: idParamSchema,
        body: pushInputSchema,
        response: { 201: pushSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request, res) =>
        res.status(201).send(await pushes.push(request.actor, request.params.id, request.body)),
    });
    app.get('/market/needs/:id/pushes', {
      schema: {
        tags,
        summary:
          "The achievements pushed for a need, with the owner's answers (its owner, brokers, the administration)",
        params: idParamSchema,
        response: { 200: pushListSchema, 404: errorBodySchema },
      },
      handler: async (request) => pushes.list(request.actor, request.params.id),
    });
    app.post('/market/pushes/:id/answer', {
      schema: {
        tags,
        summary: "The need's owner answers a pushed achievement: interested, not now, or not relevant with the reason",
        params: idParamSchema,
        body: pushAnswerSchema,
        response: { 200: pushSchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => pushes.answer(request.actor, request.params.id, request.body),
    });
  };
}
