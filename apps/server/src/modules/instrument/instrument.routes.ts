import {
  availabilityQuerySchema,
  availabilitySchema,
  blackoutInputSchema,
  errorBodySchema,
  idParamSchema,
  instrumentInputSchema,
  instrumentListQuerySchema,
  instrumentPageSchema,
  instrumentSchema,
  itemsOf,
  okSchema,
  qualificationSchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANYONE } from '../../kernel/http.ts';
import type { InstrumentService } from './instrument.service.ts';

export function instrumentRoutes({
  instrumentService,
}: {
  instrumentService: InstrumentService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['instruments'];
    app.get('/instruments', {
      schema: {
        security: ANYONE(),
        tags,
        summary: '大型仪器共享: browse instruments (public) with Chinese keyword search',
        querystring: instrumentListQuerySchema,
        response: { 200: instrumentPageSchema },
      },
      handler: async (request) => instrumentService.list(request.actor, request.query),
    });
    app.get('/instruments/:id', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'One instrument',
        params: idParamSchema,
        response: { 200: instrumentSchema, 404: errorBodySchema },
      },
      handler: async (request) => instrumentService.get(request.actor, request.params.id),
    });
    app.get('/instruments/:id/availability', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'Open windows, busy time and blackouts between two local dates (≤ 62 days)',
        params: idParamSchema,
        querystring: availabilityQuerySchema,
        response: { 200: availabilitySchema },
      },
      handler: async (request) =>
        instrumentService.availability(request.actor, request.params.id, request.query.from, request.query.to),
    });
    app.post('/instruments', {
      schema: {
        tags,
        summary: 'List an instrument (verified provider)',
        body: instrumentInputSchema,
        response: { 201: instrumentSchema, 403: errorBodySchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await instrumentService.create(request.actor, request.body)),
    });
    app.put('/instruments/:id', {
      schema: {
        tags,
        summary: 'Edit my instrument (rules, prices, status)',
        params: idParamSchema,
        body: instrumentInputSchema,
        response: { 200: instrumentSchema },
      },
      handler: async (request) => instrumentService.update(request.actor, request.params.id, request.body),
    });
    app.post('/instruments/:id/blackouts', {
      schema: {
        tags,
        summary: 'Close an instrument for a period',
        params: idParamSchema,
        body: blackoutInputSchema,
        response: { 201: z.object({ id: z.number() }) },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await instrumentService.addBlackout(request.actor, request.params.id, request.body)),
    });
    app.delete('/instruments/:id/blackouts/:blackoutId', {
      schema: {
        tags,
        summary: 'Remove a blackout period',
        params: idParamSchema.extend({ blackoutId: z.coerce.number().int().positive() }),
        response: { 204: z.null() },
      },
      handler: async (request, reply) => {
        await instrumentService.removeBlackout(request.actor, request.params.id, request.params.blackoutId);
        return reply.status(204).send(null);
      },
    });
    app.get('/instruments/:id/qualifications', {
      schema: {
        tags,
        summary: 'Users trained on this instrument (provider)',
        params: idParamSchema,
        response: { 200: itemsOf(qualificationSchema) },
      },
      handler: async (request) => ({ items: await instrumentService.qualifications(request.actor, request.params.id) }),
    });
    app.put('/instruments/:id/qualifications/:userId', {
      schema: {
        tags,
        summary: 'Record that a user completed the training',
        params: idParamSchema.extend({ userId: z.coerce.number().int().positive() }),
        response: { 200: okSchema },
      },
      handler: async (request) => {
        await instrumentService.setQualification(request.actor, request.params.id, request.params.userId, true);
        return { ok: true as const };
      },
    });
    app.delete('/instruments/:id/qualifications/:userId', {
      schema: {
        tags,
        summary: "Withdraw a user's training record",
        params: idParamSchema.extend({ userId: z.coerce.number().int().positive() }),
        response: { 200: okSchema },
      },
      handler: async (request) => {
        await instrumentService.setQualification(request.actor, request.params.id, request.params.userId, false);
        return { ok: true as const };
      },
    });
  };
}
