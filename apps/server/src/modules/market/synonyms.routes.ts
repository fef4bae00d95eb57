import { errorBodySchema, idParamSchema, xlsxResponse } from '@cz/shared';
import { synonymInputSchema, synonymListQuerySchema, synonymListSchema, synonymSchema } from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datedXlsxName, listWorkbook, sendXlsx, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { SynonymService } from './synonyms.service.ts';

export function synonymRoutes({ synonyms }: { synonyms: SynonymService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['market'];
    app.get('/market/synonyms', {
      schema: {
        tags,
        summary: "Administration: the match's synonym table, a page at a time, by a word",
        querystring: synonymListQuerySchema,
        response: { 200: synonymListSchema, 403: errorBodySchema },
      },
      handler: async (request) => synonyms.list(request.actor, request.query),
    });
    app.get('/market/synonyms/export.xlsx', {
      schema: {
        tags,
        summary: "Administration: the match's synonym table as Excel, with the search of the list",
        querystring: synonymListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The synonym groups as an Excel workbook'), 403: errorBodySchema },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => synonyms.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '同义词表 Synonyms',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '同义词 Words', key: 'terms', width: 48 },
            { header: '说明 Note', key: 'note', width: 30 },
            { header: '更新时间 Updated', key: 'updatedAt', width: 20 },
          ],
          items.map((g) => ({ ...g, terms: g.terms.join('、'), updatedAt: zoneTimeCell(g.updatedAt) })),
        );
        return sendXlsx(reply, datedXlsxName('market-synonyms'), body);
      },
    });
    app.post('/market/synonyms', {
      schema: {
        tags,
        summary: 'Administration: add a group of words that mean the same',
        body: synonymInputSchema,
        response: { 201: synonymSchema, 403: errorBodySchema },
      },
      handler: async (request, res) => res.status(201).send(await synonyms.create(request.actor, request.body)),
    });
    app.put('/market/synonyms/:id', {
      schema: {
        tags,
        summary: 'Administration: change a group of synonyms',
        params: idParamSchema,
        body: synonymInputSchema,
        response: { 200: synonymSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => synonyms.update(request.actor, request.params.id, request.body),
    });
    app.delete('/market/synonyms/:id', {
      schema: {
        tags,
        summary: 'Administration: remove a group of synonyms',
        params: idParamSchema,
        response: { 204: z.null(), 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request, res) => {
        await synonyms.remove(request.actor, request.params.id);
        return res.status(204).send(null);
      },
    });
  };
}
