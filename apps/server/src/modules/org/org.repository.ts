import type { OrgKind, OrgStatus } from '@cz/shared';
import { and, asc, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { type OrgRow, organisations, orgIndicators } from './org.table.ts';

export type OrgFilter = {
  q?: string | undefined;
  kind?: OrgKind[] | undefined;
  status?: OrgStatus[] | undefined;
  industry?: string[] | undefined;
  industryChain?: string[] | undefined;
  park?: string | undefined;
  flags?: string[] | undefined;
  /** Restrict to these ids (used for exports of a selection). */
  ids?: number[] | undefined;
};

export type OrgWrite = Omit<typeof organisations.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

function whereOf(f: OrgFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.q) {
    // The bigram index narrows the rows (see migration 0003); ILIKE keeps the exact meaning of "contains".
    if ([...f.q].length >= 2) parts.push(sql`name_bigrams(${organisations.name}) @> name_bigrams(${f.q})`);
    parts.push(sql`${organisations.name} ILIKE ${likeFragment(f.q)}`);
  }
  if (f.kind?.length) parts.push(inArray(organisations.kind, f.kind));
  if (f.status?.length) parts.push(inArray(organisations.status, f.status));
  if (f.industry?.length) parts.push(inArray(organisations.industry, f.industry));
  if (f.industryChain?.length) parts.push(inArray(organisations.industryChain, f.industryChain));
  if (f.park) parts.push(eq(organisations.park, f.park));
  if (f.ids) parts.push(inArray(organisations.id, f.ids));
  for (const flag of f.flags ?? []) {
    if (flag === 'above_scale') parts.push(eq(organisations.isAboveScale, true));
    if (flag === 'specialized') parts.push(eq(organisations.isSpecialized, true));
    if (flag === 'tsme') parts.push(isNotNull(organisations.tsmeRegNo));
    // A 高新技术企业 counts while its certificate is valid today (Asia/Shanghai).
    if (flag === 'hte')
      parts.push(
        sql`${organisations.hteCertNo} IS NOT NULL AND (${organisations.hteValidTo} IS NULL OR ${organisations.hteValidTo} >= (now() AT TIME ZONE 'Asia/Shanghai')::date)`,
      );
  }
  return and(...parts.filter(Boolean));
}

const listColumns = {
  id: organisations.id,
  kind: organisations.kind,
  name: organisations.name,
  uscc: organisations.uscc,
  legalRep: organisations.legalRep,
  park: organisations.park,
  industry: organisations.industry,
  industryChain: organisations.industryChain,
  isAboveScale: organisations.isAboveScale,
  hteCertNo: organisations.hteCertNo,
  tsmeRegNo: organisations.tsmeRegNo,
  isSpecialized: organisations.isSpecialized,
  status: organisations.status,
  createdAt: organisations.createdAt,
};

export function createOrgRepository({ db }: { db: Db }) {
  return {
    async list(f: OrgFilter, page: { limit: number; offset: number }, sort: 'newest' | 'name' | 'relevance') {
      const where = whereOf(f);
      const order =
        sort === 'name'
          ? [sql`${organisations.name} COLLATE "C"`, asc(organisations.id)]
          : sort === 'relevance' && f.q
            ? [sql`similarity(${organisations.name}, ${f.q}) DESC`, desc(organisations.id)]
            : [desc(organisations.id)];
      if (!f.q) {
        // Without a search the page comes from the id index; the count is a separate (parallel) scan.
        const [items, [count]] = await Promise.all([
          db
            .select(listColumns)
            .from(organisations)
            .where(where)
            .orderBy(...order)
            .limit(page.limit)
            .offset(page.offset),
          db.select({ n: sql<number>`count(*)::int` }).from(organisations).where(where),
        ]);
        return { items, total: count?.n ?? 0 };
      }
      // A search narrows the rows through the bigram index: one round trip returns the page and the total alongside
      // (a count query is needed only past the last page).
      const rows = await db
        .select({ ...listColumns, total: sql<number>`count(*) OVER ()`.mapWith(Number) })
        .from(organisations)
        .where(where)
        .orderBy(...order)
        .limit(page.limit)
        .offset(page.offset);
      let total = rows[0]?.total ?? 0;
      if (rows.length === 0 && page.offset > 0) {
        const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(organisations).where(where);
        total = count?.n ?? 0;
      }
      const items = rows.map(({ total: _t, ...r }) => r);
      return { items, total };
    },
    /** Every matching row, in id order, in batches: for exports. */
    async *stream(f: OrgFilter, batch = 1000) {
      let after = 0;
      for (;;) {
        const rows = await db
          .select()
          .from(organisations)
          .where(and(whereOf(f), sql`${organisations.id} > ${after}`))
          .orderBy(asc(organisations.id))
          .limit(batch);
        if (rows.length === 0) return;
        yield rows;
        after = rows[rows.length - 1]?.id ?? after;
      }
    },
    async byId(tx: Tx, id: number, forUpdate = false): Promise<OrgRow | undefined> {
      const q = tx.select().from(organisations).where(eq(organisations.id, id));
      const [row] = forUpdate ? await q.for('update') : await q;
      return row;
    },
    async existingUscc(tx: Tx, codes: string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set();
      const rows = await tx
        .select({ uscc: organisations.uscc })
        .from(organisations)
        .where(inArray(organisations.uscc, codes));
      return new Set(rows.map((r) => r.uscc));
    },
    async insert(tx: Tx, values: OrgWrite): Promise<OrgRow> {
      const [row] = await tx.insert(organisations).values(values).returning();
      return row as OrgRow;
    },
    async insertMany(tx: Tx, values: OrgWrite[]): Promise<OrgRow[]> {
      const out: OrgRow[] = [];
      for (let i = 0; i < values.length; i += 500) {
        out.push(
          ...(await tx
            .insert(organisations)
            .values(values.slice(i, i + 500))
            .returning()),
        );
      }
      return out;
    },
    async update(tx: Tx, id: number, values: Partial<OrgWrite>, now: Date): Promise<OrgRow> {
      const [row] = await tx
        .update(organisations)
        .set({ ...values, updatedAt: now })
        .where(eq(organisations.id, id))
        .returning();
      return row as OrgRow;
    },
    async indicators(tx: Tx, orgId: number) {
      return tx.select().from(orgIndicators).where(eq(orgIndicators.orgId, orgId)).orderBy(desc(orgIndicators.year));
    },
    async indicator(tx: Tx, orgId: number, year: number) {
      const [row] = await tx
        .select()
        .from(orgIndicators)
        .where(and(eq(orgIndicators.orgId, orgId), eq(orgIndicators.year, year)))
        .for('update');
      return row;
    },
    async upsertIndicator(tx: Tx, orgId: number, values: Omit<typeof orgIndicators.$inferInsert, 'orgId'>, now: Date) {
      const [row] = await tx
        .insert(orgIndicators)
        .values({ ...values, orgId, updatedAt: now })
        .onConflictDoUpdate({
          target: [orgIndicators.orgId, orgIndicators.year],
          set: { ...values, updatedAt: now },
        })
        .returning();
      return row;
    },
    async deleteIndicator(tx: Tx, orgId: number, year: number) {
      await tx.delete(orgIndicators).where(and(eq(orgIndicators.orgId, orgId), eq(orgIndicators.year, year)));
    },
  };
}
export type OrgRepository = ReturnType<typeof createOrgRepository>;
