import {
  errorBodySchema,
  policyImportCommitSchema,
  policyImportPreviewSchema,
  policyImportResultSchema,
  xlsxResponse,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../kernel/config.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { sendXlsx } from '../../kernel/excel.ts';
import { rawBodyScope } from '../../kernel/http.ts';
import { authorize } from '../../kernel/policy.ts';
import { policyImportTemplate } from './policy.documents.excel.ts';
import { POLICY_DOCUMENT_ACTIONS } from './policy.documents.permissions.ts';
import { IMPORT_TYPES, type PolicyImport, TEXT_TYPE } from './policy.import.ts';

const tags = ['policy'];

/** Import of documents: the template, a preview of a file (nothing stored) and the commit of the corrected drafts. */
export function policyImportRoutes({
  policyImport,
  config,
}: {
  policyImport: PolicyImport;
  config: Config;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/policy/admin/import/template.xlsx', {
      schema: {
        tags,
        summary: 'Download the workbook template of the import: one document per row (admin)',
        response: { 200: xlsxResponse('The policy import template (Excel workbook)'), 403: errorBodySchema },
      },
      handler: async (request, reply) => {
        authorize(request.actor, POLICY_DOCUMENT_ACTIONS.manage);
        return sendXlsx(reply, 'policy-import-template.xlsx', await policyImportTemplate());
      },
    });

    app.post('/policy/admin/import/commit', {
      schema: {
        tags,
        summary: 'Store the documents of a preview, as corrected, as drafts: all of them or none (admin)',
        body: policyImportCommitSchema,
        response: { 201: policyImportResultSchema, 403: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await policyImport.commit(request.actor, request.body.documents)),
    });

    // The one route of this area that takes a file as its body. Fastify's own text parser (a string) gives way to
    // the raw buffer here, so that a text file saved in GB18030 is read as such.
    await app.register(async (scope) => {
      scope.removeContentTypeParser(TEXT_TYPE);
      await scope.register(
        rawBodyScope(IMPORT_TYPES, config.uploadLimit, async (raw) => {
          raw.post('/policy/admin/import/preview', {
            schema: {
              tags,
              summary:
                'Read a Word document (.docx), a workbook of the template (.xlsx, a document per row) or a text file: the fields recognised and the problems of each document; nothing is stored (admin)',
              response: {
                200: policyImportPreviewSchema,
                400: errorBodySchema,
                403: errorBodySchema,
                415: errorBodySchema,
              },
            },
            bodyLimit: config.uploadLimit,
            handler: async (request) => {
              const body = request.body;
              if (!Buffer.isBuffer(body)) throw commonErrors.validation(`send the file as ${IMPORT_TYPES.join(', ')}`);
              const type =
                String(request.headers['content-type'] ?? '')
                  .split(';')[0]
                  ?.trim()
                  .toLowerCase() ?? '';
              return policyImport.preview(request.actor, body, type);
            },
          });
        }),
      );
    });
  };
}
