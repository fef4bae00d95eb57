import type {
  ApplicationEvent,
  AttachedMaterial,
  Objection,
  PolicyApplication,
  PolicyApplicationListQuery,
  PolicyApplicationStatus,
  ReturnItem,
  WorkCalendar,
} from '@cz/shared/policy';
import { calendarOf, nextStepOf, timerOf } from '@cz/shared/policy';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { pageClause } from '../../kernel/paging.ts';
import { type ApplicationRow, policyApplications, policyHolidays } from './policy.applications.table.ts';
import { openOn } from './policy.items.repository.ts';
import { policyItems } from './policy.items.table.ts';

type Row = {
  id: number;
  item_id: number;
  org_id: number;
  mode: PolicyApplication['mode'];
  status: PolicyApplicationStatus;
  cap_fen: number | null;
  requested_fen: number | null;
  approved_fen: number | null;
  bank_name: string | null;
  account_name: string | null;
  account_number: string | null;
  note: string;
  return_items: ReturnItem[];
  return_note: string | null;
  decision_reason: string | null;
  refusal_reason: string | null;
  notice_id: number | null;
  payment_due_on: string | null;
  submitted_at: string | null;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
  item_title: string;
  department: string;
  opens_on: string | null;
  closes_on: string | null;
  item_open: boolean;
  amount_kind: string;
  document_title: string;
  org_name: string;
  notice_starts_on: string | null;
  notice_ends_on: string | null;
  paid_on: string | null;
  paid_fen: number | null;
  reference: string | null;
  recorded_at: string | null;
  score: number | null;
  comment: string | null;
  rated_at: string | null;
};

const iso = (t: string | Date) => new Date(t).toISOString();
const isoOrNull = (t: string | Date | null) => (t === null ? null : iso(t));

const SELECT = (today: string) => sql`
  SELECT a.id, a.item_id, a.org_id, a.mode, a.status, a.cap_fen, a.requested_fen, a.approved_fen, a.bank_name,
         a.account_name, a.account_number, a.note, a.return_items, a.return_note, a.decision_reason, a.refusal_reason,
         a.notice_id, a.payment_due_on, a.submitted_at, a.decided_at, a.created_at, a.updated_at,
         i.title AS item_title, i.department, i.opens_on, i.closes_on, ${openOn(today)} AS item_open,
         i.amount->>'kind' AS amount_kind, d.title AS document_title, o.name AS org_name,
         n.starts_on AS notice_starts_on, n.ends_on AS notice_ends_on,
         p.paid_on, p.amount_fen AS paid_fen, p.reference, p.recorded_at,
         r.score, r.comment, r.rated_at
  FROM policy_applications a
  JOIN policy_items i ON i.id = a.item_id
  JOIN policy_documents d ON d.id = i.document_id
  JOIN org_directory o ON o.id = a.org_id
  LEFT JOIN policy_notices n ON n.id = a.notice_id
  LEFT JOIN policy_payments p ON p.application_id = a.id
  LEFT JOIN policy_ratings r ON r.application_id = a.id`;

const FROM_COUNT = sql`
  FROM policy_applications a
  JOIN policy_items i ON i.id = a.item_id
  JOIN org_directory o ON o.id = a.org_id`;

/** Statuses of a 快申快享 application still to be paid: its deadline runs. */
export const UNPAID_FAST = sql`a.mode = 'fast' AND a.status IN ('submitted', 'returned', 'approved', 'publicised')`;

function toApplication(r: Row, today: string, cal: WorkCalendar): PolicyApplication {
  const noticeRunning = r.notice_ends_on !== null && today <= r.notice_ends_on;
  const unpaid = r.mode === 'fast' && ['submitted', 'returned', 'approved', 'publicised'].includes(r.status);
  return {
    id: r.id,
    itemId: r.item_id,
    itemTitle: r.item_title,
    documentTitle: r.document_title,
    department: r.department,
    mode: r.mode,
    orgId: r.org_id,
    orgName: r.org_name,
    status: r.status,
    nextStep: nextStepOf({ status: r.status, noticeRunning, rated: r.score !== null }),
    capFen: r.cap_fen,
    decidedInReview: r.amount_kind === 'manual',
    requestedFen: r.requested_fen,
    approvedFen: r.approved_fen,
    bankName: r.bank_name,
    accountName: r.account_name,
    accountNumber: r.account_number,
    note: r.note,
    returnItems: r.return_items,
    returnNote: r.return_note,
    decisionReason: r.decision_reason,
    refusalReason: r.refusal_reason,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    itemOpen: r.item_open,
    notice:
      r.notice_id !== null && r.notice_starts_on !== null && r.notice_ends_on !== null
        ? {
            id: r.notice_id,
            startsOn: r.notice_starts_on,
            endsOn: r.notice_ends_on,
            running: noticeRunning && today >= r.notice_starts_on,
          }
        : null,
    payment:
      r.paid_on !== null && r.paid_fen !== null && r.recorded_at !== null
        ? { paidOn: r.paid_on, amountFen: r.paid_fen, reference: r.reference ?? '', recordedAt: iso(r.recorded_at) }
        : null,
    // A paid application keeps its deadline in the record; the timer runs only while it waits for payment.
    timer: r.payment_due_on !== null && unpaid ? timerOf(r.payment_due_on, today, cal) : null,
    rating:
      r.score !== null && r.rated_at !== null
        ? { score: r.score, comment: r.comment ?? '', ratedAt: iso(r.rated_at) }
        : null,
    submittedAt: isoOrNull(r.submitted_at),
    decidedAt: isoOrNull(r.decided_at),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** The zone's calendar of holidays and worked weekend days (a few dozen rows a year: read whole). */
export async function loadCalendar(tx: Tx): Promise<WorkCalendar> {
  const rows = await tx.select({ day: policyHolidays.day, kind: policyHolidays.kind }).from(policyHolidays);
  return calendarOf(rows);
}

/** Who sees which applications: one enterprise's, one department's items, or all (null). */
export type Scope = { orgId: number } | { department: string } | null;

function scopeClause(scope: Scope): SQL {
  if (scope === null) return sql`true`;
  if ('orgId' in scope) return sql`a.org_id = ${scope.orgId}`;
  return sql`i.department = ${scope.department}`;
}

export type ListFilters = PolicyApplicationListQuery & {
  /** For `due`: today, and the last date "near" its deadline (NEAR_DEADLINE_WORKING_DAYS working days on). */
  today: string;
  nearLimit: string;
};

function whereOf(q: Omit<ListFilters, 'page' | 'pageSize'>, scope: Scope): SQL {
  const c: SQL[] = [scopeClause(scope)];
  if (q.itemId) c.push(sql`a.item_id = ${q.itemId}`);
  if (q.orgId) c.push(sql`a.org_id = ${q.orgId}`);
  if (q.status) c.push(sql`a.status = ${q.status}`);
  if (q.mode) c.push(sql`a.mode = ${q.mode}`);
  if (q.due === 'overdue') c.push(sql`${UNPAID_FAST} AND a.payment_due_on < ${q.today}::date`);
  if (q.due === 'near') c.push(sql`${UNPAID_FAST} AND a.payment_due_on <= ${q.nearLimit}::date`);
  if (q.q) c.push(sql`(o.name ILIKE ${likeFragment(q.q)} OR i.title ILIKE ${likeFragment(q.q)})`);
  return sql.join(c, sql` AND `);
}

export async function listApplications(tx: Tx, q: ListFilters, scope: Scope, cal: WorkCalendar) {
  const where = whereOf(q, scope);
  // Overdue and near deadlines first when asked for them; otherwise the newest first.
  const order = q.due ? sql`a.payment_due_on, a.id` : sql`a.id DESC`;
  const { rows } = await tx.execute(sql`${SELECT(q.today)} WHERE ${where} ORDER BY ${order} ${pageClause(q)}`);
  const { rows: n } = await tx.execute(sql`SELECT count(*)::int AS n ${FROM_COUNT} WHERE ${where}`);
  return {
    items: (rows as Row[]).map((r) => toApplication(r, q.today, cal)),
    total: Number(n[0]?.n ?? 0),
  };
}

/** How many applications `where` counts (the workbench's counts: the same clauses as the list's filters). */
export async function countApplications(tx: Tx, q: Omit<ListFilters, 'page' | 'pageSize'>, scope: Scope) {
  const { rows } = await tx.execute(sql`SELECT count(*)::int AS n ${FROM_COUNT} WHERE ${whereOf(q, scope)}`);
  return Number(rows[0]?.n ?? 0);
}

export async function applicationById(tx: Tx, id: number, today: string, cal: WorkCalendar) {
  const { rows } = await tx.execute(sql`${SELECT(today)} WHERE a.id = ${id}`);
  const r = rows[0] as Row | undefined;
  return r && toApplication(r, today, cal);
}

export async function lockApplication(tx: Tx, id: number): Promise<ApplicationRow | undefined> {
  const [row] = await tx.select().from(policyApplications).where(eq(policyApplications.id, id)).for('update');
  return row;
}

/** The item row, locked: approvals and confirmations of one item take their turn, so its budget holds. */
export async function lockItem(tx: Tx, id: number) {
  const [row] = await tx.select().from(policyItems).where(eq(policyItems.id, id)).for('update');
  return row;
}

/** What the item's applications hold of its budget (approved amounts of the applications not closed or withdrawn). */
export async function committedFen(tx: Tx, itemId: number): Promise<number> {
  const { rows } = await tx.execute(sql`
    SELECT coalesce(sum(approved_fen), 0)::bigint AS n FROM policy_applications
    WHERE item_id = ${itemId} AND status IN ('approved', 'publicised', 'paid', 'confirmed', 'accepted')`);
  return Number(rows[0]?.n ?? 0);
}

/** The live application of an enterprise for an item (not withdrawn, rejected or refused), if any. */
export async function liveApplicationOf(tx: Tx, itemId: number, orgId: number): Promise<number | undefined> {
  const { rows } = await tx.execute(sql`
    SELECT id FROM policy_applications
    WHERE item_id = ${itemId} AND org_id = ${orgId} AND status NOT IN ('withdrawn', 'rejected', 'refused')`);
  return rows[0] ? Number(rows[0].id) : undefined;
}

/** The account of the enterprise's latest application that has one, to prefill a new form. */
export async function lastAccountOf(tx: Tx, orgId: number) {
  const { rows } = await tx.execute(sql`
    SELECT bank_name, account_name, account_number FROM policy_applications
    WHERE org_id = ${orgId} AND account_number IS NOT NULL ORDER BY id DESC LIMIT 1`);
  const r = rows[0] as { bank_name: string; account_name: string; account_number: string } | undefined;
  return r ? { bankName: r.bank_name, accountName: r.account_name, accountNumber: r.account_number } : null;
}

export async function materialsOf(tx: Tx, applicationId: number): Promise<AttachedMaterial[]> {
  const { rows } = await tx.execute(sql`
    SELECT material_id, kind, year, title, file, file_name, valid_from, valid_to, review, attached_at, replaced_at
    FROM policy_application_materials WHERE application_id = ${applicationId}
    ORDER BY replaced_at NULLS FIRST, attached_at, material_id`);
  return rows.map((r) => ({
    materialId: Number(r.material_id),
    kind: r.kind as AttachedMaterial['kind'],
    year: r.year === null ? null : Number(r.year),
    title: String(r.title),
    file: String(r.file).trim(),
    fileName: String(r.file_name),
    validFrom: (r.valid_from as string | null) ?? null,
    validTo: (r.valid_to as string | null) ?? null,
    review: String(r.review),
    attachedAt: iso(r.attached_at as string),
    replacedAt: isoOrNull(r.replaced_at as string | null),
  }));
}

export async function eventsOf(tx: Tx, applicationId: number): Promise<ApplicationEvent[]> {
  const { rows } = await tx.execute(sql`
    SELECT e.step, e.from_status, e.to_status, e.by_party, e.details, e.at,
           (SELECT u.display_name FROM user_directory u WHERE u.id = e.actor_id LIMIT 1) AS actor_name
    FROM policy_application_events e WHERE e.application_id = ${applicationId} ORDER BY e.id`);
  return rows.map((r) => ({
    step: r.step as ApplicationEvent['step'],
    fromStatus: (r.from_status as PolicyApplicationStatus | null) ?? null,
    toStatus: r.to_status as PolicyApplicationStatus,
    by: r.by_party as ApplicationEvent['by'],
    actorName: (r.actor_name as string | null) ?? null,
    details: (r.details as Record<string, unknown>) ?? {},
    at: iso(r.at as string),
  }));
}

export async function objectionsOf(tx: Tx, applicationId: number, noticeId: number | null): Promise<Objection[]> {
  const { rows } = await tx.execute(sql`
    SELECT id, notice_id, application_id, objector, content, resolution, received_on, recorded_at
    FROM policy_notice_objections
    WHERE application_id = ${applicationId} OR (application_id IS NULL AND notice_id = ${noticeId ?? 0})
    ORDER BY id`);
  return rows.map((r) => ({
    id: Number(r.id),
    noticeId: Number(r.notice_id),
    applicationId: r.application_id === null ? null : Number(r.application_id),
    objector: String(r.objector),
    content: String(r.content),
    resolution: String(r.resolution),
    receivedOn: String(r.received_on),
    recordedAt: iso(r.recorded_at as string),
  }));
}

/** The active administrators who handle `department`'s items: its own and the zone-wide ones. */
export async function departmentAdmins(tx: Tx, department: string): Promise<number[]> {
  const { rows } = await tx.execute(sql`
    SELECT DISTINCT id FROM user_directory
    WHERE status = 'active' AND role IN ('admin', 'superadmin')
      AND (role = 'superadmin' OR department IS NULL OR department = ${department})`);
  return rows.map((r) => Number(r.id));
}
