import {
  batchCreatedSchema,
  batchInputSchema,
  batchPaidInputSchema,
  batchPaidSchema,
  type Claim,
  claimablePageSchema,
  claimableQuerySchema,
  claimDocumentsSchema,
  claimInputSchema,
  claimListQuerySchema,
  claimPageSchema,
  claimReviewSchema,
  claimSchema,
  errorBodySchema,
  idParamSchema,
  settlementBatchListQuerySchema,
  settlementBatchPageSchema,
  xlsxResponse,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, sendXlsx } from '../../../kernel/excel.ts';
import type { SettlementService } from './settlement.service.ts';

export function settlementRoutes({ settlement }: { settlement: SettlementService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['voucher settlement'];
    app.get('/voucher-claims/claimable', {
      schema: {
        tags,
        summary: 'My completed orders paid with vouchers that are not yet claimed, newest first, a page (provider)',
        querystring: claimableQuerySchema,
        response: { 200: claimablePageSchema, 403: errorBodySchema },
      },
      handler: async (request) => settlement.claimable(request.actor, request.query),
    });
    app.post('/voucher-claims', {
      schema: {
        tags,
        summary: 'Claim settlement of a voucher-paid order with its documents (provider)',
        body: claimInputSchema,
        response: { 201: claimSchema, 400: errorBodySchema, 403: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send((await settlement.submit(request.actor, request.body)) as Claim),
    });
    app.post('/voucher-claims/:id/resubmit', {
      schema: {
        tags,
        summary: 'Submit a returned claim again with corrected documents (provider)',
        params: idParamSchema,
        body: claimDocumentsSchema,
        response: { 200: claimSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => (await settlement.resubmit(request.actor, request.params.id, request.body)) as Claim,
    });
    app.get('/voucher-claims', {
      schema: {
        tags,
        summary: 'Claims, newest first, a page at a time: my own (provider) or all (admin)',
        querystring: claimListQuerySchema,
        response: { 200: claimPageSchema },
      },
      handler: async (request) => settlement.list(request.actor, request.query),
    });
    app.post('/voucher-claims/:id/review', {
      schema: {
        tags,
        summary: 'Approve a claim or return it with a reason (admin)',
        params: idParamSchema,
        body: claimReviewSchema,
        response: { 200: claimSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => (await settlement.review(request.actor, request.params.id, request.body)) as Claim,
    });
    app.post('/settlement-batches', {
      schema: {
        tags,
        summary: 'Group approved claims into a settlement batch (admin)',
        body: batchInputSchema,
        response: { 201: batchCreatedSchema, 403: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await settlement.createBatch(request.actor, request.body.claimIds, request.body.note)),
    });
    app.get('/settlement-batches', {
      schema: {
        tags,
        summary: 'Settlement batches with their totals and payment references, newest first, a page (admin)',
        querystring: settlementBatchListQuerySchema,
        response: { 200: settlementBatchPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => settlement.batches(request.actor, request.query),
    });
    app.get('/settlement-batches/:id/export.xlsx', {
      schema: {
        tags,
        summary: 'A batch as Excel (admin)',
        params: idParamSchema,
        response: { 200: xlsxResponse('The claims of the batch as an Excel workbook'), 404: errorBodySchema },
      },
      handler: async (request, reply) =>
        sendXlsx(
          reply,
          datedXlsxName(`settlement-batch-${request.params.id}`),
          await settlement.batchWorkbook(request.actor, request.params.id),
        ),
    });
    app.post('/settlement-batches/:id/paid', {
      schema: {
        tags,
        summary: 'Mark a batch paid; the ledger moves each claim from payable to paid (admin)',
        params: idParamSchema,
        body: batchPaidInputSchema,
        response: { 200: batchPaidSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => settlement.markPaid(request.actor, request.params.id, request.body.paymentRef),
    });
  };
}
