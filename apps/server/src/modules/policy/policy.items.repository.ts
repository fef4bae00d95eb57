import type { MaterialRequirement } from '@cz/shared/materials';
import type { Amount, Condition, PolicyItem, PolicyItemListQuery } from '@cz/shared/policy';
import { manualConditions } from '@cz/shared/policy';
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { pageClause } from '../../kernel/paging.ts';

type ItemRow = {
  id: string | number;
  document_id: string | number;
  document_title: string;
  doc_number: string | null;
  issuer: string;
  clause: string;
  title: string;
  beneficiaries: string;
  condition: Condition;
  amount: Amount;
  budget_fen: string | number | null;
  mode: PolicyItem['mode'];
  opens_on: string | null;
  closes_on: string | null;
  department: string;
  materials: MaterialRequirement[];
  payment_deadline_days: number | null;
  status: PolicyItem['status'];
  open: boolean;
  published_at: Date | string | null;
  updated_at: Date | string;
};

/** "Open to claims on `on`": published, and the date within its window. */
export const openOn = (on: string) => sql`(i.status = 'published'
  AND (i.opens_on IS NULL OR i.opens_on <= ${on}::date) AND (i.closes_on IS NULL OR i.closes_on >= ${on}::date))`;

const SELECT = (on: string) => sql`
  SELECT i.id, i.document_id, d.title AS document_title, d.doc_number, d.issuer, i.clause, i.title, i.beneficiaries,
         i.condition, i.amount, i.budget_fen, i.mode, i.opens_on::text AS opens_on, i.closes_on::text AS closes_on,
         i.department, i.materials, i.payment_deadline_days, i.status, ${openOn(on)} AS open, i.published_at,
         i.updated_at
  FROM policy_items i JOIN policy_documents d ON d.id = i.document_id`;

export const toItem = (r: ItemRow): PolicyItem => ({
  id: Number(r.id),
  documentId: Number(r.document_id),
  documentTitle: r.document_title,
  documentNumber: r.doc_number,
  issuer: r.issuer,
  clause: r.clause,
  title: r.title,
  beneficiaries: r.beneficiaries,
  condition: r.condition,
  amount: r.amount,
  budgetFen: r.budget_fen === null ? null : Number(r.budget_fen),
  mode: r.mode,
  opensOn: r.opens_on,
  closesOn: r.closes_on,
  department: r.department,
  materials: r.materials,
  paymentDeadlineDays: r.payment_deadline_days,
  status: r.status,
  open: r.open,
  reviewedByHand: manualConditions(r.condition),
  publishedAt: r.published_at === null ? null : new Date(r.published_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
});

export async function itemById(tx: Tx, id: number, on: string): Promise<PolicyItem | undefined> {
  const { rows } = await tx.execute(sql`${SELECT(on)} WHERE i.id = ${id}`);
  const r = rows[0] as ItemRow | undefined;
  return r && toItem(r);
}

/** Items by the list's filters; `published` limits the list to what the public sees (published, closed). */
export async function itemList(tx: Tx, query: PolicyItemListQuery, on: string, publicOnly: boolean) {
  const q = query;
  const c: SQL[] = [publicOnly ? sql`i.status IN ('published', 'closed') AND d.status = 'published'` : sql`true`];
  if (q.documentId) c.push(sql`i.document_id = ${q.documentId}`);
  if (q.mode) c.push(sql`i.mode = ${q.mode}`);
  if (q.status) c.push(sql`i.status = ${q.status}`);
  if (q.open !== undefined) c.push(q.open ? openOn(on) : sql`NOT ${openOn(on)}`);
  if (q.q) c.push(sql`(i.title ILIKE ${likeFragment(q.q)} OR d.title ILIKE ${likeFragment(q.q)})`);
  const where = sql.join(c, sql` AND `);
  const { rows } = await tx.execute(
    sql`${SELECT(on)} WHERE ${where} ORDER BY i.closes_on NULLS LAST, i.id DESC ${pageClause(q)}`,
  );
  const { rows: n } = await tx.execute(sql`
    SELECT count(*)::int AS n FROM policy_items i JOIN policy_documents d ON d.id = i.document_id WHERE ${where}`);
  return { items: (rows as ItemRow[]).map(toItem), total: Number(n[0]?.n ?? 0), q };
}

/** Every item open to claims on `on`, for "policies that fit me" and the nightly recheck. */
export async function openItems(tx: Tx, on: string): Promise<PolicyItem[]> {
  const { rows } = await tx.execute(sql`${SELECT(on)} WHERE ${openOn(on)} AND d.status = 'published' ORDER BY i.id`);
  return (rows as ItemRow[]).map(toItem);
}
