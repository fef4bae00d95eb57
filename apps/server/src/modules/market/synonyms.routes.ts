import { errorBodySchema, idParamSchema } from '@cz/shared';
import { synonymInputSchema, synonymListSchema, synonymSchema } from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SynonymService } from './synonyms.service.ts';

export function synonymRoutes({ synonyms }: { synonyms: SynonymService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['market'];
    app.get('/market/synonyms', {
      schema: {
        tags,
        summary: "Administration: the match's synonym table",
        response: { 200: synonymListSchema, 403: errorBodySchema },
      },
      handler: async (request) => synonyms.list(request.actor),
    });
    app.post('/market/synonyms', {
      schema: {
        tags,
        summary: 'Administration: add a group of words that mean the same',
        body: synonymInputSchema,
        response: { 201: synonymSchema, 403: errorBodySchema },
      },
      handler: async (request, res) => res.status(201).send(await synonyms.create(request.actor, request.body)),
    });
    app.put('/market/synonyms/:id', {
      schema: {
        tags,
        summary: 'Administration: change a group of synonyms',
        params: idParamSchema,
        body: synonymInputSchema,
        response: { 200: synonymSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => synonyms.update(request.actor, request.params.id, request.body),
    });
    app.delete('/market/synonyms/:id', {
      schema: {
        tags,
        summary: 'Administration: remove a group of synonyms',
        params: idParamSchema,
        response: { 204: z.null(), 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request, res) => {
        await synonyms.remove(request.actor, request.params.id);
        return res.status(204).send(null);
      },
    });
  };
}
