import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Tx } from './connection.ts';

/**
 * Writes that nothing later in the same transaction reads back — audit rows, notifications, an order's history
 * events — wait until the transaction ends and then go to the database together, as one statement of data-modifying
 * CTEs: a use case that writes an order event, two audit rows and a notification pays one round trip for them, not
 * four. They commit or roll back with the transaction like any other write.
 *
 * - Inside `db.transaction(…)` (see createDb) a write is queued; it runs when the callback returns, before COMMIT, or
 *   earlier when the code calls `flushWrites(tx)` because it is about to read what was queued.
 * - Outside a transaction (the plain `db`, or a savepoint opened with `tx.transaction`) it runs at once.
 * - Writes with the same `batch` key become one multi-row statement (`combine` builds it from their rows, in the
 *   order they were queued), so that identity columns follow the order of the calls; the statements of different
 *   keys run side by side in one statement, where PostgreSQL gives them no order among themselves and none sees the
 *   others' rows — which is why only writes that nothing reads back may be deferred.
 */
type Pending = { batch: string; rows: unknown[]; combine: (rows: unknown[]) => SQL | SQLWrapper };

const queues = new WeakMap<object, Pending[]>();

/** Called by the transaction wrapper of createDb: from now on, writes through `tx` are queued. */
export function openDeferral(tx: object): void {
  queues.set(tx, []);
}

/**
 * Queues `row` for the statement `combine(rows)` of its `batch` (or runs that statement at once outside a
 * transaction). `batch` must name one table and one statement shape: every write of a batch is combined by the
 * first one's `combine`.
 */
export async function deferWrite<R>(
  tx: Tx,
  batch: string,
  row: R,
  combine: (rows: R[]) => SQL | SQLWrapper,
): Promise<void> {
  const queue = queues.get(tx);
  if (!queue) {
    await tx.execute(toSql(combine([row])));
    return;
  }
  const open = queue.find((p) => p.batch === batch);
  if (open) open.rows.push(row);
  else queue.push({ batch, rows: [row], combine: combine as (rows: unknown[]) => SQL | SQLWrapper });
}

/**
 * Runs what `tx` has queued now, in one statement. With `then`, that statement ends with this SELECT instead of
 * `SELECT 1` and its rows are returned (it sees the rows of earlier statements, not the ones queued here): a use case
 * may read its answer in the same round trip.
 */
export async function flushWrites(tx: Tx, then?: SQL): Promise<Record<string, unknown>[]> {
  const queue = queues.get(tx);
  const pending = queue ? queue.splice(0) : [];
  if (pending.length === 0) return then ? (await tx.execute(then)).rows : [];
  const statements = pending.map((p) => toSql(p.combine(p.rows)));
  if (statements.length === 1 && !then) {
    await tx.execute(statements[0] as SQL);
    return [];
  }
  const ctes = sql.join(
    statements.map((s, i) => sql`${sql.raw(`w${i}`)} AS (${s})`),
    sql`, `,
  );
  return (await tx.execute(sql`WITH ${ctes} ${then ?? sql`SELECT 1`}`)).rows;
}

const toSql = (s: SQL | SQLWrapper): SQL => ('getSQL' in s ? s.getSQL() : (s as SQL));
