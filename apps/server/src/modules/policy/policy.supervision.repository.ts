import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/connection.ts';

/** The period read: its first and last date (Asia/Shanghai calendar days) and, or not, one department. */
export type Period = { from: string; to: string; department: string | null };

/** An item with its standings: qualifying now, told and opened by the end of the period. */
export type ItemStandingRow = {
  itemId: number;
  title: string;
  documentTitle: string;
  department: string;
  mode: 'apply' | 'auto' | 'fast';
  paymentDeadlineDays: number | null;
  eligible: number;
  notified: number;
  opened: number;
};

/** An application of the period, as the supervision counts it (no enterprise, no person, no account). */
export type ApplicationFactRow = {
  itemId: number;
  mode: 'apply' | 'auto' | 'fast';
  status: string;
  approvedFen: number | null;
  paidFen: number | null;
  paidOn: string | null;
  paymentDueOn: string | null;
  /** The date of the first submission (none for 免申即享, which the department offers). */
  submittedOn: string | null;
  /** The date of the application: its first submission, or the offer of a 免申即享 one. */
  appliedOn: string;
  rating: number | null;
};

const end = (p: Period) => sql`((${p.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
const appliedOn = sql`(CASE WHEN a.mode = 'auto' THEN a.created_at ELSE a.first_submitted_at END
  AT TIME ZONE 'Asia/Shanghai')::date`;

/**
 * The items of the period: published by its end and open during it (or with applications made in it), with how
 * many enterprises qualify, were told and opened the item.
 */
export async function itemStandings(db: Db, p: Period): Promise<ItemStandingRow[]> {
  const { rows } = await db.execute(sql`
    SELECT i.id::int AS "itemId", i.title, d.title AS "documentTitle", i.department, i.mode,
           i.payment_deadline_days AS "paymentDeadlineDays",
           count(m.org_id) FILTER (WHERE m.result = 'eligible')::int AS eligible,
           count(m.org_id) FILTER (WHERE m.result = 'eligible' AND m.notified_at < ${end(p)})::int AS notified,
           count(m.org_id) FILTER (WHERE m.result = 'eligible' AND m.notified_at < ${end(p)}
                                     AND m.opened_at < ${end(p)})::int AS opened
    FROM policy_items i
    JOIN policy_documents d ON d.id = i.document_id
    LEFT JOIN policy_matches m ON m.item_id = i.id
    WHERE i.published_at IS NOT NULL AND i.published_at < ${end(p)}
      AND ((i.closes_on IS NULL OR i.closes_on >= ${p.from}::date)
           OR EXISTS (SELECT 1 FROM policy_applications a
                      WHERE a.item_id = i.id AND ${appliedOn} BETWEEN ${p.from}::date AND ${p.to}::date))
      ${p.department === null ? sql`` : sql`AND i.department = ${p.department}`}
    GROUP BY i.id, d.title
    ORDER BY i.department, i.id`);
  return rows as ItemStandingRow[];
}

/** The applications of the given items made in the period, with their payment and rating. */
export async function applicationFacts(db: Db, itemIds: number[], p: Period): Promise<ApplicationFactRow[]> {
  if (itemIds.length === 0) return [];
  const { rows } = await db.execute(sql`
    SELECT a.item_id::int AS "itemId", a.mode, a.status, a.approved_fen::float8 AS "approvedFen",
           pay.amount_fen::float8 AS "paidFen", pay.paid_on::text AS "paidOn",
           a.payment_due_on::text AS "paymentDueOn",
           (a.first_submitted_at AT TIME ZONE 'Asia/Shanghai')::date::text AS "submittedOn",
           ${appliedOn}::text AS "appliedOn", r.score::int AS rating
    FROM policy_applications a
    LEFT JOIN policy_payments pay ON pay.application_id = a.id
    LEFT JOIN policy_ratings r ON r.application_id = a.id
    WHERE a.item_id = ANY(${`{${itemIds.join(',')}}`}::bigint[])
      AND ${appliedOn} BETWEEN ${p.from}::date AND ${p.to}::date
    ORDER BY a.id`);
  return rows as ApplicationFactRow[];
}

/** The departments of the published items (for the filter). */
export async function itemDepartments(db: Db): Promise<string[]> {
  const { rows } = await db.execute(
    sql`SELECT DISTINCT department FROM policy_items WHERE published_at IS NOT NULL ORDER BY department`,
  );
  return (rows as { department: string }[]).map((r) => r.department);
}
