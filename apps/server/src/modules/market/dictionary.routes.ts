import { errorBodySchema, idParamSchema, xlsxResponse } from '@cz/shared';
import {
  matchIndexStatusSchema,
  termInputSchema,
  termListQuerySchema,
  termPageSchema,
  termSchema,
} from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datedXlsxName, listWorkbook, sendXlsx, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { DictionaryService } from './dictionary.service.ts';

/** 领域词典 (administration): the match's terms, the progress of the re-index after a change, and the workbook. */
export function dictionaryRoutes({ dictionary }: { dictionary: DictionaryService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['market'];
    app.get('/market/dictionary', {
      schema: {
        tags,
        summary: "Administration: the match's domain dictionary, searched and paged",
        querystring: termListQuerySchema,
        response: { 200: termPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => dictionary.list(request.actor, request.query),
    });
    app.get('/market/dictionary/export.xlsx', {
      schema: {
        tags,
        summary: "Administration: the match's domain dictionary as Excel, with the list's search",
        querystring: termListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The terms matching the search as an Excel workbook'), 403: errorBodySchema },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          dictionary.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '领域词典 Dictionary',
          [
            { header: '词 Term', key: 'term', width: 24 },
            { header: '说明 Note', key: 'note', width: 40 },
            { header: '修改时间 Updated', key: 'updatedAt', width: 20 },
          ],
          items.map((x) => ({ term: x.term, note: x.note, updatedAt: zoneTimeCell(x.updatedAt) })),
        );
        return sendXlsx(reply, datedXlsxName('market-dictionary'), body);
      },
    });
    app.get('/market/dictionary/status', {
      schema: {
        tags,
        summary: "Administration: how many achievements' match vectors are built with the current words",
        response: { 200: matchIndexStatusSchema, 403: errorBodySchema },
      },
      handler: async (request) => dictionary.status(request.actor),
    });
    app.post('/market/dictionary', {
      schema: {
        tags,
        summary: 'Administration: add a term the segmenter keeps whole (the vectors are built again)',
        body: termInputSchema,
        response: { 201: termSchema, 403: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request, res) => res.status(201).send(await dictionary.create(request.actor, request.body)),
    });
    app.put('/market/dictionary/:id', {
      schema: {
        tags,
        summary: 'Administration: change a term of the dictionary',
        params: idParamSchema,
        body: termInputSchema,
        response: { 200: termSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => dictionary.update(request.actor, request.params.id, request.body),
    });
    app.delete('/market/dictionary/:id', {
      schema: {
        tags,
        summary: 'Administration: remove a term of the dictionary',
        params: idParamSchema,
        response: { 204: z.null(), 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request, res) => {
        await dictionary.remove(request.actor, request.params.id);
        return res.status(204).send(null);
      },
    });
  };
}
