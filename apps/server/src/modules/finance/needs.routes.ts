import { errorBodySchema, idParamSchema } from '@cz/shared';
import {
  caseListQuerySchema,
  casePageSchema,
  caseStepSchema,
  claimSchema,
  consentInputSchema,
  consentListQuerySchema,
  consentListSchema,
  consentPageSchema,
  consentSchema,
  factReadPageSchema,
  factReadQuerySchema,
  financeNeedInputSchema,
  financeNeedListQuerySchema,
  financeNeedPageSchema,
  financeNeedSchema,
  loanCaseSchema,
  precheckListQuerySchema,
  precheckListSchema,
  sharedFactsSchema,
} from '@cz/shared/finance';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CaseService } from './cases.service.ts';
import type { ConsentService } from './consents.service.ts';
import type { NeedService } from './needs.service.ts';

const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

export function needRoutes({
  needs,
  cases,
  consents,
}: {
  needs: NeedService;
  cases: CaseService;
  consents: ConsentService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['finance'];

    app.get('/finance/needs', {
      schema: {
        tags,
        summary: '融资需求: my enterprise’s, those pushed to my institution, or all (the finance office)',
        querystring: financeNeedListQuerySchema,
        response: { 200: financeNeedPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => needs.list(request.actor, request.query),
    });
    app.post('/finance/needs', {
      schema: {
        tags,
        summary: 'Post a financing need of my enterprise; it is pushed to the institutions whose products fit',
        body: financeNeedInputSchema,
        response: { 201: financeNeedSchema, 403: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request, res) => res.status(201).send(await needs.post(request.actor, request.body)),
    });
    app.get('/finance/needs/:id', {
      schema: { tags, summary: 'One need', params: idParamSchema, response: { 200: financeNeedSchema, ...errors } },
      handler: async (request) => needs.get(request.actor, request.params.id),
    });
    app.get('/finance/needs/:id/prechecks', {
      schema: {
        tags,
        summary:
          'Every lending product pre-checked for the need, eligible first, a page at a time (its enterprise and the finance office)',
        params: idParamSchema,
        querystring: precheckListQuerySchema,
        response: { 200: precheckListSchema, ...errors },
      },
      handler: async (request) => needs.prechecks(request.actor, request.params.id, request.query),
    });
    for (const how of ['withdraw', 'close'] as const)
      app.post(`/finance/needs/:id/${how}`, {
        schema: {
          tags,
          summary: how === 'withdraw' ? 'Withdraw a need nobody has claimed' : 'Close a need with no open case',
          params: idParamSchema,
          response: { 200: financeNeedSchema, ...errors },
        },
        handler: async (request) => needs.end(request.actor, request.params.id, how),
      });
    app.post('/finance/needs/:id/pass', {
      schema: {
        tags,
        summary: 'My institution passes on a need pushed to it',
        params: idParamSchema,
        response: { 200: financeNeedSchema, ...errors },
      },
      handler: async (request) => needs.pass(request.actor, request.params.id),
    });
    app.post('/finance/needs/:id/claim', {
      schema: {
        tags,
        summary: 'My institution claims a need pushed to it: a loan case starts',
        params: idParamSchema,
        body: claimSchema,
        response: { 201: loanCaseSchema, ...errors },
      },
      handler: async (request, res) =>
        res.status(201).send(await cases.claim(request.actor, request.params.id, request.body.productId)),
    });
    app.post('/finance/needs/:id/push', {
      schema: {
        tags,
        summary: 'Finance office: send the need to another institution',
        params: idParamSchema,
        body: z.object({ institutionOrgId: z.number().int().positive() }),
        response: { 200: financeNeedSchema, ...errors, 422: errorBodySchema },
      },
      handler: async (request) => needs.pushTo(request.actor, request.params.id, request.body.institutionOrgId),
    });

    app.get('/finance/cases', {
      schema: {
        tags,
        summary: '贷款案件: my enterprise’s, my institution’s, or all (the finance office)',
        querystring: caseListQuerySchema,
        response: { 200: casePageSchema, 403: errorBodySchema },
      },
      handler: async (request) => cases.list(request.actor, request.query),
    });
    app.get('/finance/cases/:id', {
      schema: {
        tags,
        summary: 'One loan case with its history',
        params: idParamSchema,
        response: { 200: loanCaseSchema, ...errors },
      },
      handler: async (request) => cases.get(request.actor, request.params.id),
    });
    app.post('/finance/cases/:id/step', {
      schema: {
        tags,
        summary: 'My institution’s next step: contact, due diligence, approve, decline, disburse, repaid, default',
        params: idParamSchema,
        body: caseStepSchema,
        response: { 200: loanCaseSchema, ...errors, 422: errorBodySchema },
      },
      handler: async (request) => cases.step(request.actor, request.params.id, request.body),
    });

    app.get('/finance/consents', {
      schema: {
        tags,
        summary: '信息授权: consents my enterprise gave, or those given to my institution',
        querystring: consentListQuerySchema,
        response: { 200: consentPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => consents.list(request.actor, request.query),
    });
    app.post('/finance/consents', {
      schema: {
        tags,
        summary: 'Let institutions read chosen facts of my enterprise until a date',
        body: consentInputSchema,
        response: { 201: consentListSchema, 403: errorBodySchema, 404: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request, res) => res.status(201).send(await consents.grant(request.actor, request.body)),
    });
    app.post('/finance/consents/:id/revoke', {
      schema: { tags, summary: 'Revoke a consent', params: idParamSchema, response: { 200: consentSchema, ...errors } },
      handler: async (request) => consents.revoke(request.actor, request.params.id),
    });
    app.get('/finance/consent-reads', {
      schema: {
        tags,
        summary: 'Every read of my enterprise’s shared facts, newest first',
        querystring: factReadQuerySchema,
        response: { 200: factReadPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => consents.reads(request.actor, request.query),
    });
    app.get('/finance/enterprises/:id/facts', {
      schema: {
        tags,
        summary: 'My institution reads an enterprise’s facts under its consent (the read is logged)',
        params: idParamSchema,
        response: { 200: sharedFactsSchema, 403: errorBodySchema },
      },
      handler: async (request) => consents.sharedFacts(request.actor, request.params.id),
    });
  };
}
