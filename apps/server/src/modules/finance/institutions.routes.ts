import { errorBodySchema, idParamSchema } from '@cz/shared';
import {
  financeSettingsSchema,
  institutionInputSchema,
  institutionListQuerySchema,
  institutionPageSchema,
  institutionSchema,
  LABEL_CODE,
  labelSchema,
  settingsResponseSchema,
} from '@cz/shared/finance';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANYONE } from '../../kernel/http.ts';
import type { InstitutionService } from './institutions.service.ts';
import type { FinanceSettingsService } from './settings.service.ts';

export function institutionRoutes({
  institutions,
  settings,
}: {
  institutions: InstitutionService;
  settings: FinanceSettingsService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['finance'];
    app.get('/finance/institutions', {
      schema: {
        tags,
        summary: '金融机构 of the supermarket (verified, with their profile)',
        security: ANYONE(),
        querystring: institutionListQuerySchema,
        response: { 200: institutionPageSchema },
      },
      handler: async (request) => institutions.list(request.query),
    });
    app.get('/finance/institutions/mine', {
      schema: {
        tags,
        summary: 'My institution’s profile (null while it has none)',
        response: { 200: institutionSchema.nullable(), 403: errorBodySchema },
      },
      handler: async (request) => institutions.mine(request.actor),
    });
    app.put('/finance/institutions/mine', {
      schema: {
        tags,
        summary: 'Write my institution’s profile (a verified organisation of kind finance)',
        body: institutionInputSchema,
        response: { 200: institutionSchema, 403: errorBodySchema },
      },
      handler: async (request) => institutions.saveMine(request.actor, request.body),
    });
    app.get('/finance/institutions/:id', {
      schema: {
        tags,
        summary: 'One institution',
        security: ANYONE(),
        params: idParamSchema,
        response: { 200: institutionSchema, 404: errorBodySchema },
      },
      handler: async (request) => institutions.get(request.params.id),
    });
    app.get('/finance/settings', {
      schema: { tags, summary: 'The finance area’s settings', response: { 200: settingsResponseSchema } },
      handler: async () => settings.read(),
    });
    app.put('/finance/settings', {
      schema: {
        tags,
        summary: 'Finance office: change the settings',
        body: financeSettingsSchema,
        response: { 200: settingsResponseSchema, 403: errorBodySchema },
      },
      handler: async (request) => settings.update(request.actor, request.body),
    });
    app.put('/finance/labels/:code', {
      schema: {
        tags,
        summary: 'Finance office: add or change a product label',
        params: z.object({ code: z.string().regex(LABEL_CODE) }),
        body: labelSchema.omit({ code: true }),
        response: { 200: labelSchema, 403: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request) => settings.putLabel(request.actor, { ...request.body, code: request.params.code }),
    });
  };
}
