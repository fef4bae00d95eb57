import { idParamSchema } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../../kernel/excel.ts';
import { requireLogin } from '../../../kernel/http.ts';
import type { SettlementService } from './settlement.service.ts';

const hash = z.string().regex(/^[0-9a-f]{64}$/);
const documents = z.object({
  contractFile: hash,
  invoiceFile: hash,
  paymentProofFile: hash,
  resultFiles: z.array(hash).max(20).default([]),
});

export function settlementRoutes({ settlement }: { settlement: SettlementService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['voucher settlement'];
    app.addHook('preHandler', requireLogin);
    app.get('/voucher-claims/claimable', {
      schema: { tags, summary: 'My completed orders paid with vouchers that are not yet claimed (provider)' },
      handler: async (request) => ({ items: await settlement.claimable(request.actor) }),
    });
    app.post('/voucher-claims', {
      schema: {
        tags,
        summary: 'Claim settlement of a voucher-paid order with its documents (provider)',
        body: documents.extend({ orderId: z.number().int().positive() }),
      },
      handler: async (request, reply) => reply.status(201).send(await settlement.submit(request.actor, request.body)),
    });
    app.post('/voucher-claims/:id/resubmit', {
      schema: {
        tags,
        summary: 'Submit a returned claim again with corrected documents (provider)',
        params: idParamSchema,
        body: documents,
      },
      handler: async (request) => settlement.resubmit(request.actor, request.params.id, request.body),
    });
    app.get('/voucher-claims', {
      schema: {
        tags,
        summary: 'Claims: my own (provider) or all (admin)',
        querystring: z.object({
          status: z.enum(['submitted', 'approved', 'returned', 'batched', 'paid']).optional(),
          batchId: z.coerce.number().int().positive().optional(),
        }),
      },
      handler: async (request) => ({ items: await settlement.list(request.actor, request.query) }),
    });
    app.post('/voucher-claims/:id/review', {
      schema: {
        tags,
        summary: 'Approve a claim or return it with a reason (admin)',
        params: idParamSchema,
        body: z.discriminatedUnion('decision', [
          z.object({ decision: z.literal('approve') }),
          z.object({ decision: z.literal('return'), reason: z.string().trim().min(2).max(500) }),
        ]),
      },
      handler: async (request) => settlement.review(request.actor, request.params.id, request.body),
    });
    app.post('/settlement-batches', {
      schema: {
        tags,
        summary: 'Group approved claims into a settlement batch (admin)',
        body: z.object({
          claimIds: z.array(z.number().int().positive()).min(1).max(1000),
          note: z.string().trim().max(500).default(''),
        }),
      },
      handler: async (request, reply) =>
        reply.status(201).send(await settlement.createBatch(request.actor, request.body.claimIds, request.body.note)),
    });
    app.get('/settlement-batches', {
      schema: { tags, summary: 'Settlement batches with their totals and payment references, newest first (admin)' },
      handler: async (request) => ({ items: await settlement.batches(request.actor) }),
    });
    app.get('/settlement-batches/:id/export.xlsx', {
      schema: { tags, summary: 'A batch as Excel (admin)', params: idParamSchema },
      handler: async (request, reply) =>
        sendXlsx(
          reply,
          `settlement-batch-${request.params.id}.xlsx`,
          await settlement.batchWorkbook(request.actor, request.params.id),
        ),
    });
    app.post('/settlement-batches/:id/paid', {
      schema: {
        tags,
        summary: 'Mark a batch paid; the ledger moves each claim from payable to paid (admin)',
        params: idParamSchema,
        body: z.object({ paymentRef: z.string().trim().min(1).max(100) }),
      },
      handler: async (request) => settlement.markPaid(request.actor, request.params.id, request.body.paymentRef),
    });
  };
}
