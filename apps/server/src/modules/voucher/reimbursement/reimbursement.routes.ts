import {
  errorBodySchema,
  type ReimbursementDetail,
  reimbursementDecisionSchema,
  reimbursementDetailSchema,
  reimbursementInputSchema,
  reimbursementListQuerySchema,
  reimbursementPageSchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ReimbursementService } from './reimbursement.service.ts';

export function reimbursementRoutes({
  reimbursements,
}: {
  reimbursements: ReimbursementService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['vouchers'];
    app.post('/vouchers/:id/reimbursements', {
      schema: {
        tags,
        summary: '通用: claim the voucher share of a service paid in full in a partner region (enterprise)',
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: reimbursementInputSchema,
        response: {
          201: reimbursementDetailSchema,
          400: errorBodySchema,
          403: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
        },
      },
      handler: async (request, reply) =>
        reply
          .status(201)
          .send((await reimbursements.submit(request.actor, request.params.id, request.body)) as ReimbursementDetail),
    });
    app.get('/voucher-reimbursements', {
      schema: {
        tags,
        summary: 'Reimbursement claims, newest first, a page at a time: my own, or all (admin)',
        querystring: reimbursementListQuerySchema,
        response: { 200: reimbursementPageSchema },
      },
      handler: async (request) => reimbursements.list(request.actor, request.query),
    });
    app.post('/voucher-reimbursements/:id/decision', {
      schema: {
        tags,
        summary: 'Approve, reject (with a reason) or mark paid (admin)',
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: reimbursementDecisionSchema,
        response: { 200: reimbursementDetailSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) =>
        (await reimbursements.decide(request.actor, request.params.id, request.body)) as ReimbursementDetail,
    });
  };
}
