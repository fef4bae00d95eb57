import { auditExportQuerySchema, auditPageSchema, auditQuerySchema, errorBodySchema, xlsxResponse } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, sendXlsx } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import { auditWorkbook } from './audit.export.ts';
import type { AuditService } from './audit.query.ts';

export function auditRoutes({ audit }: { audit: AuditService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/audit', {
      schema: {
        tags: ['audit'],
        summary: 'Browse the audit log (admin)',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, 401: errorBodySchema, 403: errorBodySchema },
      },
      handler: async (request) => audit.list(request.actor, request.query),
    });

    app.get('/audit/export.xlsx', {
      schema: {
        tags: ['audit'],
        summary: 'The filtered audit log as Excel, in words and Shanghai time (admin)',
        querystring: auditExportQuerySchema,
        response: {
          200: xlsxResponse('The audit entries matching the filter as an Excel workbook'),
          401: errorBodySchema,
          403: errorBodySchema,
        },
      },
      handler: async (request, reply) => {
        const { locale, ...filter } = request.query;
        const entries = await allPages((page) => audit.list(request.actor, { ...filter, page, pageSize: 200 }));
        return sendXlsx(reply, datedXlsxName('audit-log'), await auditWorkbook(entries, locale));
      },
    });
  };
}
