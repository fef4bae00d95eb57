import type {
  CriteriaFilter,
  CriteriaListQuery,
  Criterion,
  PoolEntry,
  PoolListQuery,
  PoolTier,
} from '@cz/shared/cultivation-api';
import { criteriaFilterSchema, criteriaListQuerySchema, poolListQuerySchema } from '@cz/shared/cultivation-api';
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { pageClause } from '../../kernel/paging.ts';
import { cultivationErrors } from './cultivation.errors.ts';

/** The query of the enterprises whose latest evaluations match a saved filter (the criteria of the pool). */
function matchSql(filter: CriteriaFilter): SQL {
  const f = criteriaFilterSchema.parse(filter);
  const c: SQL[] = [sql`o.kind = 'enterprise'`, sql`o.status <> 'rejected'`];
  if (f.techSme) c.push(sql`t.verdict = ${f.techSme}`);
  if (f.hte) c.push(sql`h.verdict = ${f.hte}`);
  if (f.hteNot) c.push(sql`h.verdict IS DISTINCT FROM ${f.hteNot}`);
  if (f.scoreMin !== undefined) c.push(sql`k.score_max >= ${f.scoreMin}`);
  if (f.scoreMax !== undefined) c.push(sql`k.score_min <= ${f.scoreMax}`);
  if (f.park) c.push(sql`o.park = ${f.park}`);
  if (f.industry) c.push(sql`o.industry = ${f.industry}`);
  return sql`
    SELECT o.org_id FROM org_evaluation_facts o
    LEFT JOIN cultivation_latest_evaluations t ON t.org_id = o.org_id AND t.kind = 'tech_sme'
    LEFT JOIN cultivation_latest_evaluations h ON h.org_id = o.org_id AND h.kind = 'hte'
    LEFT JOIN cultivation_latest_evaluations k ON k.org_id = o.org_id AND k.kind = ${f.kind}
    WHERE ${sql.join(c, sql` AND `)}`;
}

/** The enterprises whose latest evaluations match a saved filter, by id. */
export async function matchCriteria(tx: Tx, filter: CriteriaFilter): Promise<number[]> {
  const { rows } = await tx.execute(sql`${matchSql(filter)} ORDER BY o.org_id`);
  return rows.map((r) => Number(r.org_id));
}

/** How many enterprises match a filter now, and how many of them the pool has never held. */
export async function matchCounts(tx: Tx, filter: CriteriaFilter) {
  const { rows } = await tx.execute(sql`
    SELECT count(*)::int AS matching, count(*) FILTER (WHERE p.org_id IS NULL)::int AS fresh
    FROM (${matchSql(filter)}) m LEFT JOIN cultivation_pool p ON p.org_id = m.org_id`);
  return { matching: Number(rows[0]?.matching ?? 0), newMatches: Number(rows[0]?.fresh ?? 0) };
}

/** A user's display name by identity's published view (one row a membership, so one of them). */
const nameOf = (id: SQL) => sql`(SELECT d.display_name FROM user_directory d WHERE d.id = ${id} LIMIT 1)`;

type CriterionRow = {
  id: string | number;
  name: string;
  filter: CriteriaFilter;
  tier: PoolTier;
  owner_id: string | number | null;
  owner_name: string | null;
  auto_apply: boolean;
  status: Criterion['status'];
  created_by_name: string | null;
  created_at: Date | string;
  applied_at: Date | string | null;
  in_pool: number;
};

async function selectCriteria(tx: Tx, where: SQL, tail: SQL = sql``) {
  const { rows } = await tx.execute(sql`
    SELECT c.id, c.name, c.filter, c.tier, c.owner_id, ${nameOf(sql`c.owner_id`)} AS owner_name, c.auto_apply, c.status,
           ${nameOf(sql`c.created_by`)} AS created_by_name, c.created_at, c.applied_at,
           (SELECT count(*)::int FROM cultivation_pool p WHERE p.criteria_id = c.id AND p.status = 'active') AS in_pool
    FROM cultivation_criteria c WHERE ${where} ORDER BY c.id DESC ${tail}`);
  return (rows as CriterionRow[]).map((r) => ({
    id: Number(r.id),
    name: r.name,
    filter: criteriaFilterSchema.parse(r.filter),
    tier: r.tier,
    ownerId: r.owner_id === null ? null : Number(r.owner_id),
    ownerName: r.owner_name,
    autoApply: r.auto_apply,
    status: r.status,
    createdByName: r.created_by_name,
    createdAt: new Date(r.created_at).toISOString(),
    appliedAt: r.applied_at === null ? null : new Date(r.applied_at).toISOString(),
    inPool: Number(r.in_pool),
  }));
}

/** Saved criteria, newest first, with the active pool entries each brought in; the live counts are the caller's. */
export async function criteriaList(tx: Tx, query: CriteriaListQuery) {
  const q = criteriaListQuerySchema.parse(query);
  const c: SQL[] = [sql`c.status = ${q.status}`];
  if (q.q) c.push(sql`c.name ILIKE ${likeFragment(q.q)}`);
  const where = sql.join(c, sql` AND `);
  const items = await selectCriteria(tx, where, pageClause(q));
  const { rows: n } = await tx.execute(sql`SELECT count(*)::int AS n FROM cultivation_criteria c WHERE ${where}`);
  return { items, total: Number(n[0]?.n ?? 0), q };
}

/** One saved criterion as the list shows it, with its live counts. */
export async function criterionItem(tx: Tx, id: number): Promise<Criterion | undefined> {
  const [item] = await selectCriteria(tx, sql`c.id = ${id}`);
  return item && { ...item, ...(await matchCounts(tx, item.filter)) };
}

const ENTRY = sql`
  p.org_id, o.name AS org_name, o.park, p.tier, p.owner_id, u.display_name AS owner_name, p.source, p.status,
  t.score_max AS tech_sme_score, t.verdict AS tech_sme_verdict, h.verdict AS hte_verdict,
  (SELECT count(*)::int FROM cultivation_tasks k WHERE k.org_id = p.org_id AND k.status = 'open') AS open_tasks,
  (SELECT min(k.due_on)::text FROM cultivation_tasks k WHERE k.org_id = p.org_id AND k.status = 'open') AS next_due_on,
  (SELECT max(v.visited_on)::text FROM cultivation_visits v WHERE v.org_id = p.org_id) AS last_visit_on,
  p.added_at`;
const FROM = sql`
  FROM cultivation_pool p
  JOIN org_evaluation_facts o ON o.org_id = p.org_id
  LEFT JOIN LATERAL (SELECT d.display_name FROM user_directory d WHERE d.id = p.owner_id LIMIT 1) u ON true
  LEFT JOIN cultivation_latest_evaluations t ON t.org_id = p.org_id AND t.kind = 'tech_sme'
  LEFT JOIN cultivation_latest_evaluations h ON h.org_id = p.org_id AND h.kind = 'hte'`;

type EntryRow = {
  org_id: string | number;
  org_name: string;
  park: string | null;
  tier: PoolEntry['tier'];
  owner_id: string | number | null;
  owner_name: string | null;
  source: PoolEntry['source'];
  status: PoolEntry['status'];
  tech_sme_score: number | null;
  tech_sme_verdict: PoolEntry['techSmeVerdict'];
  hte_verdict: PoolEntry['hteVerdict'];
  open_tasks: number;
  next_due_on: string | null;
  last_visit_on: string | null;
  added_at: Date | string;
};
const toEntry = (r: EntryRow): PoolEntry => ({
  orgId: Number(r.org_id),
  orgName: r.org_name,
  park: r.park,
  tier: r.tier,
  ownerId: r.owner_id === null ? null : Number(r.owner_id),
  ownerName: r.owner_name,
  source: r.source,
  status: r.status,
  techSmeScore: r.tech_sme_score,
  techSmeVerdict: r.tech_sme_verdict,
  hteVerdict: r.hte_verdict,
  openTasks: Number(r.open_tasks),
  nextDueOn: r.next_due_on,
  lastVisitOn: r.last_visit_on,
  addedAt: new Date(r.added_at).toISOString(),
});

export async function poolList(tx: Tx, query: PoolListQuery) {
  const q = poolListQuerySchema.parse(query);
  const c: SQL[] = [sql`p.status = ${q.status}`];
  if (q.tier?.length) c.push(sql`p.tier = ANY(${`{${q.tier.join(',')}}`}::text[])`);
  if (q.ownerId) c.push(sql`p.owner_id = ${q.ownerId}`);
  if (q.q) c.push(sql`o.name ILIKE ${likeFragment(q.q)}`);
  const where = sql.join(c, sql` AND `);
  const { rows } = await tx.execute(sql`SELECT ${ENTRY} ${FROM} WHERE ${where} ORDER BY p.org_id ${pageClause(q)}`);
  const { rows: n } = await tx.execute(sql`SELECT count(*)::int AS n ${FROM} WHERE ${where}`);
  return { items: (rows as EntryRow[]).map(toEntry), total: Number(n[0]?.n ?? 0), q };
}

export async function poolEntry(tx: Tx, orgId: number): Promise<PoolEntry | undefined> {
  const { rows } = await tx.execute(sql`SELECT ${ENTRY} ${FROM} WHERE p.org_id = ${orgId}`);
  const r = rows[0] as EntryRow | undefined;
  return r && toEntry(r);
}

/** Whether `userId` is an active administrator (an owner, 服务专员, must be one), by identity's published view. */
export async function isActiveAdmin(tx: Tx, userId: number): Promise<boolean> {
  const { rows } = await tx.execute(sql`
    SELECT 1 FROM user_directory WHERE id = ${userId} AND status = 'active' AND role IN ('admin', 'superadmin')`);
  return rows.length > 0;
}

/** Refuses an owner (服务专员) or assignee who is not an active administrator; no owner is allowed. */
export async function assertActiveOwner(tx: Tx, ownerId: number | null | undefined) {
  if (ownerId !== undefined && ownerId !== null && !(await isActiveAdmin(tx, ownerId)))
    throw cultivationErrors.ownerNotAdmin();
}

export async function activeAdmins(tx: Tx) {
  const { rows } = await tx.execute(sql`
    SELECT DISTINCT id, display_name FROM user_directory
    WHERE status = 'active' AND role IN ('admin', 'superadmin') ORDER BY id LIMIT 500`);
  return rows.map((r) => ({ id: Number(r.id), name: String(r.display_name) }));
}

type TaskRow = {
  id: string | number;
  org_id: string | number;
  org_name: string;
  title: string;
  goal_code: string | null;
  due_on: string;
  status: 'open' | 'done' | 'cancelled';
  assignee_id: string | number | null;
  assignee_name: string | null;
  created_at: Date | string;
  closed_at: Date | string | null;
};
const TASK = sql`k.id, k.org_id, o.name AS org_name, k.title, k.goal_code, k.due_on::text AS due_on, k.status,
  k.assignee_id, u.display_name AS assignee_name, k.created_at, k.closed_at
  FROM cultivation_tasks k JOIN org_evaluation_facts o ON o.org_id = k.org_id
  LEFT JOIN LATERAL (SELECT d.display_name FROM user_directory d WHERE d.id = k.assignee_id LIMIT 1) u ON true`;
const toTask = (r: TaskRow) => ({
  id: Number(r.id),
  orgId: Number(r.org_id),
  orgName: r.org_name,
  title: r.title,
  goalCode: r.goal_code,
  dueOn: r.due_on,
  status: r.status,
  assigneeId: r.assignee_id === null ? null : Number(r.assignee_id),
  assigneeName: r.assignee_name,
  createdAt: new Date(r.created_at).toISOString(),
  closedAt: r.closed_at === null ? null : new Date(r.closed_at).toISOString(),
});

export async function tasksWhere(tx: Tx, where: SQL, limit = 200) {
  const { rows } = await tx.execute(sql`SELECT ${TASK} WHERE ${where} ORDER BY k.due_on, k.id LIMIT ${limit}`);
  return (rows as TaskRow[]).map(toTask);
}

/** A page of the tasks `where` finds (over `k`, the task, and `o`, its enterprise), soonest due first, with their total. */
export async function tasksPage(tx: Tx, where: SQL, q: { page: number; pageSize: number }) {
  const [page, count] = await Promise.all([
    tx.execute(sql`SELECT ${TASK} WHERE ${where} ORDER BY k.due_on, k.id ${pageClause(q)}`),
    tx.execute(sql`SELECT count(*)::int AS n
      FROM cultivation_tasks k JOIN org_evaluation_facts o ON o.org_id = k.org_id WHERE ${where}`),
  ]);
  return { items: (page.rows as TaskRow[]).map(toTask), total: Number(count.rows[0]?.n ?? 0) };
}

export async function visitsOf(tx: Tx, orgId: number) {
  const { rows } = await tx.execute(sql`
    SELECT v.id, v.visited_on::text AS visited_on, v.visitor_id, ${nameOf(sql`v.visitor_id`)} AS visitor_name, v.notes,
           v.created_at
    FROM cultivation_visits v
    WHERE v.org_id = ${orgId} ORDER BY v.visited_on DESC, v.id DESC`);
  return rows.map((r) => ({
    id: Number(r.id),
    visitedOn: String(r.visited_on),
    visitorId: Number(r.visitor_id),
    visitorName: String(r.visitor_name ?? ''),
    notes: String(r.notes),
    createdAt: new Date(r.created_at as string).toISOString(),
  }));
}

export async function outcomesOf(tx: Tx, orgId: number) {
  const { rows } = await tx.execute(sql`
    SELECT year, outcome, reason, recorded_at FROM cultivation_outcomes WHERE org_id = ${orgId} ORDER BY year DESC`);
  return rows.map((r) => ({
    year: Number(r.year),
    outcome: r.outcome as 'applied' | 'recognised' | 'failed',
    reason: (r.reason as string | null) ?? null,
    recordedAt: new Date(r.recorded_at as string).toISOString(),
  }));
}

export async function poolStats(tx: Tx) {
  const { rows: tiers } = await tx.execute(sql`
    SELECT tier, count(*)::int AS n FROM cultivation_pool WHERE status = 'active' GROUP BY tier`);
  const { rows: outcomes } = await tx.execute(sql`
    SELECT year, outcome, count(*)::int AS n FROM cultivation_outcomes GROUP BY year, outcome ORDER BY year, outcome`);
  const byTier = (['seed', 'growing', 'sprint'] as const).map((tier) => ({
    tier,
    count: Number(tiers.find((r) => r.tier === tier)?.n ?? 0),
  }));
  return {
    byTier,
    byOutcome: outcomes.map((r) => ({
      year: Number(r.year),
      outcome: r.outcome as 'applied' | 'recognised' | 'failed',
      count: Number(r.n),
    })),
  };
}
