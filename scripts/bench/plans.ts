import type pg from 'pg';
import { orgListQueries } from './sql.ts';

/** EXPLAIN ANALYZE of the search page (with its window count) for one fragment, as text for the report. */
export async function explainSearch(pool: pg.Pool, fragment: string): Promise<string> {
  const [q] = orgListQueries(fragment, 1, 20);
  if (!q) throw new Error('no query');
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${q.text}`, q.values);
  return [`-- page and total (q = ${fragment})`, ...rows.map((r) => r['QUERY PLAN'])].join('\n');
}
