import { errorBodySchema, idParamSchema, xlsxResponse } from '@cz/shared';
import {
  eventCheckInSchema,
  eventDetailSchema,
  eventInputSchema,
  eventInviteSchema,
  eventListQuerySchema,
  eventMeetingInputSchema,
  eventPageSchema,
  eventStatusSchema,
  eventYieldSchema,
} from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../kernel/excel.ts';
import { ANYONE } from '../../kernel/http.ts';
import { allPages } from '../../kernel/paging.ts';
import { can } from '../../kernel/policy.ts';
import type { EventService } from './events.service.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';

const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };

/** 科技成果推送活动: the public and members read and register; the administration plans, checks in and records. */
export function eventRoutes({ events }: { events: EventService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['market'];
    app.get('/market/events', {
      schema: {
        tags,
        summary: "Achievement push events, newest first, with this year's count against the plan's two",
        security: ANYONE(),
        querystring: eventListQuerySchema,
        response: { 200: eventPageSchema },
      },
      handler: async (request) => events.list(request.actor, request.query),
    });
    app.get('/market/events/export.xlsx', {
      schema: {
        tags,
        summary:
          "The push events as Excel, with the filters of the list; for the administration with each event's yield",
        security: ANYONE(),
        querystring: eventListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The push events as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => events.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const withYield = can(request.actor, MARKET_ACTIONS.review);
        const STATUS = { planned: '计划中 Planned', held: '已举办 Held', cancelled: '已取消 Cancelled' } as const;
        const rows = [];
        for (const e of items) {
          const y = withYield ? (await events.yieldOf(request.actor, e.id)).summary : null;
          rows.push({
            ...e,
            status: STATUS[e.status],
            startsAt: zoneTimeCell(e.startsAt),
            endsAt: zoneTimeCell(e.endsAt),
            ...(y ? { ...y, techTrade: yuanCell(y.techTradeFen) } : {}),
          });
        }
        const body = await listWorkbook(
          '推送活动 Push events',
          [
            { header: '活动 Event', key: 'title', width: 36 },
            { header: '状态 Status', key: 'status', width: 16 },
            { header: '开始 Starts', key: 'startsAt', width: 20 },
            { header: '结束 Ends', key: 'endsAt', width: 20 },
            { header: '地点 Venue', key: 'venue', width: 24 },
            { header: '推介成果 Featured', key: 'featuredCount', width: 10 },
            { header: '报名 Registered', key: 'registeredCount', width: 10 },
            ...(withYield
              ? [
                  { header: '邀请 Invited', key: 'invited', width: 10 },
                  { header: '签到 Checked in', key: 'checkedIn', width: 10 },
                  { header: '对接 Met', key: 'meetings', width: 10 },
                  { header: '洽谈 Negotiations', key: 'negotiations', width: 12 },
                  { header: '合同 Contracts', key: 'contracts', width: 10 },
                  { header: '技术交易额(元) Technology trade (yuan)', key: 'techTrade', width: 18 },
                ]
              : []),
          ],
          rows,
        );
        return sendXlsx(reply, datedXlsxName('push-events'), body);
      },
    });
    app.post('/market/events', {
      schema: {
        tags,
        summary: 'Plan an event with its featured achievements (the administration)',
        body: eventInputSchema,
        response: { 201: eventDetailSchema, ...errors },
      },
      handler: async (request, reply) => reply.status(201).send(await events.create(request.actor, request.body)),
    });
    app.get('/market/events/:id', {
      schema: {
        tags,
        summary: 'An event with its featured achievements (and my organisation’s registration)',
        security: ANYONE(),
        params: idParamSchema,
        response: { 200: eventDetailSchema, 404: errorBodySchema },
      },
      handler: async (request) => events.get(request.actor, request.params.id),
    });
    app.put('/market/events/:id', {
      schema: {
        tags,
        summary: 'Change a planned event',
        params: idParamSchema,
        body: eventInputSchema,
        response: { 200: eventDetailSchema, ...errors },
      },
      handler: async (request) => events.update(request.actor, request.params.id, request.body),
    });
    app.post('/market/events/:id/status', {
      schema: {
        tags,
        summary: 'Mark a planned event held, or cancel it (the registered are told)',
        params: idParamSchema,
        body: eventStatusSchema,
        response: { 200: eventDetailSchema, ...errors },
      },
      handler: async (request) => events.setStatus(request.actor, request.params.id, request.body.status),
    });
    app.post('/market/events/:id/invitations', {
      schema: {
        tags,
        summary: 'Invite verified organisations (each is told)',
        params: idParamSchema,
        body: eventInviteSchema,
        response: { 200: z.object({ invited: z.number().int() }), ...errors },
      },
      handler: async (request) => events.invite(request.actor, request.params.id, request.body.orgIds),
    });
    app.post('/market/events/:id/registration', {
      schema: {
        tags,
        summary: 'Register my organisation for the event (until it ends)',
        params: idParamSchema,
        response: { 200: eventDetailSchema, ...errors },
      },
      handler: async (request) => events.register(request.actor, request.params.id),
    });
    app.post('/market/events/:id/check-ins', {
      schema: {
        tags,
        summary: 'Check a registered organisation in',
        params: idParamSchema,
        body: eventCheckInSchema,
        response: { 200: z.object({ checkedIn: z.boolean() }), ...errors },
      },
      handler: async (request) => events.checkIn(request.actor, request.params.id, request.body.orgId),
    });
    app.post('/market/events/:id/meetings', {
      schema: {
        tags,
        summary: 'Record a pair that met: a featured achievement and a checked-in participant',
        params: idParamSchema,
        body: eventMeetingInputSchema,
        response: { 201: z.object({ id: z.number().int() }), ...errors },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await events.meet(request.actor, request.params.id, request.body)),
    });
    app.get('/market/events/:id/yield', {
      schema: {
        tags,
        summary: 'Participants, the pairs that met and what followed (negotiations, contracts), and the totals',
        params: idParamSchema,
        response: { 200: eventYieldSchema, ...errors },
      },
      handler: async (request) => events.yieldOf(request.actor, request.params.id),
    });
  };
}
