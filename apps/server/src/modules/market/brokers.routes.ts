import { errorBodySchema, idParamSchema } from '@cz/shared';
import { brokerCandidateSchema, brokerInputSchema, brokerListSchema } from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BrokerService } from './brokers.service.ts';

export function brokerRoutes({ brokers }: { brokers: BrokerService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/market/brokers', {
      schema: {
        tags: ['market'],
        summary: 'Administration: the experts, and which of them are 技术经理人',
        response: { 200: brokerListSchema, 403: errorBodySchema },
      },
      handler: async (request) => brokers.list(request.actor),
    });
    app.put('/market/brokers/:id', {
      schema: {
        tags: ['market'],
        summary: 'Administration: name an expert 技术经理人, or take the name back',
        params: idParamSchema,
        body: brokerInputSchema,
        response: { 200: brokerCandidateSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => brokers.set(request.actor, request.params.id, request.body.broker),
    });
  };
}
