import { errorBodySchema, idParamSchema, xlsxResponse } from '@cz/shared';
import {
  brokerNeedPageSchema,
  brokerNeedQuerySchema,
  pushAnswerSchema,
  pushInputSchema,
  pushListSchema,
  pushSchema,
  TECH_FIELDS,
} from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datedXlsxName, listWorkbook, sendXlsx, zoneTimeCell } from '../../kernel/excel.ts';
import { ANYONE } from '../../kernel/http.ts';
import { allPages } from '../../kernel/paging.ts';
import type { PushService } from './pushes.service.ts';

export function pushRoutes({ pushes }: { pushes: PushService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['market'];
    app.get('/market/broker', {
      schema: {
        tags,
        summary: 'Whether I act as 技术经理人 (an administrator, or an expert the administration named broker)',
        security: ANYONE(),
        response: { 200: z.object({ broker: z.boolean() }) },
      },
      handler: async (request) => ({ broker: await pushes.isBroker(request.actor) }),
    });
    app.get('/market/broker/needs', {
      schema: {
        tags,
        summary: "技术经理人's desk: the open needs to review, those nobody has pushed an achievement for first",
        querystring: brokerNeedQuerySchema,
        response: { 200: brokerNeedPageSchema, 401: errorBodySchema, 403: errorBodySchema },
      },
      handler: async (request) => pushes.brokerNeeds(request.actor, request.query),
    });
    app.get('/market/broker/needs/export.xlsx', {
      schema: {
        tags,
        summary: "技术经理人's desk as Excel, with the list's search and filter",
        querystring: brokerNeedQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The open needs of the desk as an Excel workbook'), 403: errorBodySchema },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          pushes.brokerNeeds(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '待推荐需求 Needs to review',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '需求名称 Need', key: 'title', width: 36 },
            { header: '需求方 Owner', key: 'ownerName', width: 28 },
            { header: '技术领域 Field', key: 'field', width: 16 },
            { header: '截止日期 Deadline', key: 'deadline', width: 12 },
            { header: '发布时间 Published', key: 'publishedAt', width: 20 },
            { header: '已推送 Pushed', key: 'pushes', width: 10 },
            { header: '待答复 Unanswered', key: 'unanswered', width: 10 },
            { header: '感兴趣 Interested', key: 'interested', width: 10 },
          ],
          items.map((n) => ({ ...n, field: TECH_FIELDS[n.field].zh, publishedAt: zoneTimeCell(n.publishedAt) })),
        );
        return sendXlsx(reply, datedXlsxName('market-broker-needs'), body);
      },
    });
    app.post('/market/needs/:id/pushes', {
      schema: {
        tags,
        summary: "技术经理人: push a suggested achievement to the need's owner",
        params: idParamSchema,
        body: pushInputSchema,
        response: { 201: pushSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request, res) =>
        res.status(201).send(await pushes.push(request.actor, request.params.id, request.body)),
    });
    app.get('/market/needs/:id/pushes', {
      schema: {
        tags,
        summary:
          "The achievements pushed for a need, with the owner's answers (its owner, brokers, the administration)",
        params: idParamSchema,
        response: { 200: pushListSchema, 404: errorBodySchema },
      },
      handler: async (request) => pushes.list(request.actor, request.params.id),
    });
    app.post('/market/pushes/:id/answer', {
      schema: {
        tags,
        summary: "The need's owner answers a pushed achievement: interested, not now, or not relevant with the reason",
        params: idParamSchema,
        body: pushAnswerSchema,
        response: { 200: pushSchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => pushes.answer(request.actor, request.params.id, request.body),
    });
  };
}
