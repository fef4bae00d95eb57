import { voucherReportQuerySchema, voucherReportSchema, xlsxResponse } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendXlsx } from '../../../kernel/excel.ts';
import type { ReportService } from './report.service.ts';

export function voucherReportRoutes({ reports }: { reports: ReportService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['vouchers'];
    const query = voucherReportQuerySchema;
    app.get('/voucher-reports', {
      schema: {
        tags,
        summary:
          "A year's voucher results (SMEs supported, contract value, issued, redeemed, expired; by category and provider) and progress against the plan (admin)",
        querystring: query,
        response: { 200: voucherReportSchema },
      },
      handler: async (request) => reports.year(request.actor, request.query.year),
    });
    app.get('/voucher-reports.xlsx', {
      schema: {
        tags,
        summary: 'The same as Excel (admin)',
        querystring: query,
        response: { 200: xlsxResponse("The year's voucher results as an Excel workbook") },
      },
      handler: async (request, reply) => {
        const { name, body } = await reports.workbook(request.actor, request.query.year);
        return sendXlsx(reply, name, body);
      },
    });
  };
}
