import { type SQL, sql } from 'drizzle-orm';

/** A page request as every list endpoint takes it (`page` from 1). */
export type PageQuery = { page: number; pageSize: number };
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** LIMIT/OFFSET of a page, for Drizzle's `.limit().offset()`. */
export const pageWindow = (q: PageQuery) => ({ limit: q.pageSize, offset: (q.page - 1) * q.pageSize });

/** `LIMIT … OFFSET …` of a page, for raw SQL. */
export const pageClause = (q: PageQuery): SQL => sql`LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;

/** The reply of a list endpoint. */
export const pageOf = <T>(items: T[], total: number, q: PageQuery): Page<T> => ({
  items,
  total,
  page: q.page,
  pageSize: q.pageSize,
});

/** Every item of a paged list, page after page (exports walk the same query as the list they mirror). */
export async function allPages<T>(page: (n: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const out: T[] = [];
  for (let n = 1; ; n++) {
    const r = await page(n);
    out.push(...r.items);
    if (r.items.length === 0 || out.length >= r.total) return out;
  }
}
