import {
  acceptedMimes,
  errorBodySchema,
  MATERIAL_KIND_CODES,
  MATERIAL_KINDS,
  materialInputSchema,
  materialKindsSchema,
  materialListQuerySchema,
  materialMetricsQuerySchema,
  materialMetricsSchema,
  materialPageSchema,
  materialPatchSchema,
  materialReviewSchema,
  materialSchema,
  resolveBodySchema,
  resolveResultSchema,
  vaultQuerySchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANYONE } from '../../kernel/http.ts';
import type { MaterialsService } from './materials.service.ts';

const orgParams = z.object({ orgId: z.coerce.number().int().positive() });
const materialParams = orgParams.extend({ id: z.coerce.number().int().positive() });

/** The kinds as data, for forms: names, period, end, files. */
const KINDS = {
  items: MATERIAL_KIND_CODES.map((code) => ({
    code,
    ...MATERIAL_KINDS[code],
    files: [...MATERIAL_KINDS[code].files],
    mimes: acceptedMimes(code),
  })),
};

export function materialsRoutes({ materials }: { materials: MaterialsService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['materials'];

    app.get('/materials/kinds', {
      schema: {
        tags,
        summary: '材料类型: the kinds of material, with their period, end date rule, files and names',
        security: ANYONE(),
        response: { 200: materialKindsSchema },
      },
      handler: async () => KINDS,
    });

    app.get('/materials', {
      schema: {
        tags,
        summary: 'Every enterprise’s materials (admin): by kind, review, validity, end within N days, enterprise name',
        querystring: materialListQuerySchema,
        response: { 200: materialPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => materials.list(request.actor, request.query),
    });

    app.get('/materials/metrics', {
      schema: {
        tags,
        summary: 'Uploads applications asked for, and how many although a valid material was in the vault (admin)',
        querystring: materialMetricsQuerySchema,
        response: { 200: materialMetricsSchema, 403: errorBodySchema },
      },
      handler: async (request) => materials.metrics(request.actor, request.query),
    });

    app.get('/materials/orgs/:orgId', {
      schema: {
        tags,
        summary: "An enterprise's vault with each material's validity (its members and the administration)",
        params: orgParams,
        querystring: vaultQuerySchema,
        response: { 200: materialPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => materials.vault(request.actor, request.params.orgId, request.query),
    });

    app.post('/materials/orgs/:orgId', {
      schema: {
        tags,
        summary: 'Put an uploaded file into the vault; it supersedes the current one of its kind and period',
        params: orgParams,
        body: materialInputSchema,
        response: {
          201: materialSchema,
          403: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
          415: errorBodySchema,
          422: errorBodySchema,
        },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await materials.create(request.actor, request.params.orgId, request.body)),
    });

    app.post('/materials/orgs/:orgId/resolve', {
      schema: {
        tags,
        summary:
          'What an application form gets from the vault: per requirement the valid materials, or what is missing',
        params: orgParams,
        body: resolveBodySchema,
        response: { 200: resolveResultSchema, 403: errorBodySchema },
      },
      handler: async (request) => materials.resolve(request.actor, request.params.orgId, request.body),
    });

    app.patch('/materials/orgs/:orgId/:id', {
      schema: {
        tags,
        summary: 'Correct the title, notes or period of a current material no application uses yet',
        params: materialParams,
        body: materialPatchSchema,
        response: { 200: materialSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) =>
        materials.update(request.actor, request.params.orgId, request.params.id, request.body),
    });

    app.post('/materials/orgs/:orgId/:id/review', {
      schema: {
        tags,
        summary: 'Check a material, or reject it with a reason (admin); the enterprise is told',
        params: materialParams,
        body: materialReviewSchema,
        response: { 200: materialSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request) =>
        materials.review(request.actor, request.params.orgId, request.params.id, request.body),
    });
  };
}
