import type { AchievementStage, AchievementStatus, TechField, TransferMode } from '@cz/shared/market';
import { and, desc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { lexemeQuery } from '../../kernel/text/segmenter.ts';
import { orgDirectory } from '../org/index.ts';
import { matchTokens } from './market.match-text.ts';
import { marketAchievements as a } from './market.table.ts';

/** An achievement as the flow reads it (without its match vector). */
export type AchievementRow = Omit<typeof a.$inferSelect, 'matchVector'>;

export type AchievementFilter = {
  q?: string | undefined;
  field?: TechField | undefined;
  stage?: AchievementStage | undefined;
  mode?: TransferMode | undefined;
  status?: AchievementStatus | undefined;
  ownerOrgId?: number | undefined;
  /** Only what the public sees: published achievements. */
  publicOnly: boolean;
};

/** An achievement's columns but its match vector (which only the match reads). */
const { matchVector: _vector, ...rowColumns } = getTableColumns(a);
/** An achievement with its owner's name and kind (from the organisation registry's published view). */
const viewColumns = { ...rowColumns, ownerName: orgDirectory.name, ownerKind: orgDirectory.kind };

export function createAchievementRepository({ db }: { db: Db }) {
  const conditions = (f: AchievementFilter): SQL[] => {
    const out: SQL[] = [];
    if (f.publicOnly) out.push(eq(a.status, 'published'));
    if (f.status) out.push(eq(a.status, f.status));
    if (f.ownerOrgId) out.push(eq(a.ownerOrgId, f.ownerOrgId));
    if (f.field) out.push(eq(a.field, f.field));
    if (f.stage) out.push(eq(a.stage, f.stage));
    if (f.mode) out.push(sql`${a.transferModes} @> ARRAY[${f.mode}]::text[]`);
    if (f.q) {
      // By the match vector's words (jieba, the market's dictionary) through its GIN index, every word of the query
      // required; a query of stop words or single characters only falls back to a substring search.
      const words = [...new Set(matchTokens(f.q))];
      if (words.length) out.push(sql`${a.matchVector} @@ to_tsquery('simple', ${lexemeQuery(words, '&')})`);
      else {
        const like = likeFragment(f.q);
        out.push(
          sql`(${a.title} ILIKE ${like} OR ${a.summary} ILIKE ${like} OR array_to_string(${a.keywords}, ' ') ILIKE ${like})`,
        );
      }
    }
    return out;
  };
  return {
    async list(f: AchievementFilter, page: { limit: number; offset: number }) {
      const where = and(...conditions(f));
      const [items, [count]] = await Promise.all([
        db
          .select(viewColumns)
          .from(a)
          .innerJoin(orgDirectory, eq(orgDirectory.id, a.ownerOrgId))
          .where(where)
          // The public list in the order of its partial index (published_at is set on every published row), so
          // that a search of a common word reads the newest matches first instead of sorting them all.
          .orderBy(
            ...(f.publicOnly
              ? [desc(a.publishedAt), desc(a.id)]
              : [desc(sql`coalesce(${a.publishedAt}, ${a.updatedAt})`), desc(a.id)]),
          )
          .limit(page.limit)
          .offset(page.offset),
        f.q
          ? // Counting the matches of a common word: PostgreSQL's default random_page_cost (4, for spinning disks)
            // makes a scan of every vector look cheaper than the GIN index's bitmap, which is 3–4 times faster on
            // SSD storage (11 against 39 ms for a word in 4,700 of 50,000 achievements; docs/PERFORMANCE.md).
            db.transaction(async (tx) => {
              await tx.execute(sql`SET LOCAL random_page_cost = 1.1`);
              return tx.select({ n: sql<number>`count(*)::int` }).from(a).where(where);
            })
          : db.select({ n: sql<number>`count(*)::int` }).from(a).where(where),
      ]);
      return { items, total: count?.n ?? 0 };
    },
    async view(tx: Tx | Db, id: number) {
      const [row] = await tx
        .select(viewColumns)
        .from(a)
        .innerJoin(orgDirectory, eq(orgDirectory.id, a.ownerOrgId))
        .where(eq(a.id, id));
      return row;
    },
    async byId(tx: Tx | Db, id: number, forUpdate = false) {
      const q = tx.select(rowColumns).from(a).where(eq(a.id, id));
      const [row] = await (forUpdate ? q.for('update') : q);
      return row;
    },
    async insert(tx: Tx, values: typeof a.$inferInsert) {
      const [row] = await tx.insert(a).values(values).returning(rowColumns);
      return row as AchievementRow;
    },
    /** Changes the row; with `from`, only while its status is one of them (undefined when it was not). */
    async update(tx: Tx, id: number, values: Partial<typeof a.$inferInsert>, from?: readonly AchievementStatus[]) {
      const [row] = await tx
        .update(a)
        .set(values)
        .where(and(eq(a.id, id), from ? inArray(a.status, [...from]) : undefined))
        .returning(rowColumns);
      return row;
    },
    async submittedCount(tx: Tx | Db) {
      const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(a).where(eq(a.status, 'submitted'));
      return row?.n ?? 0;
    },
  };
}
export type AchievementRepository = ReturnType<typeof createAchievementRepository>;
