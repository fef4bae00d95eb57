import {
  bookingCreateSchema,
  bookingListQuerySchema,
  bookingPageSchema,
  bookingRescheduleSchema,
  bookingSchema,
  errorBodySchema,
  idParamSchema,
  reasonSchema,
  usageBodySchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BookingService } from './booking.service.ts';

export function bookingRoutes({ bookingService }: { bookingService: BookingService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['bookings'];
    const out = {
      200: bookingSchema,
      400: errorBodySchema,
      403: errorBodySchema,
      404: errorBodySchema,
      409: errorBodySchema,
    };
    app.post('/bookings', {
      schema: {
        tags,
        summary: 'Book instrument time; an overlapping request is refused with booking.slot_taken (409)',
        body: bookingCreateSchema,
        response: { 201: bookingSchema, 400: errorBodySchema, 403: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await bookingService.create(request.actor, request.body)),
    });
    app.get('/bookings', {
      schema: {
        tags,
        summary: "My organisation's bookings (scope=mine), my instruments' bookings (scope=provider), or all (admin)",
        querystring: bookingListQuerySchema,
        response: { 200: bookingPageSchema },
      },
      handler: async (request) => bookingService.list(request.actor, request.query),
    });
    app.get('/bookings/:id', {
      schema: { tags, summary: 'One booking', params: idParamSchema, response: out },
      handler: async (request) => bookingService.get(request.actor, request.params.id),
    });
    app.post('/bookings/:id/approve', {
      schema: { tags, summary: 'Provider approves a pending booking', params: idParamSchema, response: out },
      handler: async (request) => bookingService.approve(request.actor, request.params.id),
    });
    app.post('/bookings/:id/reject', {
      schema: {
        tags,
        summary: 'Provider rejects a pending booking with a reason',
        params: idParamSchema,
        body: reasonSchema,
        response: out,
      },
      handler: async (request) => bookingService.reject(request.actor, request.params.id, request.body.reason),
    });
    app.post('/bookings/:id/cancel', {
      schema: {
        tags,
        summary: 'Cancel a booking (late ones are marked and may be charged)',
        params: idParamSchema,
        body: reasonSchema,
        response: out,
      },
      handler: async (request) => bookingService.cancel(request.actor, request.params.id, request.body.reason),
    });
    app.post('/bookings/:id/reschedule', {
      schema: {
        tags,
        summary: 'Move a booking: cancel and re-book on the same order in one transaction',
        params: idParamSchema,
        body: bookingRescheduleSchema,
        response: out,
      },
      handler: async (request) => bookingService.reschedule(request.actor, request.params.id, request.body),
    });
    app.post('/bookings/:id/no-show', {
      schema: { tags, summary: 'Provider marks a no-show', params: idParamSchema, response: out },
      handler: async (request) => bookingService.noShow(request.actor, request.params.id),
    });
    app.post('/bookings/:id/usage', {
      schema: {
        tags,
        summary:
          'Provider records actual use; the fee (actual time rounded up to the slot, × hourly price) becomes the order amount',
        params: idParamSchema,
        body: usageBodySchema,
        response: out,
      },
      handler: async (request) => bookingService.recordUsage(request.actor, request.params.id, request.body),
    });
  };
}
