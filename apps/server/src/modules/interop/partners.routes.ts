import {
  errorBodySchema,
  itemsOf,
  okSchema,
  partnerInputSchema,
  partnerListQuerySchema,
  partnerPageSchema,
  regionSchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isAdmin } from '../../kernel/actor.ts';
import { commonErrors } from '../../kernel/errors.ts';
import type { PartnerService } from './partners.service.ts';

const partnerInput = partnerInputSchema;

/** Active partner regions (code and name) for anyone logged in: the choices of a partner voucher or a reimbursement. */
export function regionRoutes({ partners }: { partners: PartnerService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/interop/regions', {
      schema: {
        tags: ['interop'],
        summary: 'Active partner regions (code and name)',
        response: { 200: itemsOf(regionSchema) },
      },
      handler: async () => ({ items: await partners.regions() }),
    });
  };
}

export function partnerRoutes({ partners }: { partners: PartnerService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['interop'];
    // Refused before the body is read further: the service checks again.
    app.addHook('preHandler', async (request) => {
      if (!isAdmin(request.actor)) throw commonErrors.forbidden();
    });
    app.get('/interop/partners', {
      schema: {
        tags,
        summary: 'Partner regions of 通用通兑 by code, a page at a time (admin)',
        querystring: partnerListQuerySchema,
        response: { 200: partnerPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => partners.list(request.actor, request.query),
    });
    app.put('/interop/partners/:code', {
      schema: {
        tags,
        summary: 'Register or update a partner region with its shared key (admin)',
        params: z.object({ code: partnerInputSchema.shape.code }),
        body: partnerInput,
        response: { 200: okSchema, 400: errorBodySchema, 403: errorBodySchema },
      },
      handler: async (request) => {
        // The address names the region; a code in the body is replaced by it.
        await partners.upsert(request.actor, { ...request.body, code: request.params.code });
        return { ok: true as const };
      },
    });
  };
}
