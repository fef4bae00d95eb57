import type { Product, ProductStatus, productListQuerySchema } from '@cz/shared/finance';
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { orgDirectory } from '../org/index.ts';
import { financeInstitutions, financeProducts, type ProductRow } from './finance.table.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

type Joined = { p: ProductRow; name: string; kind: Product['institutionKind'] };

export const toProduct = ({ p, name, kind }: Joined): Product => ({
  id: p.id,
  institutionOrgId: p.institutionOrgId,
  institutionName: name,
  institutionKind: kind,
  name: p.name,
  kind: p.kind,
  labels: p.labels,
  summary: p.summary,
  amount: { min: p.amountMinFen, default: p.amountDefaultFen, max: p.amountMaxFen },
  termMonths: { min: p.termMinMonths, default: p.termDefaultMonths, max: p.termMaxMonths },
  rate:
    p.rateMode === null
      ? null
      : {
          mode: p.rateMode,
          minBp: p.rateMinBp as number,
          defaultBp: p.rateDefaultBp as number,
          maxBp: p.rateMaxBp as number,
        },
  guaranteeKinds: p.guaranteeKinds,
  collateralKinds: p.collateralKinds,
  repaymentKinds: p.repaymentKinds,
  approvalDays: p.approvalDays,
  materials: p.materials,
  regions: p.regions,
  condition: p.condition ?? null,
  policyItemIds: p.policyItemIds,
  status: p.status,
  reviewNote: p.reviewNote,
  publishedAt: iso(p.publishedAt),
  updatedAt: p.updatedAt.toISOString(),
});

const joined = (tx: Tx | Db) =>
  tx
    .select({ p: financeProducts, name: orgDirectory.name, kind: financeInstitutions.kind })
    .from(financeProducts)
    .innerJoin(financeInstitutions, eq(financeInstitutions.orgId, financeProducts.institutionOrgId))
    .innerJoin(orgDirectory, eq(orgDirectory.id, financeProducts.institutionOrgId));

export type ProductFilter = Omit<z.output<typeof productListQuerySchema>, 'page' | 'pageSize' | 'scope'> & {
  /** Only these statuses (the public: published). */
  statuses?: readonly ProductStatus[];
};

export function createProductRepository() {
  // The published products as last read, with the version they were read at (how many there are and the latest
  // change among them): every pre-check reads the version, one small statement, and reads the products again only
  // when it moved. Instances keep their own copy; none can serve a stale one, since the version is read each time.
  let cached: { version: string; products: Product[] } | null = null;

  const where = (f: ProductFilter): SQL | undefined => {
    const parts: (SQL | undefined)[] = [
      f.statuses ? inArray(financeProducts.status, [...f.statuses]) : undefined,
      f.status ? eq(financeProducts.status, f.status) : undefined,
      f.kind ? eq(financeProducts.kind, f.kind) : undefined,
      f.label ? sql`${f.label} = ANY(${financeProducts.labels})` : undefined,
      f.institutionOrgId ? eq(financeProducts.institutionOrgId, f.institutionOrgId) : undefined,
      f.q
        ? or(
            ilike(financeProducts.name, likeFragment(f.q)),
            ilike(financeProducts.summary, likeFragment(f.q)),
            ilike(orgDirectory.name, likeFragment(f.q)),
          )
        : undefined,
    ];
    return and(...parts);
  };

  return {
    async list(tx: Tx | Db, f: ProductFilter, window: { limit: number; offset: number }) {
      const w = where(f);
      const [rows, [count]] = await Promise.all([
        joined(tx)
          .where(w)
          .orderBy(desc(financeProducts.publishedAt), asc(financeProducts.id))
          .limit(window.limit)
          .offset(window.offset),
        tx
          .select({ n: sql<number>`count(*)::int` })
          .from(financeProducts)
          .innerJoin(orgDirectory, eq(orgDirectory.id, financeProducts.institutionOrgId))
          .where(w),
      ]);
      return { items: rows.map(toProduct), total: count?.n ?? 0 };
    },

    async view(tx: Tx | Db, id: number) {
      const [row] = await joined(tx).where(eq(financeProducts.id, id));
      return row ? toProduct(row) : undefined;
    },

    async views(tx: Tx | Db, ids: readonly number[]) {
      if (ids.length === 0) return [];
      return (await joined(tx).where(inArray(financeProducts.id, [...ids]))).map(toProduct);
    },

    /**
     * Every published product of a verified institution, what a need is checked against, and the LPR the rates are
     * read with: one statement reads the products' version and the LPR; the products are read again only when the
     * version moved.
     */
    async published(tx: Tx | Db): Promise<{ products: Product[]; lprBp: number }> {
      const live = and(eq(financeProducts.status, 'published'), eq(orgDirectory.status, 'verified'));
      const [v] = await tx
        .select({
          version: sql<string>`count(*) || ':' || coalesce(max(${financeProducts.updatedAt})::text, '')`,
          lprBp: sql<number>`(SELECT s.lpr_bp FROM finance_settings s WHERE s.id = 1)`,
        })
        .from(financeProducts)
        .innerJoin(orgDirectory, eq(orgDirectory.id, financeProducts.institutionOrgId))
        .where(live);
      const version = v?.version ?? '';
      const lprBp = Number(v?.lprBp ?? 0);
      if (cached?.version !== version)
        cached = { version, products: (await joined(tx).where(live).orderBy(asc(financeProducts.id))).map(toProduct) };
      return { products: cached.products, lprBp };
    },

    async byId(tx: Tx, id: number, forUpdate = false) {
      const q = tx.select().from(financeProducts).where(eq(financeProducts.id, id));
      const [row] = forUpdate ? await q.for('update') : await q;
      return row;
    },

    async insert(tx: Tx, values: typeof financeProducts.$inferInsert) {
      const [row] = await tx.insert(financeProducts).values(values).returning();
      return row as ProductRow;
    },

    /** Changes the row while its status is one of `from` (undefined when it was not). */
    async update(tx: Tx, id: number, values: Partial<ProductRow>, from?: readonly ProductStatus[]) {
      const [row] = await tx
        .update(financeProducts)
        .set(values)
        .where(and(eq(financeProducts.id, id), from ? inArray(financeProducts.status, [...from]) : undefined))
        .returning();
      return row;
    },
  };
}
export type ProductRepository = ReturnType<typeof createProductRepository>;
