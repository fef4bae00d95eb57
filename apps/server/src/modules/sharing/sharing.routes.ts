import {
  errorBodySchema,
  sharingQuerySchema,
  sharingStatsSchema,
  subsidyResultSchema,
  subsidyRuleSchema,
  xlsxResponse,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datedXlsxName, sendXlsx } from '../../kernel/excel.ts';
import type { SharingService } from './sharing.service.ts';

const yearQuery = sharingQuerySchema;
const ruleSchema = subsidyRuleSchema;

export function sharingRoutes({ sharingService }: { sharingService: SharingService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['open sharing'];
    app.get('/sharing/stats', {
      schema: {
        tags,
        summary: '开放共享 statistics of a year per instrument and provider (admins; providers see their own)',
        querystring: yearQuery,
        response: { 200: sharingStatsSchema, 403: errorBodySchema },
      },
      handler: async (request) => sharingService.stats(request.actor, request.query.year, request.query.providerId),
    });
    app.get('/sharing/stats.xlsx', {
      schema: {
        tags,
        summary: 'The statistics as Excel',
        querystring: yearQuery,
        response: { 200: xlsxResponse('The statistics (and, for admins, the proposed 后补助) as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const body = await sharingService.workbook(request.actor, request.query.year, request.query.providerId);
        return sendXlsx(reply, datedXlsxName(`open-sharing-${request.query.year}`), body);
      },
    });
    app.get('/sharing/subsidy-rules/:year', {
      schema: {
        tags,
        summary: "A year's 后补助 rule (admin)",
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: ruleSchema },
      },
      handler: async (request) => sharingService.getRule(request.actor, request.params.year),
    });
    app.put('/sharing/subsidy-rules/:year', {
      schema: {
        tags,
        summary: "Set a year's 后补助 rule (admin)",
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        body: ruleSchema,
        response: { 200: ruleSchema },
      },
      handler: async (request) => sharingService.putRule(request.actor, { ...request.body, year: request.params.year }),
    });
    app.get('/sharing/subsidy', {
      schema: {
        tags,
        summary: "Each provider's proposed 后补助 under the year's rule (admin)",
        querystring: yearQuery.pick({ year: true }),
        response: { 200: subsidyResultSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => sharingService.subsidy(request.actor, request.query.year),
    });
  };
}
