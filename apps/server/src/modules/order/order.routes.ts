import {
  deliverSchema,
  disputeSchema,
  errorBodySchema,
  idParamSchema,
  orderCreateSchema,
  orderListQuerySchema,
  orderPageSchema,
  orderSchema,
  quoteSchema,
  rateSchema,
  reasonSchema,
  redemptionCodeSchema,
  resolveDisputeSchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OrderService } from './order.service.ts';

export function orderRoutes({ orderService }: { orderService: OrderService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['orders'];
    const reply200 = { 200: orderSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

    app.post('/orders', {
      schema: {
        tags,
        summary: 'Order a service',
        body: orderCreateSchema,
        response: { 201: orderSchema, 403: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request, reply) => reply.status(201).send(await orderService.create(request.actor, request.body)),
    });
    app.get('/orders', {
      schema: {
        tags,
        summary: "My organisation's orders as buyer or provider (admins: all)",
        querystring: orderListQuerySchema,
        response: { 200: orderPageSchema },
      },
      handler: async (request) => orderService.list(request.actor, request.query),
    });
    app.get('/orders/:id', {
      schema: {
        tags,
        summary: 'One order with its history (parties and admins)',
        params: idParamSchema,
        response: { 200: orderSchema, 404: errorBodySchema },
      },
      handler: async (request) => orderService.get(request.actor, request.params.id),
    });
    app.post('/orders/:id/quote', {
      schema: {
        tags,
        summary: 'Provider quotes or confirms the amount',
        params: idParamSchema,
        body: quoteSchema,
        response: reply200,
      },
      handler: async (request) =>
        orderService.act(request.actor, request.params.id, 'quote', {
          patch: { amount: request.body.amount, quoteNote: request.body.note || null },
          note: request.body.note || null,
        }),
    });
    app.post('/orders/:id/reject', {
      schema: {
        tags,
        summary: 'Provider declines a request',
        params: idParamSchema,
        body: reasonSchema,
        response: reply200,
      },
      handler: async (request) =>
        orderService.act(request.actor, request.params.id, 'reject', {
          patch: { cancelReason: request.body.reason },
          note: request.body.reason,
        }),
    });
    app.post('/orders/:id/accept', {
      schema: {
        tags,
        summary:
          'Buyer accepts the quoted amount, optionally paying part with innovation vouchers (held until completion)',
        params: idParamSchema,
        // No body, or one naming the vouchers to apply.
        body: z.preprocess(
          (v) => v ?? {},
          z.object({
            vouchers: z.array(z.number().int().positive()).max(10).default([]),
            partnerVoucher: z
              .object({
                region: z.string().regex(/^[a-z0-9-]{2,32}$/),
                number: z.string().trim().min(1).max(64),
                // The holder's redemption code, which the issuing region needs to hold the voucher.
                code: redemptionCodeSchema,
              })
              .optional(),
          }),
        ),
        response: reply200,
      },
      handler: async (request) =>
        orderService.act(request.actor, request.params.id, 'accept', {
          vouchers: request.body.vouchers,
          partnerVoucher: request.body.partnerVoucher,
        }),
    });
    app.post('/orders/:id/cancel', {
      schema: {
        tags,
        summary: 'Either side cancels before the service starts',
        params: idParamSchema,
        body: reasonSchema,
        response: reply200,
      },
      handler: async (request) =>
        orderService.act(request.actor, request.params.id, 'cancel', {
          patch: { cancelReason: request.body.reason },
          note: request.body.reason,
        }),
    });
    app.post('/orders/:id/start', {
      schema: { tags, summary: 'Provider starts the service', params: idParamSchema, response: reply200 },
      handler: async (request) => orderService.act(request.actor, request.params.id, 'start'),
    });
    app.post('/orders/:id/deliver', {
      schema: {
        tags,
        summary: 'Provider delivers results (uploaded files by hash)',
        params: idParamSchema,
        body: deliverSchema,
        response: reply200,
      },
      handler: async (request) =>
        orderService.act(request.actor, request.params.id, 'deliver', {
          patch: { deliveryNote: request.body.note, deliveryFiles: request.body.files },
          note: request.body.note,
        }),
    });
    app.post('/orders/:id/accept-delivery', {
      schema: {
        tags,
        summary: 'Buyer accepts the delivery; the order is completed',
        params: idParamSchema,
        response: reply200,
      },
      handler: async (request) => orderService.act(request.actor, request.params.id, 'accept_delivery'),
    });
    app.post('/orders/:id/dispute', {
      schema: {
        tags,
        summary: 'Either side disputes the service or delivery',
        params: idParamSchema,
        body: disputeSchema,
        response: reply200,
      },
      handler: async (request) =>
        orderService.act(request.actor, request.params.id, 'dispute', {
          patch: { disputeNote: request.body.note },
          note: request.body.note,
        }),
    });
    app.post('/orders/:id/resolve', {
      schema: {
        tags,
        summary: 'An administrator resolves a dispute',
        params: idParamSchema,
        body: resolveDisputeSchema,
        response: reply200,
      },
      handler: async (request) =>
        orderService.act(
          request.actor,
          request.params.id,
          request.body.outcome === 'completed' ? 'resolve_completed' : 'resolve_cancelled',
          { note: request.body.note },
        ),
    });
    app.post('/orders/:id/rating', {
      schema: {
        tags,
        summary: 'Buyer rates a completed order (1–5)',
        params: idParamSchema,
        body: rateSchema,
        response: reply200,
      },
      handler: async (request) =>
        orderService.rate(request.actor, request.params.id, request.body.rating, request.body.comment),
    });
  };
}
