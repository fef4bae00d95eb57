import { errorBodySchema, idParamSchema } from '@cz/shared';
import {
  contractInputSchema,
  contractSchema,
  dealCancelSchema,
  dealDetailSchema,
  dealListQuerySchema,
  dealMessageInputSchema,
  dealNoticePageSchema,
  dealNoticeQuerySchema,
  dealOpenSchema,
  dealPageSchema,
  offlineContractInputSchema,
} from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANYONE } from '../../kernel/http.ts';
import type { ContractService } from './contracts.service.ts';
import type { DealService } from './deals.service.ts';

const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** Inquiries and negotiations (洽谈), the public notices of agreed prices, and the contracts drafted from deals. */
export function dealRoutes({
  deals,
  contracts,
}: {
  deals: DealService;
  contracts: ContractService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['market'];
    app.get('/market/deals', {
      schema: {
        tags,
        summary: "My organisation's deals, either side (scope=all: every deal, for the administration)",
        querystring: dealListQuerySchema,
        response: { 200: dealPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => deals.list(request.actor, request.query),
    });
    app.post('/market/deals', {
      schema: {
        tags,
        summary: 'Inquire about a published achievement: opens a negotiation with its owner',
        body: dealOpenSchema,
        response: { 201: dealDetailSchema, ...errors },
      },
      handler: async (request, reply) => reply.status(201).send(await deals.open(request.actor, request.body)),
    });
    app.get('/market/deal-notices', {
      schema: {
        tags,
        summary: "Agreed prices of public institutions' achievements on public notice now (协议定价公示), by a word",
        security: ANYONE(),
        querystring: dealNoticeQuerySchema,
        response: { 200: dealNoticePageSchema },
      },
      handler: async (request) => deals.notices(request.query),
    });
    app.get('/market/deals/:id', {
      schema: {
        tags,
        summary: 'A deal with its thread (its two sides; the administration)',
        params: idParamSchema,
        response: { 200: dealDetailSchema, 404: errorBodySchema },
      },
      handler: async (request) => deals.get(request.actor, request.params.id),
    });
    app.post('/market/deals/:id/messages', {
      schema: {
        tags,
        summary: 'Write in the thread, with an offer (superseding the open one) and files',
        params: idParamSchema,
        body: dealMessageInputSchema,
        response: { 200: dealDetailSchema, ...errors },
      },
      handler: async (request) => deals.message(request.actor, request.params.id, request.body),
    });
    app.post('/market/deals/:id/offer-answer', {
      schema: {
        tags,
        summary: "Accept or decline the other side's open offer; accepted, it is the agreed price",
        params: idParamSchema,
        body: z.object({ accept: z.boolean() }),
        response: { 200: dealDetailSchema, ...errors },
      },
      handler: async (request) => deals.answerOffer(request.actor, request.params.id, request.body.accept),
    });
    app.post('/market/deals/:id/cancel', {
      schema: {
        tags,
        summary: 'End the negotiation with the reason',
        params: idParamSchema,
        body: dealCancelSchema,
        response: { 200: dealDetailSchema, ...errors },
      },
      handler: async (request) => deals.cancel(request.actor, request.params.id, request.body),
    });
    app.post('/market/deals/:id/contract', {
      schema: {
        tags,
        summary: 'Draft the contract of an agreed deal (after its public notice, when there is one)',
        params: idParamSchema,
        body: contractInputSchema,
        response: { 201: contractSchema, ...errors },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await contracts.draft(request.actor, request.params.id, request.body)),
    });
    app.post('/market/contracts/offline', {
      schema: {
        tags,
        summary:
          'Record a technology contract signed outside the platform, with its scan, for registration (the seller)',
        body: offlineContractInputSchema,
        response: { 201: contractSchema, ...errors, 422: errorBodySchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await contracts.recordOffline(request.actor, request.body)),
    });
    app.get('/market/contracts/:id', {
      schema: {
        tags,
        summary: 'A contract (its two sides; the administration and the registration point)',
        params: idParamSchema,
        response: { 200: contractSchema, 404: errorBodySchema },
      },
      handler: async (request) => contracts.get(request.actor, request.params.id),
    });
    app.put('/market/contracts/:id', {
      schema: {
        tags,
        summary: 'Change the draft; both sides confirm it again',
        params: idParamSchema,
        body: contractInputSchema,
        response: { 200: contractSchema, ...errors },
      },
      handler: async (request) => contracts.update(request.actor, request.params.id, request.body),
    });
    app.post('/market/contracts/:id/confirm', {
      schema: {
        tags,
        summary: 'Confirm the text for my side; confirmed by both, the contract is signed',
        params: idParamSchema,
        response: { 200: contractSchema, ...errors },
      },
      handler: async (request) => contracts.confirm(request.actor, request.params.id),
    });
    app.put('/market/contracts/:id/signed-file', {
      schema: {
        tags,
        summary: 'The scan of the signed paper (for registration)',
        params: idParamSchema,
        body: z.object({ signedFile: z.string().regex(/^[0-9a-f]{64}$/) }),
        response: { 200: contractSchema, ...errors },
      },
      handler: async (request) => contracts.setSignedFile(request.actor, request.params.id, request.body.signedFile),
    });
  };
}
