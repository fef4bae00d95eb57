import { errorBodySchema, idParamSchema, okSchema } from '@cz/shared';
import {
  applicationFormSchema,
  approveBodySchema,
  autoCandidatePageSchema,
  autoCandidateQuerySchema,
  autoConfirmBodySchema,
  autoConfirmResultSchema,
  bankAccountSchema,
  holidayInputSchema,
  holidayPageSchema,
  holidayParamSchema,
  holidayQuerySchema,
  holidaySchema,
  noticeInputSchema,
  objectionInputSchema,
  paymentInputSchema,
  policyApplicationDetailSchema,
  policyApplicationListQuerySchema,
  policyApplicationPageSchema,
  policyNoticePageSchema,
  policyNoticeQuerySchema,
  policyNoticeSchema,
  ratingInputSchema,
  refuseBodySchema,
  rejectBodySchema,
  returnBodySchema,
  withdrawBodySchema,
} from '@cz/shared/policy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANYONE } from '../../kernel/http.ts';
import type { Auto } from './policy.applications.auto.ts';
import type { Holidays } from './policy.applications.holidays.ts';
import type { Notices } from './policy.applications.notices.ts';
import type { ApplicationReview } from './policy.applications.review.ts';
import type { ApplicationService } from './policy.applications.service.ts';
import type { Payments } from './policy.payments.ts';

const tags = ['policy'];
const detail = policyApplicationDetailSchema;
/** The refusals a step of an application may answer. */
const refusals = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };

export type ApplicationRouteDeps = {
  applications: ApplicationService;
  review: ApplicationReview;
  payments: Payments;
  notices: Notices;
  auto: Auto;
  holidays: Holidays;
};

/** Policy applications: the enterprise's form and steps, the department's review, 公示, payment, 免申即享, calendar. */
export function applicationRoutes(deps: ApplicationRouteDeps): FastifyPluginAsyncZod {
  const { applications, review, payments, notices, auto, holidays } = deps;
  const answer = (id: number) => applications.show(id);
  return async (app) => {
    app.post('/policy/items/:id/applications', {
      schema: {
        tags,
        summary: "Open my enterprise's application for an item: its live one, or a new draft (201), prefilled",
        params: idParamSchema,
        response: { 200: detail, 201: detail, ...refusals },
      },
      handler: async (request, reply) => {
        const { created, application } = await applications.open(request.actor, request.params.id);
        return reply.status(created ? 201 : 200).send(application);
      },
    });
    app.get('/policy/applications', {
      schema: {
        tags,
        summary: "Applications: an enterprise's own; the administration's (its department's) with filters and paging",
        querystring: policyApplicationListQuerySchema,
        response: { 200: policyApplicationPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => applications.list(request.actor, request.query),
    });
    app.get('/policy/applications/:id', {
      schema: {
        tags,
        summary: 'One application with its eligibility, materials, history, objections, deadlines and rating',
        params: idParamSchema,
        response: { 200: detail, 404: errorBodySchema },
      },
      handler: async (request) => applications.get(request.actor, request.params.id),
    });
    app.put('/policy/applications/:id', {
      schema: {
        tags,
        summary: 'Keep a draft (or the named corrections of a returned application) without handing it in',
        params: idParamSchema,
        body: applicationFormSchema,
        response: { 200: detail, ...refusals },
      },
      handler: async (request) => applications.save(request.actor, request.params.id, request.body),
    });
    app.post('/policy/applications/:id/submit', {
      schema: {
        tags,
        summary: 'Hand in (or in again, corrected): eligibility recorded, amount within the rule, materials attached',
        params: idParamSchema,
        body: applicationFormSchema,
        response: { 200: detail, ...refusals },
      },
      handler: async (request) => applications.submit(request.actor, request.params.id, request.body),
    });
    app.post('/policy/applications/:id/withdraw', {
      schema: {
        tags,
        summary: 'Withdraw an application before approval (the enterprise)',
        params: idParamSchema,
        body: withdrawBodySchema,
        response: { 200: detail, ...refusals },
      },
      handler: async (request) => applications.withdraw(request.actor, request.params.id, request.body.reason),
    });
    app.post('/policy/applications/:id/accept', {
      schema: {
        tags,
        summary: '免申即享: confirm the intent and the account to pay (the enterprise)',
        params: idParamSchema,
        body: bankAccountSchema,
        response: { 200: detail, ...refusals },
      },
      handler: async (request) => answer(await auto.accept(request.actor, request.params.id, request.body)),
    });
    app.post('/policy/applications/:id/refuse', {
      schema: {
        tags,
        summary: '免申即享: decline the payment, with a reason (the enterprise)',
        params: idParamSchema,
        body: refuseBodySchema,
        response: { 200: detail, ...refusals },
      },
      handler: async (request) => answer(await auto.refuse(request.actor, request.params.id, request.body.reason)),
    });
    app.post('/policy/applications/:id/rating', {
      schema: {
        tags,
        summary: '办理满意度: rate the handling 1–5 once, after payment or rejection (the enterprise)',
        params: idParamSchema,
        body: ratingInputSchema,
        response: { 200: detail, ...refusals },
      },
      handler: async (request) => applications.rate(request.actor, request.params.id, request.body),
    });
    app.post('/policy/applications/:id/return', {
      schema: {
        tags,
        summary: 'Return for correction, naming the materials and fields to correct (administration)',
        params: idParamSchema,
        body: returnBodySchema,
        response: { 200: detail, ...refusals },
      },
      handler: async (request) => answer(await review.return(request.actor, request.params.id, request.body)),
    });
    app.post('/policy/applications/:id/approve', {
      schema: {
        tags,
        summary: "Approve an amount within the rule's, the request and the item's budget (administration)",
        params: idParamSchema,
        body: approveBodySchema,
        response: { 200: detail, ...refusals },
      },
      handler: async (request) =>
        answer(await review.approve(request.actor, request.params.id, request.body.approvedFen, request.body.note)),
    });
    app.post('/policy/applications/:id/reject', {
      schema: {
        tags,
        summary: 'Reject with a reason, also after an objection to the 公示 (administration)',
        params: idParamSchema,
        body: rejectBodySchema,
        response: { 200: detail, ...refusals },
      },
      handler: async (request) => answer(await review.reject(request.actor, request.params.id, request.body.reason)),
    });
    app.post('/policy/applications/:id/payment', {
      schema: {
        tags,
        summary: '兑现: record the payment of the approved amount once the 公示 has ended (administration)',
        params: idParamSchema,
        body: paymentInputSchema,
        response: { 200: detail, ...refusals },
      },
      handler: async (request) => answer(await payments.pay(request.actor, request.params.id, request.body)),
    });
    app.post('/policy/items/:id/notices', {
      schema: {
        tags,
        summary: "公示: list the item's approved applications (those named, or all) for a number of working days",
        params: idParamSchema,
        body: noticeInputSchema,
        response: { 201: policyNoticeSchema, ...refusals },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await notices.publicise(request.actor, request.params.id, request.body)),
    });
    app.post('/policy/notices/:id/objections', {
      schema: {
        tags,
        summary: 'Record an objection received during a 公示 (administration)',
        params: idParamSchema,
        body: objectionInputSchema,
        response: { 201: z.object({ id: z.number().int() }), ...refusals },
      },
      handler: async (request, reply) =>
        reply.status(201).send({ id: await notices.object(request.actor, request.params.id, request.body) }),
    });
    app.get('/policy/notices', {
      schema: {
        security: ANYONE(),
        tags,
        summary: '公示: the notices of approved enterprises and amounts, newest first (public)',
        querystring: policyNoticeQuerySchema,
        response: { 200: policyNoticePageSchema },
      },
      handler: async (request) => notices.list(request.query),
    });
    app.get('/policy/notices/:id', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'One 公示 with its enterprises and amounts (public)',
        params: idParamSchema,
        response: { 200: policyNoticeSchema, 404: errorBodySchema },
      },
      handler: async (request) => notices.get(request.params.id),
    });
    app.get('/policy/items/:id/auto-candidates', {
      schema: {
        tags,
        summary: "免申即享: the item's eligible enterprises, each checked again now, with amounts (administration)",
        params: idParamSchema,
        querystring: autoCandidateQuerySchema,
        response: { 200: autoCandidatePageSchema, ...refusals },
      },
      handler: async (request) => auto.candidates(request.actor, request.params.id, request.query),
    });
    app.post('/policy/items/:id/auto-confirm', {
      schema: {
        tags,
        summary:
          '免申即享: confirm all or some of the list within the budget; each enterprise is told (administration)',
        params: idParamSchema,
        body: autoConfirmBodySchema,
        response: { 200: autoConfirmResultSchema, ...refusals },
      },
      handler: async (request) => auto.confirm(request.actor, request.params.id, request.body),
    });
    app.get('/policy/holidays', {
      schema: {
        tags,
        summary: "The zone's calendar, a page in date order: weekdays off and weekend days worked, by year, name, kind",
        querystring: holidayQuerySchema,
        response: { 200: holidayPageSchema },
      },
      handler: async (request) => holidays.list(request.query),
    });
    app.put('/policy/holidays/:day', {
      schema: {
        tags,
        summary: 'Make a date a holiday or a worked weekend day (administration)',
        params: holidayParamSchema,
        body: holidayInputSchema,
        response: { 200: holidaySchema, 403: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request) => holidays.set(request.actor, request.params.day, request.body),
    });
    app.delete('/policy/holidays/:day', {
      schema: {
        tags,
        summary: 'Take a date out of the calendar (administration)',
        params: holidayParamSchema,
        response: { 200: okSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => holidays.remove(request.actor, request.params.day),
    });
  };
}
