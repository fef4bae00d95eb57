import type { MaterialKind, MaterialReview, MaterialStatus } from '@cz/shared';
import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { orgDirectory } from '../org/index.ts';
import { materialRequests, materials, materialUses } from './materials.table.ts';

export type MaterialFilter = {
  orgId?: number | undefined;
  q?: string | undefined;
  kind?: MaterialKind | undefined;
  kinds?: MaterialKind[] | undefined;
  review?: MaterialReview | undefined;
  status: MaterialStatus | 'all';
  /** Validity on `today`: per-year materials are always valid. */
  validity?: 'valid' | 'expired' | 'not_yet_valid' | undefined;
  expiringWithin?: number | undefined;
  today: string;
};
export type MaterialSort = 'newest' | 'validTo';

const usesOf = sql<number>`(SELECT count(*)::int FROM ${materialUses} u WHERE u.material_id = ${materials.id})`;

const columns = {
  id: materials.id,
  orgId: materials.orgId,
  orgName: orgDirectory.name,
  kind: materials.kind,
  title: materials.title,
  year: materials.year,
  validFrom: materials.validFrom,
  validTo: materials.validTo,
  notes: materials.notes,
  file: materials.file,
  fileName: materials.fileName,
  ipRecordId: materials.ipRecordId,
  status: materials.status,
  supersededBy: materials.supersededBy,
  supersededAt: materials.supersededAt,
  review: materials.review,
  rejectReason: materials.rejectReason,
  reviewedAt: materials.reviewedAt,
  uses: usesOf,
  createdAt: materials.createdAt,
  updatedAt: materials.updatedAt,
};
export type MaterialView = NonNullable<Awaited<ReturnType<MaterialsRepository['view']>>>;

function whereOf(f: MaterialFilter): SQL | undefined {
  const today = sql`${f.today}::date`;
  const parts: (SQL | undefined)[] = [];
  if (f.orgId !== undefined) parts.push(eq(materials.orgId, f.orgId));
  if (f.status !== 'all') parts.push(eq(materials.status, f.status));
  if (f.kind) parts.push(eq(materials.kind, f.kind));
  if (f.kinds) parts.push(inArray(materials.kind, f.kinds));
  if (f.review) parts.push(eq(materials.review, f.review));
  if (f.q) {
    const fragment = likeFragment(f.q);
    parts.push(or(sql`${orgDirectory.name} ILIKE ${fragment}`, sql`${materials.title} ILIKE ${fragment}`));
  }
  if (f.validity === 'valid')
    parts.push(
      sql`(${materials.validFrom} IS NULL OR (${materials.validFrom} <= ${today} AND (${materials.validTo} IS NULL OR ${materials.validTo} >= ${today})))`,
    );
  if (f.validity === 'expired') parts.push(sql`${materials.validTo} < ${today}`);
  if (f.validity === 'not_yet_valid') parts.push(sql`${materials.validFrom} > ${today}`);
  if (f.expiringWithin !== undefined)
    parts.push(sql`${materials.validTo} BETWEEN ${today} AND ${today} + ${f.expiringWithin}::int`);
  return and(...parts);
}

const ORDER: Record<MaterialSort, SQL[]> = {
  newest: [desc(materials.id)],
  validTo: [sql`${materials.validTo} ASC NULLS LAST`, desc(materials.id)],
};

export function createMaterialsRepository({ db }: { db: Db }) {
  const select = (tx: Tx) =>
    tx.select(columns).from(materials).innerJoin(orgDirectory, eq(orgDirectory.id, materials.orgId));

  return {
    async list(f: MaterialFilter, page: { limit: number; offset: number }, sort: MaterialSort = 'newest') {
      const where = whereOf(f);
      const [items, [count]] = await Promise.all([
        select(db)
          .where(where)
          .orderBy(...ORDER[sort])
          .limit(page.limit)
          .offset(page.offset),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(materials)
          .innerJoin(orgDirectory, eq(orgDirectory.id, materials.orgId))
          .where(where),
      ]);
      return { items, total: count?.n ?? 0 };
    },

    /** Every material of these ids, as the lists show them. */
    async views(tx: Tx, ids: number[]) {
      if (ids.length === 0) return [];
      return select(tx).where(inArray(materials.id, ids)).orderBy(asc(materials.id));
    },

    async view(tx: Tx, id: number) {
      const [row] = await select(tx).where(eq(materials.id, id));
      return row;
    },

    /** An organisation's current materials of these kinds (for a resolution). */
    async current(tx: Tx, orgId: number, kinds: MaterialKind[]) {
      if (kinds.length === 0) return [];
      return select(tx)
        .where(and(eq(materials.orgId, orgId), eq(materials.status, 'current'), inArray(materials.kind, kinds)))
        .orderBy(desc(materials.id));
    },

    async byId(tx: Tx, id: number, forUpdate = false) {
      const q = tx.select().from(materials).where(eq(materials.id, id));
      const [row] = forUpdate ? await q.for('update') : await q;
      return row;
    },

    /** Serialises writes of one organisation's materials of one kind (a supersede reads, then inserts). */
    async lockKind(tx: Tx, orgId: number, kind: MaterialKind) {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`materials:${orgId}:${kind}`}, 0))`);
    },

    /** The current materials of one kind and period (its year; any for dated kinds), locked for superseding. */
    async currentOfPeriod(tx: Tx, orgId: number, kind: MaterialKind, year: number | null) {
      return tx
        .select()
        .from(materials)
        .where(
          and(
            eq(materials.orgId, orgId),
            eq(materials.kind, kind),
            eq(materials.status, 'current'),
            year === null ? undefined : eq(materials.year, year),
          ),
        )
        .for('update');
    },

    async insert(tx: Tx, values: typeof materials.$inferInsert) {
      const [row] = await tx.insert(materials).values(values).returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    },

    async update(tx: Tx, id: number, values: Partial<typeof materials.$inferInsert>) {
      const [row] = await tx.update(materials).set(values).where(eq(materials.id, id)).returning();
      if (!row) throw new Error('update returned nothing');
      return row;
    },

    /** Takes these materials out of the current ones (kept, marked superseded). */
    async markSuperseded(tx: Tx, ids: number[], at: Date) {
      if (ids.length === 0) return;
      await tx
        .update(materials)
        .set({ status: 'superseded', supersededAt: at, updatedAt: at })
        .where(inArray(materials.id, ids));
    },

    /** Names the material that superseded these. */
    async pointSuperseded(tx: Tx, ids: number[], by: number) {
      if (ids.length === 0) return;
      await tx.update(materials).set({ supersededBy: by }).where(inArray(materials.id, ids));
    },

    async useCount(tx: Tx, id: number): Promise<number> {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(materialUses)
        .where(eq(materialUses.materialId, id));
      return row?.n ?? 0;
    },

    /** Locks these materials (an attachment reads them, then records their use). */
    async lockMany(tx: Tx, ids: number[]) {
      if (ids.length === 0) return [];
      return tx.select().from(materials).where(inArray(materials.id, ids)).for('update');
    },

    async insertUses(tx: Tx, values: (typeof materialUses.$inferInsert)[]) {
      if (values.length === 0) return 0;
      const rows = await tx.insert(materialUses).values(values).onConflictDoNothing().returning();
      return rows.length;
    },

    async insertRequest(tx: Tx, values: typeof materialRequests.$inferInsert) {
      const [row] = await tx.insert(materialRequests).values(values).returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    },

    /** How many uploads applications asked for, and how many of them although a valid material was there. */
    async requestCounts(tx: Tx, range: { from?: string | undefined; to?: string | undefined }) {
      const parts: SQL[] = [];
      if (range.from)
        parts.push(sql`(${materialRequests.askedAt} AT TIME ZONE 'Asia/Shanghai')::date >= ${range.from}::date`);
      if (range.to)
        parts.push(sql`(${materialRequests.askedAt} AT TIME ZONE 'Asia/Shanghai')::date <= ${range.to}::date`);
      const [row] = await tx
        .select({
          asked: sql<number>`count(*)::int`,
          askedAgain: sql<number>`(count(*) FILTER (WHERE ${materialRequests.validExisted}))::int`,
        })
        .from(materialRequests)
        .where(and(...parts));
      return { asked: row?.asked ?? 0, askedAgain: row?.askedAgain ?? 0 };
    },
  };
}
export type MaterialsRepository = ReturnType<typeof createMaterialsRepository>;
