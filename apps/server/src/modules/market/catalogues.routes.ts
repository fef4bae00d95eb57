import { errorBodySchema, fileResponse, idParamSchema, xlsxResponse } from '@cz/shared';
import {
  ACHIEVEMENT_STAGES,
  catalogueDetailSchema,
  catalogueInputSchema,
  catalogueListQuerySchema,
  cataloguePageSchema,
  catalogueUpdateSchema,
  TECH_FIELDS,
  TRANSFER_MODES,
} from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, zoneDateCell } from '../../kernel/excel.ts';
import { ANYONE } from '../../kernel/http.ts';
import { allPages } from '../../kernel/paging.ts';
import type { CatalogueService } from './catalogues.service.ts';

const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** 先进适用技术指导目录: the public reads the published ones; the administration compiles and publishes them. */
export function catalogueRoutes({ catalogues }: { catalogues: CatalogueService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['market'];
    app.get('/market/catalogues', {
      schema: {
        tags,
        summary: 'The yearly catalogues of advanced applicable technologies (drafts too, for the administration)',
        security: ANYONE(),
        querystring: catalogueListQuerySchema,
        response: { 200: cataloguePageSchema },
      },
      handler: async (request) => catalogues.list(request.actor, request.query),
    });
    app.get('/market/catalogues/export.xlsx', {
      schema: {
        tags,
        summary: 'The catalogues as Excel, with the search of the list (drafts too, for the administration)',
        security: ANYONE(),
        querystring: catalogueListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The catalogues as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          catalogues.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '指导目录 Catalogues',
          [
            { header: '年度 Year', key: 'year', width: 8 },
            { header: '目录 Catalogue', key: 'title', width: 40 },
            { header: '状态 Status', key: 'status', width: 14 },
            { header: '条目 Entries', key: 'entryCount', width: 10 },
            { header: '发布日期 Published', key: 'publishedOn', width: 14 },
          ],
          items.map((c) => ({
            ...c,
            status: c.status === 'published' ? '已发布 Published' : '草稿 Draft',
            publishedOn: zoneDateCell(c.publishedAt),
          })),
        );
        return sendXlsx(reply, datedXlsxName('technology-catalogues'), body);
      },
    });
    app.post('/market/catalogues', {
      schema: {
        tags,
        summary: "Start a year's catalogue (the administration)",
        body: catalogueInputSchema,
        response: { 201: catalogueDetailSchema, ...errors },
      },
      handler: async (request, reply) => reply.status(201).send(await catalogues.create(request.actor, request.body)),
    });
    app.get('/market/catalogues/:id', {
      schema: {
        tags,
        summary: 'A catalogue with its entries in order',
        security: ANYONE(),
        params: idParamSchema,
        response: { 200: catalogueDetailSchema, 404: errorBodySchema },
      },
      handler: async (request) => catalogues.get(request.actor, request.params.id),
    });
    app.put('/market/catalogues/:id', {
      schema: {
        tags,
        summary: 'Change a draft catalogue: its text and the whole ordered list of entries',
        params: idParamSchema,
        body: catalogueUpdateSchema,
        response: { 200: catalogueDetailSchema, ...errors, 422: errorBodySchema },
      },
      handler: async (request) => catalogues.update(request.actor, request.params.id, request.body),
    });
    app.post('/market/catalogues/:id/publish', {
      schema: {
        tags,
        summary: 'Publish a draft catalogue',
        params: idParamSchema,
        response: { 200: catalogueDetailSchema, ...errors, 422: errorBodySchema },
      },
      handler: async (request) => catalogues.setPublished(request.actor, request.params.id, true),
    });
    app.post('/market/catalogues/:id/withdraw', {
      schema: {
        tags,
        summary: 'Withdraw a published catalogue to a draft',
        params: idParamSchema,
        response: { 200: catalogueDetailSchema, ...errors },
      },
      handler: async (request) => catalogues.setPublished(request.actor, request.params.id, false),
    });
    app.get('/market/catalogues/:id/catalogue.pdf', {
      schema: {
        tags,
        summary: 'The catalogue as PDF',
        security: ANYONE(),
        params: idParamSchema,
        response: { 200: fileResponse('The catalogue as PDF', ['application/pdf']), 404: errorBodySchema },
      },
      handler: async (request, reply) => {
        const { catalogue, body } = await catalogues.pdf(request.actor, request.params.id);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="technology-catalogue-${catalogue.year}.pdf"`)
          .send(body);
      },
    });
    app.get('/market/catalogues/:id/export.xlsx', {
      schema: {
        tags,
        summary: 'The catalogue as Excel',
        security: ANYONE(),
        params: idParamSchema,
        response: { 200: xlsxResponse('The catalogue as an Excel workbook'), 404: errorBodySchema },
      },
      handler: async (request, reply) => {
        const c = await catalogues.get(request.actor, request.params.id);
        const body = await listWorkbook(
          `${c.year} 指导目录 Catalogue`,
          [
            { header: '序号 No.', key: 'position', width: 8 },
            { header: '技术名称 Technology', key: 'title', width: 36 },
            { header: '持有单位 Owner', key: 'ownerName', width: 28 },
            { header: '技术领域 Field', key: 'field', width: 16 },
            { header: '成熟度 Stage', key: 'stage', width: 12 },
            { header: '转化方式 Modes', key: 'modes', width: 20 },
            { header: '简介 Summary', key: 'summary', width: 50 },
            { header: '推荐说明 Note', key: 'note', width: 30 },
          ],
          c.entries.map((e) => ({
            ...e,
            field: TECH_FIELDS[e.field].zh,
            stage: ACHIEVEMENT_STAGES[e.stage].zh,
            modes: e.transferModes.map((m) => TRANSFER_MODES[m].zh).join('、'),
          })),
        );
        return sendXlsx(reply, datedXlsxName(`technology-catalogue-${c.year}`), body);
      },
    });
  };
}
