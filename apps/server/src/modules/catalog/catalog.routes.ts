import {
  errorBodySchema,
  idParamSchema,
  providerSuspensionSchema,
  serviceInputSchema,
  serviceListQuerySchema,
  servicePageSchema,
  serviceSchema,
  suspendBodySchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ANYONE } from '../../kernel/http.ts';
import type { CatalogService } from './catalog.service.ts';

export function catalogRoutes({ catalogService }: { catalogService: CatalogService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['services'];
    app.get('/services', {
      schema: {
        security: ANYONE(),
        tags,
        summary: '科技服务超市: browse services (public) with keyword search, filters and sorting',
        querystring: serviceListQuerySchema,
        response: { 200: servicePageSchema },
      },
      handler: async (request) => catalogService.list(request.actor, request.query),
    });
    app.get('/services/:id', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'One service',
        params: idParamSchema,
        response: { 200: serviceSchema, 404: errorBodySchema },
      },
      handler: async (request) => catalogService.get(request.actor, request.params.id),
    });
    app.post('/services', {
      schema: {
        tags,
        summary: 'List a service (verified provider)',
        body: serviceInputSchema,
        response: { 201: serviceSchema, 403: errorBodySchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await catalogService.create(request.actor, request.body)),
    });
    app.put('/services/:id', {
      schema: {
        tags,
        summary: 'Edit my service',
        params: idParamSchema,
        body: serviceInputSchema,
        response: { 200: serviceSchema },
      },
      handler: async (request) => catalogService.update(request.actor, request.params.id, request.body),
    });
    app.post('/services/:id/withdraw', {
      schema: {
        tags,
        summary: 'Withdraw my service from the catalog',
        params: idParamSchema,
        response: { 200: serviceSchema },
      },
      handler: async (request) => catalogService.withdraw(request.actor, request.params.id),
    });
    app.post('/orgs/:id/listings/suspension', {
      schema: {
        tags,
        summary: "Suspend or reinstate all of a provider's listings (admin)",
        params: idParamSchema,
        body: suspendBodySchema,
        response: { 200: providerSuspensionSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => catalogService.suspendProvider(request.actor, request.params.id, request.body),
    });
    app.post('/services/:id/suspension', {
      schema: {
        tags,
        summary: 'Suspend or reinstate a listing (admin)',
        params: idParamSchema,
        body: suspendBodySchema,
        response: { 200: serviceSchema },
      },
      handler: async (request) => catalogService.suspend(request.actor, request.params.id, request.body),
    });
  };
}
