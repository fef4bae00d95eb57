import {
  type IpClass,
  type IpKind,
  type IpLegalStatus,
  type IpVerification,
  ipClassOf,
  isPatentKind,
  patentTypeOf,
} from '@cz/shared';
import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { orgDirectory } from '../org/index.ts';
import { ipEvents, ipRecords } from './ip.table.ts';
import { ipClassCounts } from './ip.views.ts';

export type IpFilter = {
  orgId?: number | undefined;
  q?: string | undefined;
  kind?: IpKind | undefined;
  legalStatus?: IpLegalStatus | undefined;
  verification?: IpVerification | undefined;
  ipClass?: IpClass | undefined;
};
export type IpSort = 'newest' | 'appliedOn' | '-appliedOn' | 'feeDueOn' | 'expiresOn' | 'number';

/** Whether a record counts today, by the same function the published view counts with (migration 0020). */
const countedOf = sql<boolean>`ip_record_counts(${ipRecords})`;

const recordColumns = {
  id: ipRecords.id,
  orgId: ipRecords.orgId,
  orgName: orgDirectory.name,
  kind: ipRecords.kind,
  number: ipRecords.number,
  title: ipRecords.title,
  holders: ipRecords.holders,
  appliedOn: ipRecords.appliedOn,
  grantedOn: ipRecords.grantedOn,
  expiresOn: ipRecords.expiresOn,
  legalStatus: ipRecords.legalStatus,
  acquisition: ipRecords.acquisition,
  feeDueOn: ipRecords.feeDueOn,
  certificate: ipRecords.certificate,
  verification: ipRecords.verification,
  rejectReason: ipRecords.rejectReason,
  verifiedAt: ipRecords.verifiedAt,
  counted: countedOf,
  createdAt: ipRecords.createdAt,
  updatedAt: ipRecords.updatedAt,
};
export type IpRecordView = Awaited<ReturnType<ReturnType<typeof createIpRepository>['list']>>['items'][number];

/** Ⅰ类/Ⅱ类 of a stored record (kinds.ts): a PCT record by its number's type digit. */
export const classOfRow = (r: { kind: IpKind; number: string }): IpClass | null =>
  ipClassOf(r.kind, isPatentKind(r.kind) ? patentTypeOf(r.number) : null);

function whereOf(f: IpFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.orgId !== undefined) parts.push(eq(ipRecords.orgId, f.orgId));
  if (f.q) {
    const fragment = likeFragment(f.q);
    const compact = likeFragment(f.q.replace(/[\s\u3000]+/g, '').toUpperCase());
    parts.push(
      or(
        sql`${ipRecords.title} ILIKE ${fragment}`,
        sql`${ipRecords.number} ILIKE ${compact}`,
        sql`${ipRecords.holders} ILIKE ${fragment}`,
      ),
    );
  }
  if (f.kind) parts.push(eq(ipRecords.kind, f.kind));
  if (f.legalStatus) parts.push(eq(ipRecords.legalStatus, f.legalStatus));
  if (f.verification) parts.push(eq(ipRecords.verification, f.verification));
  if (f.ipClass) parts.push(sql`ip_class(${ipRecords.kind}, ${ipRecords.number}) = ${f.ipClass === 'I' ? 1 : 2}`);
  return and(...parts);
}

const ORDER: Record<IpSort, SQL[]> = {
  newest: [desc(ipRecords.id)],
  appliedOn: [asc(ipRecords.appliedOn), desc(ipRecords.id)],
  '-appliedOn': [desc(ipRecords.appliedOn), desc(ipRecords.id)],
  feeDueOn: [sql`${ipRecords.feeDueOn} ASC NULLS LAST`, desc(ipRecords.id)],
  expiresOn: [sql`${ipRecords.expiresOn} ASC NULLS LAST`, desc(ipRecords.id)],
  number: [asc(ipRecords.number), desc(ipRecords.id)],
};

export function createIpRepository({ db }: { db: Db }) {
  return {
    async list(f: IpFilter, page: { limit: number; offset: number }, sort: IpSort) {
      const where = whereOf(f);
      const [items, [count]] = await Promise.all([
        db
          .select(recordColumns)
          .from(ipRecords)
          .innerJoin(orgDirectory, eq(orgDirectory.id, ipRecords.orgId))
          .where(where)
          .orderBy(...ORDER[sort])
          .limit(page.limit)
          .offset(page.offset),
        db.select({ n: sql<number>`count(*)::int` }).from(ipRecords).where(where),
      ]);
      return { items, total: count?.n ?? 0 };
    },
    async view(tx: Tx, id: number) {
      const [row] = await tx
        .select(recordColumns)
        .from(ipRecords)
        .innerJoin(orgDirectory, eq(orgDirectory.id, ipRecords.orgId))
        .where(eq(ipRecords.id, id));
      return row;
    },
    async byId(tx: Tx, id: number, forUpdate = false) {
      const q = tx.select().from(ipRecords).where(eq(ipRecords.id, id));
      const [row] = forUpdate ? await q.for('update') : await q;
      return row;
    },
    async events(tx: Tx, recordId: number) {
      return tx
        .select()
        .from(ipEvents)
        .where(eq(ipEvents.recordId, recordId))
        .orderBy(asc(ipEvents.occurredOn), asc(ipEvents.id));
    },
    async insert(tx: Tx, values: (typeof ipRecords.$inferInsert)[]) {
      if (values.length === 0) return [];
      return tx.insert(ipRecords).values(values).returning();
    },
    async update(tx: Tx, id: number, values: Partial<typeof ipRecords.$inferInsert>) {
      const [row] = await tx.update(ipRecords).set(values).where(eq(ipRecords.id, id)).returning();
      if (!row) throw new Error('update returned nothing');
      return row;
    },
    async insertEvent(tx: Tx, values: typeof ipEvents.$inferInsert) {
      const [row] = await tx.insert(ipEvents).values(values).returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    },
    /** Which of these (kind, number) pairs are registered already. */
    async existingNumbers(tx: Tx, pairs: { kind: IpKind; number: string }[]) {
      if (pairs.length === 0) return new Set<string>();
      const rows = await tx
        .select({ kind: ipRecords.kind, number: ipRecords.number })
        .from(ipRecords)
        .where(
          inArray(
            ipRecords.number,
            pairs.map((p) => p.number),
          ),
        );
      return new Set(rows.map((r) => `${r.kind}:${r.number}`));
    },
    /** The class (1 or 2) a record counts in today, or null when it counts in neither (ip_record_counts). */
    async countedClass(tx: Tx, id: number): Promise<number | null> {
      const [row] = await tx
        .select({
          c: sql<number | null>`CASE WHEN ${countedOf} THEN ip_class(${ipRecords.kind}, ${ipRecords.number}) END`,
        })
        .from(ipRecords)
        .where(eq(ipRecords.id, id));
      return row?.c ?? null;
    },
    /** The organisation's counted Ⅰ类/Ⅱ类 records, through the published view. */
    async classCounts(tx: Tx, orgId: number) {
      const [row] = await tx.select().from(ipClassCounts).where(eq(ipClassCounts.orgId, orgId));
      return { orgId, class1: row?.class1Count ?? 0, class2: row?.class2Count ?? 0 };
    },
    /** Which of `ids` are records of `orgId` that were not rejected (for another area attaching them). */
    async ownRecordIds(tx: Tx, orgId: number, ids: readonly number[]): Promise<number[]> {
      if (ids.length === 0) return [];
      const rows = await tx
        .select({ id: ipRecords.id })
        .from(ipRecords)
        .where(
          and(
            eq(ipRecords.orgId, orgId),
            inArray(ipRecords.id, [...ids]),
            sql`${ipRecords.verification} <> 'rejected'`,
          ),
        );
      return rows.map((r) => r.id);
    },
    async pendingCount(tx: Tx) {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(ipRecords)
        .where(eq(ipRecords.verification, 'pending'));
      return row?.n ?? 0;
    },
  };
}
export type IpRepository = ReturnType<typeof createIpRepository>;
