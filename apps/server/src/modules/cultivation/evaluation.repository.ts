import type {
  EvaluationKind,
  EvaluationListQuery,
  EvaluationSummary,
  EvaluationTrigger,
} from '@cz/shared/cultivation-api';
import { evaluationListQuerySchema } from '@cz/shared/cultivation-api';
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { pageClause } from '../../kernel/paging.ts';
import { compact, type Outcome } from './evaluators.ts';

/**
 * Stores outcomes of organisations in one INSERT whose rows come as one JSON parameter (a batch chunk has more rows ×
 * columns than a statement may have parameters); the database keeps the latest per org and kind (trigger).
 */
export async function insertOutcomes(
  tx: Tx,
  rows: { orgId: number; outcome: Outcome }[],
  trigger: EvaluationTrigger,
  batchId: number | null = null,
): Promise<number[]> {
  if (rows.length === 0) return [];
  const json = JSON.stringify(
    rows.map(({ orgId, outcome: o }) => ({
      org_id: orgId,
      kind: o.kind,
      assessed_on: o.assessedOn,
      pack_id: o.packId,
      input: o.input,
      result: compact(o.result),
      score_min: o.scoreMin,
      score_max: o.scoreMax,
      verdict: o.verdict,
    })),
  );
  const { rows: ids } = await tx.execute(sql`
    INSERT INTO cultivation_evaluations
      (org_id, kind, assessed_on, pack_id, input, result, score_min, score_max, verdict, trigger, batch_id)
    SELECT x.org_id, x.kind, x.assessed_on, x.pack_id, x.input, x.result, x.score_min, x.score_max, x.verdict,
           ${trigger}, ${batchId}::bigint
    FROM jsonb_to_recordset(${json}::jsonb) AS x(org_id bigint, kind text, assessed_on date, pack_id text, input jsonb,
         result jsonb, score_min smallint, score_max smallint, verdict text)
    ON CONFLICT DO NOTHING
    RETURNING id`);
  return ids.map((r) => Number(r.id));
}

export type SummaryRow = {
  id: string | number;
  org_id: string | number;
  org_name: string;
  park: string | null;
  industry: string | null;
  kind: EvaluationSummary['kind'];
  assessed_on: string;
  pack_id: string;
  score_min: number | null;
  score_max: number | null;
  verdict: EvaluationSummary['verdict'];
  trigger: EvaluationSummary['trigger'];
  created_at: Date | string;
  input?: Record<string, unknown>;
  result?: Record<string, unknown>;
};

export const toSummary = (r: SummaryRow): EvaluationSummary => ({
  id: Number(r.id),
  orgId: Number(r.org_id),
  orgName: r.org_name,
  park: r.park,
  industry: r.industry?.trim() || null,
  kind: r.kind,
  assessedOn: r.assessed_on,
  packId: r.pack_id,
  scoreMin: r.score_min,
  scoreMax: r.score_max,
  verdict: r.verdict,
  trigger: r.trigger,
  createdAt: new Date(r.created_at).toISOString(),
});

const SUMMARY = sql`e.id, e.org_id, f.name AS org_name, f.park, f.industry, e.kind, e.assessed_on::text AS assessed_on,
  e.pack_id, e.score_min, e.score_max, e.verdict, e.trigger, e.created_at`;

/** The latest evaluations of one organisation (one per kind), with input and result. */
export async function latestOf(tx: Tx, orgId: number): Promise<SummaryRow[]> {
  const { rows } = await tx.execute(sql`
    SELECT ${SUMMARY}, e.input, e.result
    FROM cultivation_latest l
    JOIN cultivation_evaluations e ON e.id = l.evaluation_id
    JOIN org_evaluation_facts f ON f.org_id = e.org_id
    WHERE l.org_id = ${orgId}
    ORDER BY e.kind`);
  return rows as SummaryRow[];
}

/** A page of one organisation's evaluations, newest first, of one kind or all, with their total. */
export async function historyOf(
  tx: Tx,
  orgId: number,
  q: { kind?: EvaluationKind | undefined; page: number; pageSize: number },
): Promise<{ rows: SummaryRow[]; total: number }> {
  const where = q.kind ? sql`e.org_id = ${orgId} AND e.kind = ${q.kind}` : sql`e.org_id = ${orgId}`;
  const [page, count] = await Promise.all([
    tx.execute(sql`
      SELECT ${SUMMARY} FROM cultivation_evaluations e JOIN org_evaluation_facts f ON f.org_id = e.org_id
      WHERE ${where} ORDER BY e.id DESC ${pageClause(q)}`),
    tx.execute(sql`SELECT count(*)::int AS n FROM cultivation_evaluations e WHERE ${where}`),
  ]);
  return { rows: page.rows as SummaryRow[], total: Number(count.rows[0]?.n ?? 0) };
}

export async function evaluationById(tx: Tx, id: number): Promise<SummaryRow | undefined> {
  const { rows } = await tx.execute(sql`
    SELECT ${SUMMARY}, e.input, e.result
    FROM cultivation_evaluations e JOIN org_evaluation_facts f ON f.org_id = e.org_id WHERE e.id = ${id}`);
  return rows[0] as SummaryRow | undefined;
}

/** The conditions of the administration's list over the latest evaluations. */
function listConditions(q: ReturnType<typeof evaluationListQuerySchema.parse>): SQL {
  const c: SQL[] = [sql`true`];
  if (q.kind) c.push(sql`e.kind = ${q.kind}`);
  if (q.verdict?.length) c.push(sql`e.verdict = ANY(${`{${q.verdict.join(',')}}`}::text[])`);
  if (q.scoreMin !== undefined) c.push(sql`e.score_max >= ${q.scoreMin}`);
  if (q.scoreMax !== undefined) c.push(sql`e.score_min <= ${q.scoreMax}`);
  if (q.park) c.push(sql`f.park = ${q.park}`);
  if (q.industry) c.push(sql`f.industry = ${q.industry}`);
  if (q.q) c.push(sql`f.name ILIKE ${likeFragment(q.q)}`);
  return sql.join(c, sql` AND `);
}

export async function listLatest(tx: Tx, query: EvaluationListQuery) {
  const q = evaluationListQuerySchema.parse(query);
  const where = listConditions(q);
  const { rows } = await tx.execute(sql`
    SELECT ${SUMMARY}, count(*) OVER () AS total
    FROM cultivation_latest l
    JOIN cultivation_evaluations e ON e.id = l.evaluation_id
    JOIN org_evaluation_facts f ON f.org_id = e.org_id
    WHERE ${where}
    ORDER BY e.score_max DESC NULLS LAST, e.org_id, e.kind
    ${pageClause(q)}`);
  const list = rows as (SummaryRow & { total: string | number })[];
  let total = list.length ? Number(list[0]?.total) : 0;
  if (!list.length && q.page > 1) {
    const { rows: c } = await tx.execute(sql`
      SELECT count(*)::int AS n FROM cultivation_latest l JOIN cultivation_evaluations e ON e.id = l.evaluation_id
      JOIN org_evaluation_facts f ON f.org_id = e.org_id WHERE ${where}`);
    total = Number(c[0]?.n ?? 0);
  }
  return { items: list.map(toSummary), total, q };
}
