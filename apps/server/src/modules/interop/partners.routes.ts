import {
  errorBodySchema,
  itemsOf,
  okSchema,
  type Partner,
  partnerInputSchema,
  partnerSchema,
  type Region,
  regionSchema,
} from '@cz/shared';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { requireLogin } from '../../kernel/http.ts';
import { interopErrors } from './interop.errors.ts';

const partnerInput = partnerInputSchema;

/** The registry of partner regions (admin). Secrets are written, never read back. */
/** Active partner regions (code and name) for anyone logged in: the choices of a partner voucher or a reimbursement. */
export function regionRoutes({ db }: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/interop/regions', {
      schema: {
        tags: ['interop'],
        summary: 'Active partner regions (code and name)',
        response: { 200: itemsOf(regionSchema) },
      },
      preHandler: requireLogin,
      handler: async () => {
        const { rows } = await db.execute(sql`SELECT code, name FROM partner_regions WHERE active ORDER BY name`);
        return { items: rows as Region[] };
      },
    });
  };
}

export function partnerRoutes({ db }: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['interop'];
    app.addHook('preHandler', requireLogin);
    app.addHook('preHandler', async (request) => {
      if (!isAdmin(request.actor)) throw commonErrors.forbidden();
    });
    app.get('/interop/partners', {
      schema: {
        tags,
        summary: 'Partner regions of 通用通兑 (admin)',
        response: { 200: itemsOf(partnerSchema), 403: errorBodySchema },
      },
      handler: async () => {
        const { rows } = await db.execute(
          sql`SELECT code, name, base_url AS "baseUrl", active, created_at AS "createdAt" FROM partner_regions ORDER BY code`,
        );
        return { items: rows as Partner[] };
      },
    });
    app.put('/interop/partners/:code', {
      schema: {
        tags,
        summary: 'Register or update a partner region with its shared key (admin)',
        params: z.object({ code: z.string() }),
        body: partnerInput,
        response: { 200: okSchema, 400: errorBodySchema, 403: errorBodySchema },
      },
      handler: async (request) => {
        const parsed = partnerInput.parse({ ...request.body, code: request.params.code });
        await db.transaction(async (tx) => {
          if (parsed.secret) {
            await tx.execute(sql`
              INSERT INTO partner_regions (code, name, base_url, secret, active) VALUES (${parsed.code}, ${parsed.name}, ${parsed.baseUrl}, ${parsed.secret}, ${parsed.active})
              ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, base_url = EXCLUDED.base_url, secret = EXCLUDED.secret, active = EXCLUDED.active`);
          } else {
            const { rows } = await tx.execute(sql`
              UPDATE partner_regions SET name = ${parsed.name}, base_url = ${parsed.baseUrl}, active = ${parsed.active} WHERE code = ${parsed.code} RETURNING code`);
            if (rows.length === 0) throw interopErrors.secretRequired();
          }
          await recordAudit(tx, request.actor, {
            action: 'interop.partner',
            entity: 'partner_region',
            entityId: parsed.code,
            after: { ...parsed, secret: '[redacted]' },
          });
        });
        return { ok: true as const };
      },
    });
  };
}
