import type { AffiliationKind } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../kernel/db/pg-error.ts';
import { commonErrors, createError } from '../../kernel/errors.ts';
import { orgErrors } from './org.errors.ts';

const affiliationErrors = {
  self: createError('org.affiliation_self', 400, 'an organisation cannot be affiliated with itself'),
  exists: createError('org.affiliation_exists', 409, 'these organisations are already recorded as affiliated'),
  notFound: createError('org.affiliation_not_found', 404, 'no such affiliation'),
};

/**
 * Affiliations (隶属、共建、产权纽带) recorded by the administration: related parties, whose use of each other's
 * services is not open sharing and may not be paid with innovation vouchers.
 */
export function createAffiliationService({ db }: { db: Db }) {
  const pair = (a: number, b: number) => [Math.min(a, b), Math.max(a, b)] as const;
  const assertAdmin = (actor: Actor | null) => {
    if (!actor) throw commonErrors.unauthenticated();
    if (!isAdmin(actor)) throw commonErrors.forbidden();
  };

  return {
    async list(actor: Actor | null, orgId: number) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!isAdmin(actor) && actor.orgId !== orgId) throw commonErrors.forbidden();
      const { rows } = await db.execute(sql`
        SELECT CASE WHEN a.org_a = ${orgId} THEN a.org_b ELSE a.org_a END AS "orgId", o.name AS "orgName", a.kind, a.note, a.created_at AS "createdAt"
        FROM org_affiliations a
        JOIN organisations o ON o.id = CASE WHEN a.org_a = ${orgId} THEN a.org_b ELSE a.org_a END
        WHERE a.org_a = ${orgId} OR a.org_b = ${orgId}
        ORDER BY o.name`);
      return rows as { orgId: number; orgName: string; kind: string; note: string; createdAt: string }[];
    },
    async add(actor: Actor | null, orgId: number, other: number, kind: AffiliationKind, note: string) {
      assertAdmin(actor);
      if (orgId === other) throw affiliationErrors.self();
      const [a, b] = pair(orgId, other);
      await db.transaction(async (tx) => {
        const { rows } = await tx.execute(sql`SELECT count(*)::int AS n FROM organisations WHERE id IN (${a}, ${b})`);
        if (rows[0]?.n !== 2) throw orgErrors.notFound();
        try {
          await tx.execute(
            sql`INSERT INTO org_affiliations (org_a, org_b, kind, note, created_by) VALUES (${a}, ${b}, ${kind}, ${note}, ${actor?.userId})`,
          );
        } catch (err) {
          if (isUniqueViolation(err)) throw affiliationErrors.exists();
          throw err;
        }
        await recordAudit(tx, actor, {
          action: 'org.affiliation.add',
          entity: 'org_affiliation',
          entityId: `${a}:${b}`,
          after: { orgA: a, orgB: b, kind, note },
        });
      });
    },
    async remove(actor: Actor | null, orgId: number, other: number) {
      assertAdmin(actor);
      const [a, b] = pair(orgId, other);
      await db.transaction(async (tx) => {
        const { rows } = await tx.execute(
          sql`DELETE FROM org_affiliations WHERE org_a = ${a} AND org_b = ${b} RETURNING kind, note`,
        );
        if (rows.length === 0) throw affiliationErrors.notFound();
        await recordAudit(tx, actor, {
          action: 'org.affiliation.remove',
          entity: 'org_affiliation',
          entityId: `${a}:${b}`,
          before: rows[0],
        });
      });
    },
  };
}
export type AffiliationService = ReturnType<typeof createAffiliationService>;
