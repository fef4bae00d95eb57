import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { flushWrites, openDeferral } from './deferred.ts';
import { retryOnce } from './retry.ts';
import { prepareRepeated } from './statements.ts';

// bigint (int8) as a JS number: ids and fen amounts stay below 2^53. Dates (not timestamps) stay 'YYYY-MM-DD'.
// Set on pg's global parsers because Drizzle passes its own per-query parsers built on them for raw SQL.
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

export type Db = NodePgDatabase<Record<string, never>> & { $client: pg.Pool };
/** A transaction handle or the database: repositories take either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export function createPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, application_name: 'cz-platform' });
  // A client that loses its connection must not take the process down: an idle one is reported by the pool, a
  // checked-out one by the client itself (its query fails, and the request answers 503 through the error handler).
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
    prepareRepeated(client);
  });
  return pool;
}

/**
 * The database handle of the app. Its transactions defer the writes queued with `deferWrite` (audit rows,
 * notifications, order events) and send them in one statement when the callback returns, before COMMIT. A
 * transaction that PostgreSQL aborted as a deadlock victim or for a serialization failure runs once more from the
 * start (kernel/db/retry.ts): everything it did was rolled back, and the callbacks write only through their
 * transaction (event handlers run in it; work that leaves the database goes through an outbox written in it).
 */
export function createDb(pool: pg.Pool): Db {
  const db = drizzle({ client: pool }) as Db;
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn, config) =>
    retryOnce(() =>
      transaction(async (tx) => {
        openDeferral(tx);
        const result = await fn(tx);
        await flushWrites(tx);
        return result;
      }, config),
    )) as Db['transaction'];
  return db;
}

/** Checks that the server answers; throws with the driver's reason otherwise. */
export async function ping(pool: pg.Pool): Promise<void> {
  await pool.query('SELECT 1');
}
