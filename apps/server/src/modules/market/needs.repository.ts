import type { NeedStatus, TechField } from '@cz/shared/market';
import { and, desc, eq, getTableColumns, gte, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { orgDirectory } from '../org/index.ts';
import { marketNeeds as n } from './market.table.ts';

export type NeedFilter = {
  q?: string | undefined;
  field?: TechField | undefined;
  status?: NeedStatus | undefined;
  ownerOrgId?: number | undefined;
  /** Only needs whose deadline is on or after this day (YYYY-MM-DD). */
  openOn?: string | undefined;
  /** Only what the public sees: published needs. */
  publicOnly: boolean;
};

/** A need with its owner's name (from the organisation registry's published view). */
const viewColumns = { ...getTableColumns(n), ownerName: orgDirectory.name };

export function createNeedRepository({ db }: { db: Db }) {
  const conditions = (f: NeedFilter): SQL[] => {
    const out: SQL[] = [];
    if (f.publicOnly) out.push(eq(n.status, 'published'));
    if (f.status) out.push(eq(n.status, f.status));
    if (f.ownerOrgId) out.push(eq(n.ownerOrgId, f.ownerOrgId));
    if (f.field) out.push(eq(n.field, f.field));
    if (f.openOn) out.push(gte(n.deadline, f.openOn));
    if (f.q) {
      const like = likeFragment(f.q);
      // The summary and the keywords only: confidential details are not searched by those who may not read them.
      out.push(
        sql`(${n.title} ILIKE ${like} OR ${n.summary} ILIKE ${like} OR array_to_string(${n.keywords}, ' ') ILIKE ${like})`,
      );
    }
    return out;
  };
  return {
    async list(f: NeedFilter, page: { limit: number; offset: number }) {
      const where = and(...conditions(f));
      const [items, [count]] = await Promise.all([
        db
          .select(viewColumns)
          .from(n)
          .innerJoin(orgDirectory, eq(orgDirectory.id, n.ownerOrgId))
          .where(where)
          .orderBy(desc(sql`coalesce(${n.publishedAt}, ${n.updatedAt})`), desc(n.id))
          .limit(page.limit)
          .offset(page.offset),
        db.select({ n: sql<number>`count(*)::int` }).from(n).where(where),
      ]);
      return { items, total: count?.n ?? 0 };
    },
    async view(tx: Tx | Db, id: number) {
      const [row] = await tx
        .select(viewColumns)
        .from(n)
        .innerJoin(orgDirectory, eq(orgDirectory.id, n.ownerOrgId))
        .where(eq(n.id, id));
      return row;
    },
    async byId(tx: Tx | Db, id: number, forUpdate = false) {
      const q = tx.select().from(n).where(eq(n.id, id));
      const [row] = await (forUpdate ? q.for('update') : q);
      return row;
    },
    async insert(tx: Tx, values: typeof n.$inferInsert) {
      const [row] = await tx.insert(n).values(values).returning();
      return row as typeof n.$inferSelect;
    },
    async update(tx: Tx, id: number, values: Partial<typeof n.$inferInsert>, from?: readonly NeedStatus[]) {
      const [row] = await tx
        .update(n)
        .set(values)
        .where(and(eq(n.id, id), from ? inArray(n.status, [...from]) : undefined))
        .returning();
      return row;
    },
    async submittedCount(tx: Tx | Db) {
      const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(n).where(eq(n.status, 'submitted'));
      return row?.n ?? 0;
    },
  };
}
export type NeedRepository = ReturnType<typeof createNeedRepository>;
