import {
  errorBodySchema,
  idParamSchema,
  policyAdminQuerySchema,
  policyAttachmentsBodySchema,
  policyDocumentInputSchema,
  policyDocumentRowPageSchema,
  policyDocumentSchema,
  policyIssuersSchema,
  policyRelatedSchema,
  policyRepealBodySchema,
  policySearchPageSchema,
  policySearchQuerySchema,
  xlsxResponse,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, sendXlsx } from '../../kernel/excel.ts';
import { ANYONE } from '../../kernel/http.ts';
import { allPages } from '../../kernel/paging.ts';
import { policyExportWorkbook } from './policy.documents.excel.ts';
import type { PolicyDocumentService } from './policy.documents.service.ts';
import type { PolicySearchService } from './policy.search.service.ts';

const tags = ['policy'];

/** 政策库 for everyone: search, a document, related documents, the issuers. Published documents only. */
export function policyLibraryRoutes({
  search,
  documents,
}: {
  search: PolicySearchService;
  documents: PolicyDocumentService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/policy/documents', {
      schema: {
        tags,
        summary:
          '政策库: published documents, searched in Chinese (every word of q must match), filtered, ranked by relevance or date, with snippets',
        security: ANYONE(),
        querystring: policySearchQuerySchema,
        response: { 200: policySearchPageSchema, 400: errorBodySchema },
      },
      handler: async (request) => search.search(request.query),
    });

    app.get('/policy/documents/:id', {
      schema: {
        tags,
        summary:
          'A published document: facts, 解读, FAQ, full text, attachments, what replaced it and what it replaced',
        security: ANYONE(),
        params: idParamSchema,
        response: { 200: policyDocumentSchema, 404: errorBodySchema },
      },
      handler: async (request) => documents.getPublished(request.params.id),
    });

    app.get('/policy/documents/:id/related', {
      schema: {
        tags,
        summary: 'Published documents sharing tags or key words with one, best first',
        security: ANYONE(),
        params: idParamSchema,
        response: { 200: policyRelatedSchema, 404: errorBodySchema },
      },
      handler: async (request) => search.related(request.params.id),
    });

    app.get('/policy/issuers', {
      schema: {
        tags,
        summary: 'The issuers of published documents, with how many each has (the issuer filter)',
        security: ANYONE(),
        response: { 200: policyIssuersSchema },
      },
      handler: async () => search.issuers(),
    });
  };
}

/** The administration's library: every state, writing, publishing, repealing, attachments, export. */
export function policyAdminRoutes({ documents }: { documents: PolicyDocumentService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/policy/admin/documents', {
      schema: {
        tags,
        summary:
          'Every document (drafts, published, expired, repealed) with filters, a fragment search and paging (admin)',
        querystring: policyAdminQuerySchema,
        response: { 200: policyDocumentRowPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => documents.list(request.actor, request.query),
    });

    app.get('/policy/admin/documents/export.xlsx', {
      schema: {
        tags,
        summary: 'The documents of the list as Excel, with its filters (admin)',
        querystring: policyAdminQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The documents matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          documents.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        return sendXlsx(reply, datedXlsxName('policy-documents'), await policyExportWorkbook(items));
      },
    });

    app.post('/policy/admin/documents', {
      schema: {
        tags,
        summary: 'Write a new document as a draft (admin)',
        body: policyDocumentInputSchema,
        response: { 201: policyDocumentSchema, 403: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request, reply) => reply.status(201).send(await documents.create(request.actor, request.body)),
    });

    app.get('/policy/admin/documents/:id', {
      schema: {
        tags,
        summary: 'Any document, in any state (admin)',
        params: idParamSchema,
        response: { 200: policyDocumentSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => documents.get(request.actor, request.params.id),
    });

    app.put('/policy/admin/documents/:id', {
      schema: {
        tags,
        summary: 'Change a draft or a published document (a repealed one stays as it was) (admin)',
        params: idParamSchema,
        body: policyDocumentInputSchema,
        response: { 200: policyDocumentSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) => documents.update(request.actor, request.params.id, request.body),
    });

    app.post('/policy/admin/documents/:id/publish', {
      schema: {
        tags,
        summary: 'Publish a draft: it needs its date of issue (admin)',
        params: idParamSchema,
        response: { 200: policyDocumentSchema, 403: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request) => documents.publish(request.actor, request.params.id),
    });

    app.post('/policy/admin/documents/:id/repeal', {
      schema: {
        tags,
        summary: 'Repeal a published document from a date, naming the published document that replaces it (admin)',
        params: idParamSchema,
        body: policyRepealBodySchema,
        response: { 200: policyDocumentSchema, 403: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request) => documents.repeal(request.actor, request.params.id, request.body),
    });

    app.put('/policy/admin/documents/:id/attachments', {
      schema: {
        tags,
        summary: "Set a document's attached files, in order, with the names readers see (admin)",
        params: idParamSchema,
        body: policyAttachmentsBodySchema,
        response: { 200: policyDocumentSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => documents.setAttachments(request.actor, request.params.id, request.body.attachments),
    });
  };
}
