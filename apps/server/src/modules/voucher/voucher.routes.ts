import {
  applicationInputSchema,
  applicationListQuerySchema,
  applicationPageSchema,
  applicationSchema,
  awardListQuerySchema,
  awardPageSchema,
  decisionSchema,
  eligibilitySchema,
  errorBodySchema,
  idParamSchema,
  schemeInputSchema,
  schemeListQuerySchema,
  schemePageSchema,
  schemeSchema,
  voucherListQuerySchema,
  voucherPageSchema,
  voucherSchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANYONE } from '../../kernel/http.ts';
import type { ApplicationService } from './applications/application.service.ts';
import type { SchemeService } from './schemes/scheme.service.ts';
import type { VoucherService } from './voucher.service.ts';

export function voucherRoutes(deps: {
  schemes: SchemeService;
  applications: ApplicationService;
  vouchers: VoucherService;
}): FastifyPluginAsyncZod {
  const { schemes, applications, vouchers } = deps;
  return async (app) => {
    const tags = ['vouchers'];
    app.get('/voucher-schemes', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'Innovation-voucher schemes, newest year first, a page at a time (drafts: admins only)',
        querystring: schemeListQuerySchema,
        response: { 200: schemePageSchema },
      },
      handler: async (request) => schemes.list(request.actor, request.query),
    });
    app.get('/voucher-schemes/:id', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'One scheme',
        params: idParamSchema,
        response: { 200: schemeSchema, 404: errorBodySchema },
      },
      handler: async (request) => schemes.get(request.actor, request.params.id),
    });
    app.get('/voucher-schemes/:id/awards', {
      schema: {
        security: ANYONE(),
        tags,
        summary: '公示: the awards of a scheme in the order issued, a page, searched by enterprise or number (public)',
        params: idParamSchema,
        querystring: awardListQuerySchema,
        response: { 200: awardPageSchema },
      },
      handler: async (request) => applications.awards(request.params.id, request.query),
    });
    app.post('/voucher-schemes', {
      schema: {
        tags,
        summary: 'Set up a scheme; its budget is funded into the ledger (admin)',
        body: schemeInputSchema,
        response: { 201: schemeSchema },
      },
      handler: async (request, reply) => reply.status(201).send(await schemes.create(request.actor, request.body)),
    });
    app.post('/voucher-schemes/:id/status', {
      schema: {
        tags,
        summary: 'Open or close a scheme (admin)',
        params: idParamSchema,
        body: z.object({ status: z.enum(['open', 'closed']) }),
        response: { 200: schemeSchema },
      },
      handler: async (request) => schemes.setStatus(request.actor, request.params.id, request.body.status),
    });
    app.get('/voucher-schemes/:id/eligibility', {
      schema: {
        tags,
        summary: 'Whether my organisation may apply, with every reason it may not',
        params: idParamSchema,
        querystring: z.object({ amount: z.coerce.number().int().positive().optional() }),
        response: { 200: eligibilitySchema },
      },
      handler: async (request) => applications.eligibility(request.actor, request.params.id, request.query.amount),
    });
    app.post('/voucher-schemes/:id/applications', {
      schema: {
        tags,
        summary: 'Apply for vouchers (enterprise)',
        params: idParamSchema,
        body: applicationInputSchema,
        response: { 201: applicationSchema, 409: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await applications.apply(request.actor, request.params.id, request.body)),
    });
    app.get('/voucher-applications', {
      schema: {
        tags,
        summary: "My organisation's applications, or all (admin)",
        querystring: applicationListQuerySchema,
        response: { 200: applicationPageSchema },
      },
      handler: async (request) => applications.list(request.actor, request.query),
    });
    app.post('/voucher-applications/:id/decision', {
      schema: {
        tags,
        summary: 'Approve (issuing the voucher, possibly a lower amount) or reject with a reason (admin)',
        params: idParamSchema,
        body: decisionSchema,
        response: { 200: applicationSchema, 409: errorBodySchema },
      },
      handler: async (request) => applications.decide(request.actor, request.params.id, request.body),
    });
    app.post('/voucher-applications/:id/withdraw', {
      schema: {
        tags,
        summary: 'Withdraw my pending application',
        params: idParamSchema,
        response: { 200: applicationSchema, 409: errorBodySchema },
      },
      handler: async (request) => applications.withdraw(request.actor, request.params.id),
    });
    app.get('/vouchers', {
      schema: {
        tags,
        summary: "My organisation's vouchers with balances, or all (admin)",
        querystring: voucherListQuerySchema,
        response: { 200: voucherPageSchema },
      },
      handler: async (request) => vouchers.list(request.actor, request.query),
    });
    app.get('/vouchers/:id', {
      schema: {
        tags,
        summary: 'One voucher',
        params: idParamSchema,
        response: { 200: voucherSchema, 404: errorBodySchema },
      },
      handler: async (request) => vouchers.get(request.actor, request.params.id),
    });
  };
}
