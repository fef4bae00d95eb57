import { ipListQuerySchema, xlsxResponse } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, sendXlsx } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import { ipExportWorkbook } from './ip.excel.ts';
import type { IpService } from './ip.service.ts';

/** The record list as Excel, with the list's filters and scope (own organisation's; admins: everyone's). */
export function ipExportRoutes({ ipService }: { ipService: IpService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/ip/records/export.xlsx', {
      schema: {
        tags: ['ip'],
        summary: 'IP records as Excel, with the filters of the list',
        querystring: ipListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The IP records matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          ipService.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        return sendXlsx(reply, datedXlsxName('ip-records'), await ipExportWorkbook(items));
      },
    });
  };
}
