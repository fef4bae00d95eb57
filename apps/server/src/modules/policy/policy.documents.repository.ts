import type {
  IndustrySection,
  PolicyAttachment,
  PolicyDocState,
  PolicyEnterpriseKind,
  PolicyLevel,
  PolicySupportKind,
} from '@cz/shared';
import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { policyDocumentAttachments, policyDocuments } from './policy.documents.table.ts';

const d = policyDocuments;

/** The filters the public library and the administration's list share. */
export type PolicyFilter = {
  /** Readers see published documents only. */
  publishedOnly?: boolean;
  state?: PolicyDocState | undefined;
  level?: PolicyLevel | undefined;
  issuer?: string | undefined;
  supportKind?: PolicySupportKind | undefined;
  enterpriseKind?: PolicyEnterpriseKind | undefined;
  industry?: IndustrySection | undefined;
  year?: number | undefined;
  inForceOn?: string | undefined;
  /** A fragment of the title, the 文号 or the issuer (the administration's search). */
  fragment?: string | undefined;
};

/** The conditions of a filter on the zone's calendar date `today`, over the table's own column names. */
export function filterConditions(f: PolicyFilter, today: string): SQL[] {
  const c: SQL[] = [];
  if (f.publishedOnly) c.push(sql`${d.status} = 'published'`);
  if (f.state === 'draft' || f.state === 'repealed') c.push(sql`${d.status} = ${f.state}`);
  if (f.state === 'published')
    c.push(sql`${d.status} = 'published' AND (${d.expiresOn} IS NULL OR ${d.expiresOn} >= ${today}::date)`);
  if (f.state === 'expired') c.push(sql`${d.status} = 'published' AND ${d.expiresOn} < ${today}::date`);
  if (f.level) c.push(sql`${d.level} = ${f.level}`);
  if (f.issuer) c.push(sql`${d.issuer} = ${f.issuer}`);
  if (f.supportKind) c.push(sql`${d.supportKinds} @> ARRAY[${f.supportKind}]::text[]`);
  if (f.enterpriseKind) c.push(sql`${d.enterpriseKinds} @> ARRAY[${f.enterpriseKind}]::text[]`);
  if (f.industry) c.push(sql`${d.industries} @> ARRAY[${f.industry}]::text[]`);
  if (f.year !== undefined)
    c.push(sql`${d.issuedOn} BETWEEN ${`${f.year}-01-01`}::date AND ${`${f.year}-12-31`}::date`);
  if (f.inForceOn)
    c.push(sql`${d.status} = 'published'
      AND coalesce(${d.effectiveFrom}, ${d.issuedOn}, ${f.inForceOn}::date) <= ${f.inForceOn}::date
      AND (${d.expiresOn} IS NULL OR ${d.expiresOn} >= ${f.inForceOn}::date)`);
  if (f.fragment) {
    const fragment = likeFragment(f.fragment);
    const compact = likeFragment(f.fragment.replace(/\s+/g, ''));
    c.push(sql`(${d.title} ILIKE ${fragment} OR ${d.docNumber} ILIKE ${compact} OR ${d.issuer} ILIKE ${fragment})`);
  }
  return c;
}

export type AdminSort = 'updated' | 'newest' | 'oldest';
const ADMIN_ORDER: Record<AdminSort, SQL[]> = {
  updated: [desc(d.updatedAt), desc(d.id)],
  newest: [sql`${d.issuedOn} DESC NULLS LAST`, desc(d.id)],
  oldest: [sql`${d.issuedOn} ASC NULLS LAST`, asc(d.id)],
};

const rowColumns = {
  id: d.id,
  title: d.title,
  docNumber: d.docNumber,
  issuer: d.issuer,
  level: d.level,
  department: d.department,
  issuedOn: d.issuedOn,
  expiresOn: d.expiresOn,
  status: d.status,
  supportKinds: d.supportKinds,
  publishedAt: d.publishedAt,
  updatedAt: d.updatedAt,
};

const refColumns = {
  id: d.id,
  title: d.title,
  docNumber: d.docNumber,
  issuer: d.issuer,
  level: d.level,
  issuedOn: d.issuedOn,
  status: d.status,
  expiresOn: d.expiresOn,
};

export function createPolicyDocumentRepository({ db }: { db: Db }) {
  return {
    /** The administration's list: every state, newest change first by default. */
    async list(f: PolicyFilter, today: string, page: { limit: number; offset: number }, sort: AdminSort) {
      const where = and(...filterConditions(f, today));
      const [items, [count]] = await Promise.all([
        db
          .select(rowColumns)
          .from(d)
          .where(where)
          .orderBy(...ADMIN_ORDER[sort])
          .limit(page.limit)
          .offset(page.offset),
        db.select({ n: sql<number>`count(*)::int` }).from(d).where(where),
      ]);
      return { items, total: count?.n ?? 0 };
    },

    async byId(tx: Tx, id: number, forUpdate = false) {
      const q = tx.select().from(d).where(eq(d.id, id));
      const [row] = forUpdate ? await q.for('update') : await q;
      return row;
    },

    async insert(tx: Tx, values: (typeof d.$inferInsert)[]) {
      if (values.length === 0) return [];
      return tx.insert(d).values(values).returning({ id: d.id });
    },

    async update(tx: Tx, id: number, values: Partial<typeof d.$inferInsert>) {
      const [row] = await tx.update(d).set(values).where(eq(d.id, id)).returning();
      if (!row) throw new Error('update returned nothing');
      return row;
    },

    /** Links to documents by id (the one replacing a document). */
    async refs(tx: Tx, ids: number[]) {
      if (ids.length === 0) return [];
      return tx.select(refColumns).from(d).where(inArray(d.id, ids));
    },

    /** The documents a document replaced (repealed ones whose replacement it is). */
    async replacedBy(tx: Tx, id: number) {
      return tx.select(refColumns).from(d).where(eq(d.replacedBy, id)).orderBy(desc(d.issuedOn), desc(d.id));
    },

    async attachments(tx: Tx, id: number): Promise<PolicyAttachment[]> {
      return tx
        .select({ hash: policyDocumentAttachments.hash, name: policyDocumentAttachments.name })
        .from(policyDocumentAttachments)
        .where(eq(policyDocumentAttachments.documentId, id))
        .orderBy(asc(policyDocumentAttachments.position));
    },

    /** Makes `list` the document's attachments, in its order. */
    async setAttachments(tx: Tx, id: number, list: PolicyAttachment[]) {
      await tx.delete(policyDocumentAttachments).where(eq(policyDocumentAttachments.documentId, id));
      if (list.length === 0) return;
      await tx
        .insert(policyDocumentAttachments)
        .values(list.map((a, position) => ({ documentId: id, hash: a.hash, name: a.name, position })));
    },

    /** Which of these (issuer, 文号) pairs are taken, by another document than `except`. */
    async takenNumbers(tx: Tx, pairs: { issuer: string; docNumber: string }[], except?: number) {
      if (pairs.length === 0) return new Set<string>();
      const rows = await tx
        .select({ issuer: d.issuer, docNumber: d.docNumber })
        .from(d)
        .where(
          and(
            or(...pairs.map((p) => and(eq(d.issuer, p.issuer), eq(d.docNumber, p.docNumber)))),
            except === undefined ? undefined : sql`${d.id} <> ${except}`,
          ),
        );
      return new Set(rows.map((r) => `${r.issuer}\u0000${r.docNumber}`));
    },

    /** The issuers of published documents and how many each has, most first. */
    async issuers() {
      return db
        .select({ issuer: d.issuer, count: sql<number>`count(*)::int` })
        .from(d)
        .where(eq(d.status, 'published'))
        .groupBy(d.issuer)
        .orderBy(sql`count(*) DESC`, asc(d.issuer));
    },
  };
}
export type PolicyDocumentRepository = ReturnType<typeof createPolicyDocumentRepository>;
