import type { Partner, partnerInputSchema, Region } from '@cz/shared';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageClause, pageOf } from '../../kernel/paging.ts';
import { interopErrors } from './interop.errors.ts';

/** The registry of partner regions: administrators keep it; secrets are written, never read back. */
export function createPartnerService({ db }: { db: Db }) {
  const assertAdmin = (actor: Actor | null) => {
    if (!actor) throw commonErrors.unauthenticated();
    if (!isAdmin(actor)) throw commonErrors.forbidden();
  };
  return {
    /** Active partner regions (code and name) for anyone logged in: the choices of a partner voucher or a reimbursement. */
    async regions(): Promise<Region[]> {
      const { rows } = await db.execute(sql`SELECT code, name FROM partner_regions WHERE active ORDER BY name`);
      return rows as Region[];
    },

    async list(
      actor: Actor | null,
      q: { q?: string | undefined; active?: boolean | undefined; page: number; pageSize: number },
    ) {
      assertAdmin(actor);
      const parts = [sql`TRUE`];
      if (q.active !== undefined) parts.push(sql`active = ${q.active}`);
      if (q.q) {
        const like = likeFragment(q.q);
        parts.push(sql`(code ILIKE ${like} OR name ILIKE ${like} OR base_url ILIKE ${like})`);
      }
      const where = sql.join(parts, sql` AND `);
      const [items, count] = await Promise.all([
        db.execute(
          sql`SELECT code, name, base_url AS "baseUrl", active, created_at AS "createdAt" FROM partner_regions
              WHERE ${where} ORDER BY code ${pageClause(q)}`,
        ),
        db.execute(sql`SELECT count(*)::int AS n FROM partner_regions WHERE ${where}`),
      ]);
      return pageOf(items.rows as Partner[], (count.rows[0]?.n as number) ?? 0, q);
    },

    /** Registers a region with its shared key, or updates one (keeping its key when none is given). */
    async upsert(actor: Actor | null, parsed: z.infer<typeof partnerInputSchema>) {
      assertAdmin(actor);
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
        await recordAudit(tx, actor, {
          action: 'interop.partner',
          entity: 'partner_region',
          entityId: parsed.code,
          after: { ...parsed, secret: '[redacted]' },
        });
      });
    },
  };
}
export type PartnerService = ReturnType<typeof createPartnerService>;
