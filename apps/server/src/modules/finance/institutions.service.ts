import type { Institution, institutionInputSchema, institutionListQuerySchema } from '@cz/shared/finance';
import { and, asc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { orgDirectory } from '../org/index.ts';
import { financeErrors } from './finance.errors.ts';
import { financeInstitutions, financeProducts, type InstitutionRow } from './finance.table.ts';

const productCount = sql<number>`(SELECT count(*)::int FROM ${financeProducts} p
  WHERE p.institution_org_id = ${financeInstitutions.orgId} AND p.status = 'published')`;

const staff = sql<string[]>`ARRAY(SELECT u.display_name FROM user_directory u
  WHERE u.org_id = ${financeInstitutions.orgId} AND u.status = 'active' ORDER BY u.id)`;

const select = (tx: Tx | Db) =>
  tx
    .select({
      i: financeInstitutions,
      name: orgDirectory.name,
      status: orgDirectory.status,
      products: productCount,
      staff,
    })
    .from(financeInstitutions)
    .innerJoin(orgDirectory, eq(orgDirectory.id, financeInstitutions.orgId));

const toInstitution = (r: {
  i: InstitutionRow;
  name: string;
  status: string;
  products: number;
  staff: string[];
}): Institution => ({
  orgId: r.i.orgId,
  name: r.name,
  kind: r.i.kind,
  intro: r.i.intro,
  branches: r.i.branches,
  contactName: r.i.contactName,
  contactPhone: r.i.contactPhone,
  productCount: r.products,
  staff: r.staff,
  verified: r.status === 'verified',
  updatedAt: r.i.updatedAt.toISOString(),
});

/** The acting member's institution: a verified organisation of kind finance with its profile, or the reason not. */
export async function institutionOf(tx: Tx | Db, actor: Actor | null): Promise<InstitutionRow> {
  if (!actor) throw commonErrors.unauthenticated();
  if (!actor.orgId) throw financeErrors.notInstitution();
  const [row] = await tx
    .select({ i: financeInstitutions, status: orgDirectory.status })
    .from(financeInstitutions)
    .innerJoin(orgDirectory, eq(orgDirectory.id, financeInstitutions.orgId))
    .where(eq(financeInstitutions.orgId, actor.orgId));
  if (row?.status !== 'verified') throw financeErrors.notInstitution();
  return row.i;
}

/**
 * 金融机构 as the supermarket shows them: verified organisations of kind finance that have written their profile
 * (kind, introduction, branches with the 科技专业支行 marked, a contact). Members of the institution keep the profile.
 */
export function createInstitutionService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    async list(q: z.output<typeof institutionListQuerySchema>) {
      const where: SQL | undefined = and(
        eq(orgDirectory.status, 'verified'),
        q.kind ? eq(financeInstitutions.kind, q.kind) : undefined,
        q.q ? ilike(orgDirectory.name, likeFragment(q.q)) : undefined,
      );
      const [rows, [count]] = await Promise.all([
        select(db)
          .where(where)
          .orderBy(asc(financeInstitutions.kind), asc(orgDirectory.name))
          .limit(pageWindow(q).limit)
          .offset(pageWindow(q).offset),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(financeInstitutions)
          .innerJoin(orgDirectory, eq(orgDirectory.id, financeInstitutions.orgId))
          .where(where),
      ]);
      return pageOf(rows.map(toInstitution), count?.n ?? 0, q);
    },

    async get(orgId: number) {
      const [row] = await select(db).where(eq(financeInstitutions.orgId, orgId));
      if (row?.status !== 'verified') throw financeErrors.institutionNotFound();
      return toInstitution(row);
    },

    /** My institution's profile; null while it has none. */
    async mine(actor: Actor | null) {
      if (!actor?.orgId) throw financeErrors.notFinanceOrg();
      const [row] = await select(db).where(eq(financeInstitutions.orgId, actor.orgId));
      return row ? toInstitution(row) : null;
    },

    /** Writes my institution's profile (only a verified organisation of kind finance has one). */
    async saveMine(actor: Actor | null, input: z.output<typeof institutionInputSchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      const orgId = actor.orgId;
      if (!orgId || actor.role !== 'finance') throw financeErrors.notFinanceOrg();
      return db.transaction(async (tx) => {
        const [org] = await tx.select().from(orgDirectory).where(eq(orgDirectory.id, orgId));
        if (org?.kind !== 'finance' || org.status !== 'verified') throw financeErrors.notFinanceOrg();
        const [before] = await tx
          .select()
          .from(financeInstitutions)
          .where(eq(financeInstitutions.orgId, orgId))
          .for('update');
        const now = clock.now();
        const values = {
          kind: input.kind,
          intro: input.intro,
          branches: input.branches,
          contactName: input.contactName,
          contactPhone: input.contactPhone,
          updatedBy: actor.userId,
          updatedAt: now,
        };
        const [after] = await tx
          .insert(financeInstitutions)
          .values({ orgId, ...values, createdAt: now })
          .onConflictDoUpdate({ target: financeInstitutions.orgId, set: values })
          .returning();
        await recordAudit(tx, actor, {
          action: before ? 'finance.institution.update' : 'finance.institution.create',
          entity: 'finance_institution',
          entityId: orgId,
          before: before ? { kind: before.kind, branches: before.branches.length } : undefined,
          after: { kind: after?.kind, branches: after?.branches.length },
        });
        const [row] = await select(tx).where(eq(financeInstitutions.orgId, orgId));
        return toInstitution(row as Parameters<typeof toInstitution>[0]);
      });
    },
  };
}
export type InstitutionService = ReturnType<typeof createInstitutionService>;
