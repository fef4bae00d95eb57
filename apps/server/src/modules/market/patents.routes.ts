import { errorBodySchema, IP_KINDS, idParamSchema, xlsxResponse } from '@cz/shared';
import {
  marketPatentPageSchema,
  marketPatentQuerySchema,
  openLicenceInputSchema,
  openLicenceSchema,
  openLicenceTakeSchema,
  openLicenceWithdrawSchema,
  TECH_FIELDS,
  TRANSFER_MODES,
} from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell } from '../../kernel/excel.ts';
import { ANYONE } from '../../kernel/http.ts';
import { allPages } from '../../kernel/paging.ts';
import type { PatentService } from './patents.service.ts';

const errors = { 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** 专利超市 and 开放许可: the public browses; holders declare and withdraw; members take an open licence. */
export function patentRoutes({ patents }: { patents: PatentService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['market'];
    app.get('/market/patents', {
      schema: {
        tags,
        summary: 'Patents on the market (专利超市): attached to published achievements offered for transfer or licence',
        security: ANYONE(),
        querystring: marketPatentQuerySchema,
        response: { 200: marketPatentPageSchema },
      },
      handler: async (request) => patents.list(request.actor, request.query),
    });
    app.get('/market/patents/export.xlsx', {
      schema: {
        tags,
        summary: 'The patents on the market as Excel (the filters of the list)',
        security: ANYONE(),
        querystring: marketPatentQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The patents on the market as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => patents.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '专利超市 Patents',
          [
            { header: '专利号 Number', key: 'number', width: 18 },
            { header: '专利名称 Title', key: 'title', width: 36 },
            { header: '类型 Kind', key: 'kind', width: 14 },
            { header: '专利权人 Holders', key: 'holders', width: 28 },
            { header: '有效期至 Expires', key: 'expiresOn', width: 12 },
            { header: '技术领域 Field', key: 'field', width: 16 },
            { header: '方式 Modes', key: 'modes', width: 16 },
            { header: '成果 Achievement', key: 'achievementTitle', width: 30 },
            { header: '开放许可年费(元) Open-licence fee a year (yuan)', key: 'annual', width: 16 },
            { header: '提成(‰) Royalty (‰)', key: 'royalty', width: 10 },
            { header: '最短年限 Minimum years', key: 'minYears', width: 10 },
          ],
          items.map((p) => ({
            ...p,
            kind: IP_KINDS[p.kind].zh,
            expiresOn: p.expiresOn ?? '',
            field: TECH_FIELDS[p.field as keyof typeof TECH_FIELDS]?.zh ?? p.field,
            modes: p.transferModes
              .filter((m) => m === 'transfer' || m === 'licence')
              .map((m) => TRANSFER_MODES[m].zh)
              .join('、'),
            annual: p.openLicence ? yuanCell(p.openLicence.annualFen) : '',
            royalty: p.openLicence?.royaltyPermille ?? '',
            minYears: p.openLicence?.minYears ?? '',
          })),
        );
        return sendXlsx(reply, datedXlsxName('patents'), body);
      },
    });
    app.get('/market/achievements/:id/open-licences', {
      schema: {
        tags,
        summary: "An achievement's open-licence declarations, withdrawn ones included (its owner, the administration)",
        params: idParamSchema,
        response: { 200: z.array(openLicenceSchema), 401: errorBodySchema },
      },
      handler: async (request) => patents.ofAchievement(request.actor, request.params.id),
    });
    app.post('/market/achievements/:id/open-licences', {
      schema: {
        tags,
        summary: 'Declare an open licence (开放许可) for a patent attached to the published achievement',
        params: idParamSchema,
        body: openLicenceInputSchema,
        response: { 201: openLicenceSchema, ...errors, 422: errorBodySchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await patents.declare(request.actor, request.params.id, request.body)),
    });
    app.post('/market/open-licences/:id/withdraw', {
      schema: {
        tags,
        summary: 'Withdraw an open-licence declaration (licences taken stay as they are)',
        params: idParamSchema,
        body: openLicenceWithdrawSchema,
        response: { 200: openLicenceSchema, ...errors },
      },
      handler: async (request) => patents.withdraw(request.actor, request.params.id, request.body),
    });
    app.post('/market/open-licences/:id/take', {
      schema: {
        tags,
        summary: 'Take an open licence: the written notice goes to the holder and a deal opens at the declared fee',
        params: idParamSchema,
        body: openLicenceTakeSchema,
        response: { 201: z.object({ dealId: z.number().int() }), ...errors, 422: errorBodySchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await patents.take(request.actor, request.params.id, request.body)),
    });
  };
}
