import { errorBodySchema, idParamSchema } from '@cz/shared';
import {
  commitmentInputSchema,
  financeEventInputSchema,
  financeEventListQuerySchema,
  financeEventPageSchema,
  financeEventSchema,
  fundInputSchema,
  fundListQuerySchema,
  fundPageSchema,
  fundSchema,
  investmentInputSchema,
  investmentListQuerySchema,
  investmentPageSchema,
  investorMatchPageSchema,
  investorMatchQuerySchema,
  investorProfileSchema,
  inviteSchema,
  meetingInputSchema,
  meetingResultSchema,
} from '@cz/shared/finance';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANYONE } from '../../kernel/http.ts';
import type { EventService } from './events.service.ts';
import type { FundService } from './funds.service.ts';

const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

export function eventRoutes({ events, funds }: { events: EventService; funds: FundService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['finance'];
    app.get('/finance/events', {
      schema: {
        tags,
        summary: '银企对接会: all (the finance office) or those my organisation is invited to',
        querystring: financeEventListQuerySchema,
        response: { 200: financeEventPageSchema },
      },
      handler: async (request) => events.list(request.actor, request.query),
    });
    app.post('/finance/events', {
      schema: {
        tags,
        summary: 'Finance office: plan an event',
        body: financeEventInputSchema,
        response: { 201: financeEventSchema, 403: errorBodySchema },
      },
      handler: async (request, res) => res.status(201).send(await events.create(request.actor, request.body)),
    });
    app.get('/finance/events/:id', {
      schema: {
        tags,
        summary: 'One event with its invitations, meetings and yield',
        params: idParamSchema,
        response: { 200: financeEventSchema, ...errors },
      },
      handler: async (request) => events.get(request.actor, request.params.id),
    });
    app.post('/finance/events/:id/invite', {
      schema: {
        tags,
        summary: 'Finance office: invite institutions and enterprises',
        params: idParamSchema,
        body: inviteSchema,
        response: { 200: financeEventSchema, ...errors, 422: errorBodySchema },
      },
      handler: async (request) => events.invite(request.actor, request.params.id, request.body.orgIds),
    });
    app.post('/finance/events/:id/respond', {
      schema: {
        tags,
        summary: 'My organisation accepts or declines its invitation',
        params: idParamSchema,
        body: z.object({ response: z.enum(['accepted', 'declined']) }),
        response: { 200: financeEventSchema, ...errors },
      },
      handler: async (request) => events.respond(request.actor, request.params.id, request.body.response),
    });
    app.post('/finance/events/:id/meetings', {
      schema: {
        tags,
        summary: 'Finance office: book a 1:1 meeting of an invited institution and an invited enterprise',
        params: idParamSchema,
        body: meetingInputSchema,
        response: { 200: financeEventSchema, ...errors, 422: errorBodySchema },
      },
      handler: async (request) => events.book(request.actor, request.params.id, request.body),
    });
    app.post('/finance/meetings/:id/result', {
      schema: {
        tags,
        summary: 'A meeting held (outcome) or missed (the office), or its follow-up (the institution)',
        params: idParamSchema,
        body: meetingResultSchema,
        response: { 200: financeEventSchema, ...errors },
      },
      handler: async (request) => events.result(request.actor, request.params.id, request.body),
    });
    app.post('/finance/events/:id/end', {
      schema: {
        tags,
        summary: 'Finance office: record the event as held, or cancel it',
        params: idParamSchema,
        body: z.object({ status: z.enum(['held', 'cancelled']) }),
        response: { 200: financeEventSchema, ...errors },
      },
      handler: async (request) => events.end(request.actor, request.params.id, request.body.status),
    });

    app.get('/finance/funds', {
      schema: {
        tags,
        summary: '产业引导基金 and its sub-funds, with commitments and amounts invested',
        security: ANYONE(),
        querystring: fundListQuerySchema,
        response: { 200: fundPageSchema },
      },
      handler: async (request) => funds.list(request.query),
    });
    app.post('/finance/funds', {
      schema: {
        tags,
        summary: 'Finance office: record a guide fund or a sub-fund',
        body: fundInputSchema,
        response: { 201: fundSchema, 403: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request, res) => res.status(201).send(await funds.create(request.actor, request.body)),
    });
    app.post('/finance/funds/:id/commitments', {
      schema: {
        tags,
        summary: 'Finance office: a limited partner’s commitment to a fund',
        params: idParamSchema,
        body: commitmentInputSchema,
        response: { 200: fundSchema, ...errors, 422: errorBodySchema },
      },
      handler: async (request) => funds.commit(request.actor, request.params.id, request.body),
    });
    app.get('/finance/investor-profile', {
      schema: {
        tags,
        summary: 'My investment institution’s preferences (null while it has none)',
        response: { 200: investorProfileSchema.nullable(), 403: errorBodySchema },
      },
      handler: async (request) => funds.profile(request.actor),
    });
    app.put('/finance/investor-profile', {
      schema: {
        tags,
        summary: 'Write my investment institution’s preferences (stages, industries, ticket)',
        body: investorProfileSchema,
        response: { 200: investorProfileSchema, 403: errorBodySchema },
      },
      handler: async (request) => funds.saveProfile(request.actor, request.body),
    });
    app.get('/finance/investor-matches', {
      schema: {
        tags,
        summary: 'Enterprises that fit my investor profile, with the reasons',
        querystring: investorMatchQuerySchema,
        response: { 200: investorMatchPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => funds.matches(request.actor, request.query),
    });
    app.get('/finance/investments', {
      schema: {
        tags,
        summary: 'Investments recorded: all (the finance office) or my institution’s',
        querystring: investmentListQuerySchema,
        response: { 200: investmentPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => funds.investments(request.actor, request.query),
    });
    app.post('/finance/investments', {
      schema: {
        tags,
        summary: 'Record an investment (a fund the office keeps, or my institution’s own)',
        body: investmentInputSchema,
        response: { 201: z.object({ id: z.number().int() }), ...errors },
      },
      handler: async (request, res) => res.status(201).send({ id: await funds.invest(request.actor, request.body) }),
    });
  };
}
