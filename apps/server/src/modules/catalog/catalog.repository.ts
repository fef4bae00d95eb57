import type { ServiceCategory } from '@cz/shared';
import { and, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment, searchQuery, searchVector } from '../../kernel/db/search.ts';
import { orgDirectory } from '../org/index.ts';
import { services } from './catalog.table.ts';

export type ServiceFilter = {
  q?: string | undefined;
  category?: ServiceCategory | undefined;
  priceMin?: number | undefined;
  priceMax?: number | undefined;
  region?: string | undefined;
  minRating?: number | undefined;
  voucherEligible?: boolean | undefined;
  providerId?: number | undefined;
  /** Public listings: active services of verified providers. */
  publicOnly: boolean;
  status?: 'active' | 'suspended' | 'withdrawn' | undefined;
};

// Ratings and completed orders are kept on the service row by a trigger on service_orders (migration 0004).
export const ratingOf = sql<
  number | null
>`CASE WHEN ${services.ratingCount} > 0 THEN round(${services.ratingSum}::numeric / ${services.ratingCount}, 2)::float8 END`;
const instrumentIdOf = sql<number | null>`(SELECT i.id FROM instruments i WHERE i.service_id = ${services.id})`;

export const serviceColumns = {
  id: services.id,
  providerId: services.providerId,
  providerName: orgDirectory.name,
  category: services.category,
  title: services.title,
  description: services.description,
  pricing: services.pricing,
  price: services.price,
  leadTimeDays: services.leadTimeDays,
  qualifications: services.qualifications,
  region: services.region,
  voucherEligible: services.voucherEligible,
  status: services.status,
  suspendReason: services.suspendReason,
  rating: ratingOf,
  ratingCount: services.ratingCount,
  orderCount: services.completedCount,
  instrumentId: instrumentIdOf,
  createdAt: services.createdAt,
};

function whereOf(f: ServiceFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.q) {
    const tsq = searchQuery(f.q);
    parts.push(
      tsq
        ? sql`(${services.search} @@ ${tsq} OR ${services.title} ILIKE ${likeFragment(f.q)})`
        : sql`${services.title} ILIKE ${likeFragment(f.q)}`,
    );
  }
  if (f.category) parts.push(eq(services.category, f.category));
  if (f.priceMin !== undefined) parts.push(gte(services.price, f.priceMin));
  if (f.priceMax !== undefined) parts.push(lte(services.price, f.priceMax));
  if (f.region) parts.push(eq(services.region, f.region));
  if (f.voucherEligible !== undefined) parts.push(eq(services.voucherEligible, f.voucherEligible));
  if (f.providerId) parts.push(eq(services.providerId, f.providerId));
  if (f.minRating) parts.push(sql`${ratingOf} >= ${f.minRating}`);
  if (f.publicOnly) parts.push(eq(services.status, 'active'), eq(orgDirectory.status, 'verified'));
  else if (f.status) parts.push(eq(services.status, f.status));
  return and(...parts);
}

export type ServiceSort = 'relevance' | 'newest' | 'price_asc' | 'price_desc' | 'rating';

export function createCatalogRepository({ db }: { db: Db }) {
  return {
    async list(f: ServiceFilter, page: { limit: number; offset: number }, sort: ServiceSort) {
      const where = whereOf(f);
      const tsq = f.q ? searchQuery(f.q) : null;
      const order: SQL[] =
        sort === 'price_asc'
          ? [sql`${services.price} ASC NULLS LAST`, sql`${services.id} DESC`]
          : sort === 'price_desc'
            ? [sql`${services.price} DESC NULLS LAST`, sql`${services.id} DESC`]
            : sort === 'rating'
              ? [sql`${ratingOf} DESC NULLS LAST`, sql`${services.id} DESC`]
              : sort === 'relevance' && tsq
                ? [sql`ts_rank(${services.search}, ${tsq}) DESC`, sql`${services.id} DESC`]
                : [sql`${services.id} DESC`];
      const [items, [count]] = await Promise.all([
        db
          .select(serviceColumns)
          .from(services)
          .innerJoin(orgDirectory, eq(orgDirectory.id, services.providerId))
          .where(where)
          .orderBy(...order)
          .limit(page.limit)
          .offset(page.offset),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(services)
          .innerJoin(orgDirectory, eq(orgDirectory.id, services.providerId))
          .where(where),
      ]);
      return { items, total: count?.n ?? 0 };
    },
    async view(tx: Tx, id: number) {
      const [row] = await tx
        .select(serviceColumns)
        .from(services)
        .innerJoin(orgDirectory, eq(orgDirectory.id, services.providerId))
        .where(eq(services.id, id));
      return row;
    },
    async byId(tx: Tx, id: number, forUpdate = false) {
      const q = tx.select().from(services).where(eq(services.id, id));
      const [row] = forUpdate ? await q.for('update') : await q;
      return row;
    },
    /** Inserts a listing; `searchText` is what besides the title finds it (description, provider, parameters …). */
    async insert(tx: Tx, values: Omit<typeof services.$inferInsert, 'search'>, searchText: string[]) {
      const [row] = await tx
        .insert(services)
        .values({ ...values, search: searchVector(values.title, ...searchText) as unknown as string })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    },
    /** Updates a listing; pass `search` (title and text) when what finds it changed. */
    async update(
      tx: Tx,
      id: number,
      values: Partial<Omit<typeof services.$inferInsert, 'search'>>,
      now: Date,
      search?: { title: string; text: string[] },
    ) {
      const set: Partial<typeof services.$inferInsert> = { ...values, updatedAt: now };
      if (search) set.search = searchVector(search.title, ...search.text) as unknown as string;
      const [row] = await tx.update(services).set(set).where(eq(services.id, id)).returning();
      if (!row) throw new Error('update returned nothing');
      return row;
    },
    async byIds(ids: number[]) {
      if (ids.length === 0) return [];
      return db
        .select(serviceColumns)
        .from(services)
        .innerJoin(orgDirectory, eq(orgDirectory.id, services.providerId))
        .where(inArray(services.id, ids));
    },
  };
}
export type CatalogRepository = ReturnType<typeof createCatalogRepository>;
