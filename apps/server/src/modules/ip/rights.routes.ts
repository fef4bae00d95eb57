import { errorBodySchema, idParamSchema } from '@cz/shared';
import {
  rightsCaseDetailSchema,
  rightsCaseInputSchema,
  rightsCaseListQuerySchema,
  rightsCaseMoveSchema,
  rightsCaseNoteInputSchema,
  rightsCasePageSchema,
} from '@cz/shared/ip';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RightsService } from './rights.service.ts';

const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };

/** 知识产权维权援助: cases asked for by enterprises, handled by the administration with an assigned expert or agency. */
export function rightsRoutes({ rights }: { rights: RightsService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['ip'];
    app.get('/ip/cases', {
      schema: {
        tags,
        summary:
          "Rights-protection cases: my organisation's, those assigned to me (an expert) or my agency, or all (administration); q searches the title, the parties and the number",
        querystring: rightsCaseListQuerySchema,
        response: { 200: rightsCasePageSchema, 403: errorBodySchema },
      },
      handler: async (request) => rights.list(request.actor, request.query),
    });
    app.post('/ip/cases', {
      schema: {
        tags,
        summary: 'Ask for help: infringed, accused of infringing, or an ownership dispute, with the evidence',
        body: rightsCaseInputSchema,
        response: { 201: rightsCaseDetailSchema, ...errors },
      },
      handler: async (request, reply) => reply.status(201).send(await rights.submit(request.actor, request.body)),
    });
    app.get('/ip/cases/:id', {
      schema: {
        tags,
        summary: 'A case with its notes and consultations',
        params: idParamSchema,
        response: { 200: rightsCaseDetailSchema, 404: errorBodySchema },
      },
      handler: async (request) => rights.get(request.actor, request.params.id),
    });
    app.post('/ip/cases/:id/moves', {
      schema: {
        tags,
        summary:
          'The administration: accept (expert and/or agency, deadline), decline, 处理中 / 调解 / 移送, or close with the outcome',
        params: idParamSchema,
        body: rightsCaseMoveSchema,
        response: { 200: rightsCaseDetailSchema, ...errors },
      },
      handler: async (request) => rights.move(request.actor, request.params.id, request.body),
    });
    app.post('/ip/cases/:id/notes', {
      schema: {
        tags,
        summary: "A note on the case, or the assigned expert's or agency's consultation",
        params: idParamSchema,
        body: rightsCaseNoteInputSchema,
        response: { 200: rightsCaseDetailSchema, ...errors },
      },
      handler: async (request) => rights.addNote(request.actor, request.params.id, request.body),
    });
  };
}
