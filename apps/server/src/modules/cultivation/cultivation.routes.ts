import { errorBodySchema, idParamSchema } from '@cz/shared';
import {
  rdDeductionEstimateBodySchema,
  rdDeductionResultSchema,
  techSmeCalculateBodySchema,
  techSmeResultSchema,
} from '@cz/shared/cultivation';
import {
  addToPoolBodySchema,
  batchListQuerySchema,
  batchPageSchema,
  batchSchema,
  buildPoolBodySchema,
  buildPoolReplySchema,
  criteriaListQuerySchema,
  criteriaPageSchema,
  criterionPatchSchema,
  criterionSchema,
  declarationsReplySchema,
  declarationsSchema,
  evaluationHistoryQuerySchema,
  evaluationHistorySchema,
  evaluationListQuerySchema,
  evaluationPageSchema,
  evaluationSchema,
  myTasksQuerySchema,
  myTasksSchema,
  orgEvaluationsSchema,
  orgIdParamSchema,
  outcomeBodySchema,
  ownerListSchema,
  poolCardSchema,
  poolListQuerySchema,
  poolPageSchema,
  poolPatchSchema,
  poolStatsSchema,
  taskBodySchema,
  taskPatchSchema,
  taskSchema,
  visitBodySchema,
} from '@cz/shared/cultivation-api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ANYONE } from '../../kernel/http.ts';
import type { BatchRunner } from './batch.ts';
import type { EvaluationService } from './evaluation.service.ts';
import type { PoolService } from './pool.service.ts';

export function cultivationRoutes({
  evaluations,
  batches,
  pool,
}: {
  evaluations: EvaluationService;
  batches: BatchRunner;
  pool: PoolService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['cultivation'];
    app.post('/cultivation/tech-sme/calculate', {
      schema: {
        security: ANYONE(),
        tags,
        summary: '科技型中小企业评价 calculator (public): score, parts, eligibility and every reason with its article',
        body: techSmeCalculateBodySchema,
        response: { 200: techSmeResultSchema, 400: errorBodySchema },
      },
      handler: async (request) => evaluations.calculate(request.body),
    });
    app.post('/cultivation/rd-deduction/estimate', {
      schema: {
        security: ANYONE(),
        tags,
        summary:
          '研发费用加计扣除 estimate (public): the rate of the tax year and kind, the capped base and the extra deduction, every step with its article',
        body: rdDeductionEstimateBodySchema,
        response: { 200: rdDeductionResultSchema, 400: errorBodySchema },
      },
      handler: async (request) => evaluations.estimateRdDeduction(request.body),
    });

    app.get('/cultivation/orgs/:orgId/evaluations', {
      schema: {
        tags,
        summary: "An enterprise's latest evaluations with parts, gaps and rule text (its members, admins)",
        params: orgIdParamSchema,
        response: { 200: orgEvaluationsSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => evaluations.own(request.actor, request.params.orgId),
    });
    app.post('/cultivation/orgs/:orgId/evaluations', {
      schema: {
        tags,
        summary: "Run an enterprise's evaluations again now",
        params: orgIdParamSchema,
        response: { 200: orgEvaluationsSchema, 403: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => evaluations.rerun(request.actor, request.params.orgId),
    });
    app.get('/cultivation/orgs/:orgId/evaluations/history', {
      schema: {
        tags,
        summary: "An enterprise's evaluations, newest first, a page (its members, admins)",
        params: orgIdParamSchema,
        querystring: evaluationHistoryQuerySchema,
        response: { 200: evaluationHistorySchema, 403: errorBodySchema },
      },
      handler: async (request) => evaluations.history(request.actor, request.params.orgId, request.query),
    });
    app.get('/cultivation/orgs/:orgId/declarations', {
      schema: {
        tags,
        summary: "An enterprise's declarations for the conditions no registry holds",
        params: orgIdParamSchema,
        response: { 200: declarationsReplySchema, 403: errorBodySchema },
      },
      handler: async (request) => evaluations.declarations(request.actor, request.params.orgId),
    });
    app.put('/cultivation/orgs/:orgId/declarations', {
      schema: {
        tags,
        summary: 'Declare (承诺) the conditions no registry holds; the evaluations run again',
        params: orgIdParamSchema,
        body: declarationsSchema,
        response: { 200: declarationsReplySchema, 403: errorBodySchema },
      },
      handler: async (request) => evaluations.declare(request.actor, request.params.orgId, request.body),
    });
    app.get('/cultivation/evaluations/:id', {
      schema: {
        tags,
        summary: 'One evaluation with its input, result and gaps',
        params: idParamSchema,
        response: { 200: evaluationSchema, 404: errorBodySchema },
      },
      handler: async (request) => evaluations.get(request.actor, request.params.id),
    });
    app.get('/cultivation/evaluations', {
      schema: {
        tags,
        summary: 'Latest evaluations of every enterprise (admin), by kind, verdict, score range, park, industry',
        querystring: evaluationListQuerySchema,
        response: { 200: evaluationPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => evaluations.list(request.actor, request.query),
    });
    app.post('/cultivation/batches', {
      schema: {
        tags,
        summary: 'Evaluate every enterprise now (admin); answers the running run if one is running',
        response: { 200: batchSchema, 403: errorBodySchema },
      },
      handler: async (request) => batches.startManual(request.actor),
    });
    app.get('/cultivation/batches', {
      schema: {
        tags,
        summary: 'Batch runs, newest first, a page, by status and trigger (admin)',
        querystring: batchListQuerySchema,
        response: { 200: batchPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => batches.list(request.actor, request.query),
    });
    app.get('/cultivation/batches/:id', {
      schema: {
        tags,
        summary: "A batch run's progress (admin)",
        params: idParamSchema,
        response: { 200: batchSchema, 404: errorBodySchema },
      },
      handler: async (request) => batches.get(request.actor, request.params.id),
    });

    app.post('/cultivation/pool/build', {
      schema: {
        tags,
        summary: '高企后备培育库: save criteria and add the matching enterprises (admin)',
        body: buildPoolBodySchema,
        response: { 200: buildPoolReplySchema, 403: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request) => pool.build(request.actor, request.body),
    });
    app.get('/cultivation/pool/criteria', {
      schema: {
        tags,
        summary: 'Saved pool criteria with what each brought in and what applying it now would add (admin)',
        querystring: criteriaListQuerySchema,
        response: { 200: criteriaPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => pool.criteria(request.actor, request.query),
    });
    app.post('/cultivation/pool/criteria/:id/apply', {
      schema: {
        tags,
        summary: 'Apply a saved criterion again: enterprises that have come to match join the pool (admin)',
        params: idParamSchema,
        response: { 200: buildPoolReplySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => pool.apply(request.actor, request.params.id),
    });
    app.patch('/cultivation/pool/criteria/:id', {
      schema: {
        tags,
        summary: 'Rename, re-tier, re-own, switch nightly application, or retire a saved criterion (admin)',
        params: idParamSchema,
        body: criterionPatchSchema,
        response: { 200: criterionSchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request) => pool.patchCriterion(request.actor, request.params.id, request.body),
    });
    app.post('/cultivation/pool', {
      schema: {
        tags,
        summary: 'Add an enterprise to the pool by hand (admin)',
        body: addToPoolBodySchema,
        response: { 201: poolCardSchema, 409: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request, reply) => reply.status(201).send(await pool.add(request.actor, request.body)),
    });
    app.get('/cultivation/pool', {
      schema: {
        tags,
        summary: 'The pool with tiers, owners and open tasks (admin)',
        querystring: poolListQuerySchema,
        response: { 200: poolPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => pool.list(request.actor, request.query),
    });
    app.get('/cultivation/pool/stats', {
      schema: { tags, summary: 'Pool by tier and outcomes by year (admin)', response: { 200: poolStatsSchema } },
      handler: async (request) => pool.stats(request.actor),
    });
    app.get('/cultivation/pool/owners', {
      schema: { tags, summary: 'Administrators who may own pool entries', response: { 200: ownerListSchema } },
      handler: async (request) => pool.owners(request.actor),
    });
    app.get('/cultivation/pool/my-tasks', {
      schema: {
        tags,
        summary: 'Open pool tasks due within 14 days that I own or am assigned, soonest first, a page (admin)',
        querystring: myTasksQuerySchema,
        response: { 200: myTasksSchema, 403: errorBodySchema },
      },
      handler: async (request) => pool.myTasks(request.actor, request.query),
    });
    app.get('/cultivation/pool/:orgId', {
      schema: {
        tags,
        summary: "One enterprise's pool card: goals, visits, tasks, outcomes (admin)",
        params: orgIdParamSchema,
        response: { 200: poolCardSchema, 404: errorBodySchema },
      },
      handler: async (request) => pool.card(request.actor, request.params.orgId),
    });
    app.patch('/cultivation/pool/:orgId', {
      schema: {
        tags,
        summary: 'Change tier or owner, or remove from the pool (admin)',
        params: orgIdParamSchema,
        body: poolPatchSchema,
        response: { 200: poolCardSchema, 404: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request) => pool.patch(request.actor, request.params.orgId, request.body),
    });
    app.post('/cultivation/pool/:orgId/visits', {
      schema: {
        tags,
        summary: 'Record a visit (admin)',
        params: orgIdParamSchema,
        body: visitBodySchema,
        response: { 201: poolCardSchema, 404: errorBodySchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await pool.addVisit(request.actor, request.params.orgId, request.body)),
    });
    app.post('/cultivation/pool/:orgId/tasks', {
      schema: {
        tags,
        summary: 'Add a task with a due date (admin)',
        params: orgIdParamSchema,
        body: taskBodySchema,
        response: { 201: poolCardSchema, 404: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await pool.addTask(request.actor, request.params.orgId, request.body)),
    });
    app.patch('/cultivation/tasks/:id', {
      schema: {
        tags,
        summary: 'Close a task: done or cancelled (admin)',
        params: idParamSchema,
        body: taskPatchSchema,
        response: { 200: taskSchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => pool.patchTask(request.actor, request.params.id, request.body),
    });
    app.put('/cultivation/pool/:orgId/outcomes', {
      schema: {
        tags,
        summary: "Record a year's outcome: applied, recognised, or failed with a reason (admin)",
        params: orgIdParamSchema,
        body: outcomeBodySchema,
        response: { 200: poolCardSchema, 404: errorBodySchema },
      },
      handler: async (request) => pool.putOutcome(request.actor, request.params.orgId, request.body),
    });
  };
}
