import {
  errorBodySchema,
  idParamSchema,
  importReportSchema,
  indicatorListSchema,
  indicatorSchema,
  orgInputSchema,
  orgListQuerySchema,
  orgPageSchema,
  orgSchema,
  verifyBodySchema,
  xlsxResponse,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isAdmin } from '../../kernel/actor.ts';
import type { Config } from '../../kernel/config.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { datedXlsxName, sendXlsx, XLSX_TYPE } from '../../kernel/excel.ts';
import { ANYONE, rawBodyScope } from '../../kernel/http.ts';
import { orgExportWorkbook, orgImportTemplate } from './org.excel.ts';
import type { OrgImport } from './org.import.ts';
import { maskPhone } from './org.mapper.ts';
import type { OrgRepository } from './org.repository.ts';
import type { OrgService } from './org.service.ts';

export function orgRoutes(deps: {
  orgService: OrgService;
  orgs: OrgRepository;
  orgImport: OrgImport;
  config: Config;
}): FastifyPluginAsyncZod {
  const { orgService, orgs, orgImport, config } = deps;
  return async (app) => {
    const tags = ['organisations'];
    const yearParams = idParamSchema.extend({ year: z.coerce.number().int().min(1990).max(2100) });

    app.get('/orgs', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'List organisations (admins: all; others: verified) with paging, filters and fuzzy name search',
        querystring: orgListQuerySchema,
        response: { 200: orgPageSchema },
      },
      handler: async (request) => orgService.list(request.actor, request.query),
    });

    app.get('/orgs/export.xlsx', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'Export the filtered list to Excel',
        querystring: orgListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The organisations matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const admin = isAdmin(request.actor);
        const filter = { ...request.query, status: admin ? request.query.status : ['verified' as const] };
        const body = await orgExportWorkbook(orgs.stream(filter), { showPhones: admin, mask: maskPhone });
        return sendXlsx(reply, datedXlsxName('organisations'), body);
      },
    });

    app.get('/orgs/import/template.xlsx', {
      schema: {
        tags,
        summary: 'Download the enterprise import template (admin)',
        response: { 200: xlsxResponse('The enterprise import template (Excel workbook)'), 403: errorBodySchema },
      },
      handler: async (request, reply) => {
        if (!isAdmin(request.actor)) throw commonErrors.forbidden();
        return sendXlsx(reply, 'enterprise-import-template.xlsx', await orgImportTemplate());
      },
    });

    // The one route of this area that takes a workbook as its body.
    await app.register(
      rawBodyScope([XLSX_TYPE], config.uploadLimit, async (scope) => {
        scope.post('/orgs/import', {
          schema: {
            tags,
            summary:
              'Import enterprises from .xlsx (admin): mode=dry-run reports every bad row; mode=commit imports all or nothing',
            querystring: z.object({ mode: z.enum(['dry-run', 'commit']).default('dry-run') }),
            response: { 200: importReportSchema, 400: errorBodySchema, 415: errorBodySchema, 422: errorBodySchema },
          },
          bodyLimit: config.uploadLimit,
          handler: async (request) => {
            const body = request.body;
            if (!Buffer.isBuffer(body)) throw commonErrors.validation(`send the workbook as ${XLSX_TYPE}`);
            return request.query.mode === 'commit'
              ? orgImport.commit(request.actor, body)
              : orgImport.dryRun(request.actor, body);
          },
        });
      }),
    );

    app.post('/orgs', {
      schema: {
        tags,
        summary: 'Register an organisation directly (admin)',
        body: orgInputSchema,
        response: { 201: orgSchema, 409: errorBodySchema },
      },
      handler: async (request, reply) => reply.status(201).send(await orgService.create(request.actor, request.body)),
    });

    app.get('/orgs/:id', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'One organisation',
        params: idParamSchema,
        response: { 200: orgSchema, 404: errorBodySchema },
      },
      handler: async (request) => orgService.get(request.actor, request.params.id),
    });

    app.put('/orgs/:id', {
      schema: {
        tags,
        summary: 'Edit an organisation (its members or an admin)',
        params: idParamSchema,
        body: orgInputSchema,
        response: { 200: orgSchema },
      },
      handler: async (request) => orgService.update(request.actor, request.params.id, request.body),
    });

    app.post('/orgs/:id/verification', {
      schema: {
        tags,
        summary: 'Verify or reject a pending organisation (admin)',
        params: idParamSchema,
        body: verifyBodySchema,
        response: { 200: orgSchema, 409: errorBodySchema },
      },
      handler: async (request) => orgService.decide(request.actor, request.params.id, request.body),
    });

    app.post('/orgs/:id/resubmit', {
      schema: {
        tags,
        summary: 'Ask again for verification after a rejection',
        params: idParamSchema,
        response: { 200: orgSchema },
      },
      handler: async (request) => orgService.resubmit(request.actor, request.params.id),
    });

    app.get('/orgs/:id/indicators', {
      schema: {
        tags,
        summary: 'Yearly indicators (members and admins)',
        params: idParamSchema,
        response: { 200: indicatorListSchema },
      },
      handler: async (request) => ({ items: await orgService.indicators(request.actor, request.params.id) }),
    });

    app.put('/orgs/:id/indicators/:year', {
      schema: {
        tags,
        summary: 'Create or replace one year of indicators',
        params: yearParams,
        body: indicatorSchema,
        response: { 200: indicatorSchema },
      },
      handler: async (request) => {
        if (request.body.year !== request.params.year)
          throw commonErrors.validation('the year in the path and the body differ');
        return orgService.putIndicator(request.actor, request.params.id, request.body);
      },
    });

    app.delete('/orgs/:id/indicators/:year', {
      schema: { tags, summary: 'Delete one year of indicators', params: yearParams, response: { 204: z.null() } },
      handler: async (request, reply) => {
        await orgService.deleteIndicator(request.actor, request.params.id, request.params.year);
        return reply.status(204).send(null);
      },
    });
  };
}
