import type pg from 'pg';
import { orgListQueries } from './sql.ts';

/** EXPLAIN ANALYZE of the search page and count for one fragment, as text for the report. */
export async function explainSearch(pool: pg.Pool, fragment: string): Promise<string> {
  const { page, count } = orgListQueries(fragment, 1, 20);
  const out: string[] = [];
  for (const [label, q] of [
    ['page', page],
    ['count', count],
  ] as const) {
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${q.text}`, q.values);
    out.push(`-- ${label} (q = ${fragment})`, ...rows.map((r) => r['QUERY PLAN']));
  }
  return out.join('\n');
}
