import { errorBodySchema, idParamSchema, xlsxResponse } from '@cz/shared';
import { brokerCandidateSchema, brokerInputSchema, brokerListQuerySchema, brokerListSchema } from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { BrokerService } from './brokers.service.ts';

export function brokerRoutes({ brokers }: { brokers: BrokerService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/market/brokers', {
      schema: {
        tags: ['market'],
        summary: 'Administration: the experts, and which of them are 技术经理人 (a page, by a fragment of the name)',
        querystring: brokerListQuerySchema,
        response: { 200: brokerListSchema, 403: errorBodySchema },
      },
      handler: async (request) => brokers.list(request.actor, request.query),
    });
    app.get('/market/brokers/export.xlsx', {
      schema: {
        tags: ['market'],
        summary: 'Administration: the experts and the 技术经理人 among them as Excel, with the search of the list',
        querystring: brokerListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The experts as an Excel workbook'), 403: errorBodySchema },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => brokers.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '技术经理人 Brokers',
          [
            { header: '姓名 Name', key: 'displayName', width: 20 },
            { header: '用户名 User name', key: 'username', width: 20 },
            { header: '技术经理人 Broker', key: 'broker', width: 12 },
            { header: '任命时间 Since', key: 'since', width: 20 },
          ],
          items.map((c) => ({ ...c, broker: c.broker ? '是' : '否', since: zoneTimeCell(c.since) })),
        );
        return sendXlsx(reply, datedXlsxName('market-brokers'), body);
      },
    });
    app.put('/market/brokers/:id', {
      schema: {
        tags: ['market'],
        summary: 'Administration: name an expert 技术经理人, or take the name back',
        params: idParamSchema,
        body: brokerInputSchema,
        response: { 200: brokerCandidateSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => brokers.set(request.actor, request.params.id, request.body.broker),
    });
  };
}
