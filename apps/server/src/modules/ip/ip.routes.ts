import {
  errorBodySchema,
  idParamSchema,
  importReportSchema,
  ipCertificateInputSchema,
  ipClassCountsQuerySchema,
  ipClassCountsSchema,
  ipEventInputSchema,
  ipListQuerySchema,
  ipRecordDetailSchema,
  ipRecordInputSchema,
  ipRecordPageSchema,
  ipVerificationBodySchema,
  xlsxResponse,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../kernel/config.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { sendXlsx, XLSX_TYPE } from '../../kernel/excel.ts';
import { rawBodyScope } from '../../kernel/http.ts';
import { ipImportTemplate } from './ip.excel.ts';
import type { IpImport } from './ip.import.ts';
import type { IpService } from './ip.service.ts';

export function ipRoutes(deps: { ipService: IpService; ipImport: IpImport; config: Config }): FastifyPluginAsyncZod {
  const { ipService, ipImport, config } = deps;
  return async (app) => {
    const tags = ['ip'];

    app.get('/ip/records', {
      schema: {
        tags,
        summary: "知识产权: my organisation's records (admins: everyone's) with search, filters, sorting and paging",
        querystring: ipListQuerySchema,
        response: { 200: ipRecordPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => ipService.list(request.actor, request.query),
    });

    app.post('/ip/records', {
      schema: {
        tags,
        summary: "Register a record of my organisation's IP (waits for the administration's verification)",
        body: ipRecordInputSchema,
        response: { 201: ipRecordDetailSchema, 403: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request, reply) => reply.status(201).send(await ipService.create(request.actor, request.body)),
    });

    app.get('/ip/records/:id', {
      schema: {
        tags,
        summary: 'One record with its events (its organisation and admins)',
        params: idParamSchema,
        response: { 200: ipRecordDetailSchema, 404: errorBodySchema },
      },
      handler: async (request) => ipService.get(request.actor, request.params.id),
    });

    app.put('/ip/records/:id', {
      schema: {
        tags,
        summary: 'Edit a record (a change of a checked fact sends it back to verification)',
        params: idParamSchema,
        body: ipRecordInputSchema,
        response: { 200: ipRecordDetailSchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => ipService.update(request.actor, request.params.id, request.body),
    });

    app.post('/ip/records/:id/events', {
      schema: {
        tags,
        summary: 'Record an event: 质押, 许可备案, 开放许可, 无效, 终止 (the record lapses), 转让',
        params: idParamSchema,
        body: ipEventInputSchema,
        response: { 201: ipRecordDetailSchema, 404: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await ipService.addEvent(request.actor, request.params.id, request.body)),
    });

    app.put('/ip/records/:id/certificate', {
      schema: {
        tags,
        summary: 'Attach the certificate (an uploaded file) to a record',
        params: idParamSchema,
        body: ipCertificateInputSchema,
        response: { 200: ipRecordDetailSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) =>
        ipService.attachCertificate(request.actor, request.params.id, request.body.certificate),
    });

    app.post('/ip/records/:id/verification', {
      schema: {
        tags,
        summary: 'Verify a pending record against its certificate, or reject it with a reason (admin)',
        params: idParamSchema,
        body: ipVerificationBodySchema,
        response: { 200: ipRecordDetailSchema, 403: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => ipService.decide(request.actor, request.params.id, request.body),
    });

    app.get('/ip/class-counts', {
      schema: {
        tags,
        summary: "An organisation's counted Ⅰ类/Ⅱ类 IP (verified and valid): members their own, admins any",
        querystring: ipClassCountsQuerySchema,
        response: { 200: ipClassCountsSchema, 400: errorBodySchema, 403: errorBodySchema },
      },
      handler: async (request) => ipService.classCounts(request.actor, request.query.orgId),
    });

    app.get('/ip/import/template.xlsx', {
      schema: {
        tags,
        summary: 'Download the IP import template',
        response: { 200: xlsxResponse('The IP import template (Excel workbook)') },
      },
      handler: async (_request, reply) => sendXlsx(reply, 'ip-import-template.xlsx', await ipImportTemplate()),
    });

    // The one route of this area that takes a workbook as its body.
    await app.register(
      rawBodyScope([XLSX_TYPE], config.uploadLimit, async (scope) => {
        scope.post('/ip/import', {
          schema: {
            tags,
            summary:
              "Import my organisation's IP from .xlsx: mode=dry-run reports every bad row and changes nothing; mode=commit imports all or nothing",
            querystring: z.object({ mode: z.enum(['dry-run', 'commit']).default('dry-run') }),
            response: {
              200: importReportSchema,
              400: errorBodySchema,
              403: errorBodySchema,
              415: errorBodySchema,
              422: errorBodySchema,
            },
          },
          bodyLimit: config.uploadLimit,
          handler: async (request) => {
            const body = request.body;
            if (!Buffer.isBuffer(body)) throw commonErrors.validation(`send the workbook as ${XLSX_TYPE}`);
            return request.query.mode === 'commit'
              ? ipImport.commit(request.actor, body)
              : ipImport.dryRun(request.actor, body);
          },
        });
      }),
    );
  };
}
