import { errorBodySchema, idParamSchema } from '@cz/shared';
import { suggestionListSchema, suggestionQuerySchema } from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { MatchingService } from './matching.service.ts';

export function matchingRoutes({ matching }: { matching: MatchingService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/market/needs/:id/suggestions', {
      schema: {
        tags: ['market'],
        summary: "Achievements suggested for a need, each with its reasons (the need's owner and the administration)",
        params: idParamSchema,
        querystring: suggestionQuerySchema,
        response: { 200: suggestionListSchema, 404: errorBodySchema },
      },
      handler: async (request) => matching.suggest(request.actor, request.params.id, request.query),
    });
  };
}
