import { errorBodySchema, idParamSchema } from '@cz/shared';
import {
  poolClaimDecisionSchema,
  poolClaimInputSchema,
  poolClaimListQuerySchema,
  poolClaimPageSchema,
  poolClaimSchema,
  poolFundSchema,
  poolInputSchema,
  poolListQuerySchema,
  poolMemberPageSchema,
  poolMemberQuerySchema,
  poolPageSchema,
  poolSchema,
} from '@cz/shared/finance';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PoolClaimService } from './pool-claims.service.ts';
import type { PoolService } from './pools.service.ts';

const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

export function poolRoutes({ pools, claims }: { pools: PoolService; claims: PoolClaimService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['finance'];
    app.get('/finance/pools', {
      schema: {
        tags,
        summary: '风险补偿资金池: all (the finance office), or those covering my institution’s loans',
        querystring: poolListQuerySchema,
        response: { 200: poolPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => pools.list(request.actor, request.query),
    });
    app.post('/finance/pools', {
      schema: {
        tags,
        summary: 'Finance office: set a pool up (admission rule, compensation parameters, lenders covered)',
        body: poolInputSchema,
        response: { 201: poolSchema, 403: errorBodySchema },
      },
      handler: async (request, res) => res.status(201).send(await pools.create(request.actor, request.body)),
    });
    app.get('/finance/pools/:id', {
      schema: {
        tags,
        summary: 'One pool with its balances',
        params: idParamSchema,
        response: { 200: poolSchema, ...errors },
      },
      handler: async (request) => pools.get(request.actor, request.params.id),
    });
    app.post('/finance/pools/:id/fund', {
      schema: {
        tags,
        summary: 'Finance office: add money to the pool’s budget',
        params: idParamSchema,
        body: poolFundSchema,
        response: { 200: poolSchema, ...errors },
      },
      handler: async (request) => pools.fund(request.actor, request.params.id, request.body),
    });
    app.post('/finance/pools/:id/whitelist', {
      schema: {
        tags,
        summary: 'Finance office: compute the whitelist again from the admission rule',
        params: idParamSchema,
        response: { 200: poolSchema, ...errors },
      },
      handler: async (request) => pools.computeWhitelist(request.actor, request.params.id),
    });
    app.get('/finance/pools/:id/members', {
      schema: {
        tags,
        summary: 'The pool’s whitelist as last computed',
        params: idParamSchema,
        querystring: poolMemberQuerySchema,
        response: { 200: poolMemberPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => pools.members(request.actor, request.params.id, request.query),
    });
    app.post('/finance/pools/:id/claims', {
      schema: {
        tags,
        summary: 'My institution claims compensation for a non-performing loan',
        params: idParamSchema,
        body: poolClaimInputSchema,
        response: { 201: poolClaimSchema, ...errors, 422: errorBodySchema },
      },
      handler: async (request, res) =>
        res.status(201).send(await claims.claim(request.actor, request.params.id, request.body)),
    });
    app.get('/finance/pool-claims', {
      schema: {
        tags,
        summary: 'Compensation claims: my institution’s, or all (the finance office)',
        querystring: poolClaimListQuerySchema,
        response: { 200: poolClaimPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => claims.claims(request.actor, request.query),
    });
    app.get('/finance/pool-claims/:id', {
      schema: {
        tags,
        summary: 'One claim, with how its amount is computed',
        params: idParamSchema,
        response: { 200: poolClaimSchema, ...errors },
      },
      handler: async (request) => claims.getClaim(request.actor, request.params.id),
    });
    app.post('/finance/pool-claims/:id/decision', {
      schema: {
        tags,
        summary: 'Finance office: review, approve (the amount committed from the pool), reject or pay a claim',
        params: idParamSchema,
        body: poolClaimDecisionSchema,
        response: { 200: poolClaimSchema, ...errors },
      },
      handler: async (request) => claims.decide(request.actor, request.params.id, request.body),
    });
  };
}
