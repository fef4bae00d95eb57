import type pg from 'pg';
import { createDb, createPool, type Db, ping } from '../../kernel/db/connection.ts';
import type { Config } from '../config.ts';
import { type EmbeddedServer, StartupError, startEmbedded } from './embedded.ts';
import { migrate } from './migrator.ts';

export type OpenDatabase = { pool: pg.Pool; db: Db; url: string; embedded: boolean; close: () => Promise<void> };

/** DATABASE_URL when set, otherwise the embedded PostgreSQL under DATA_DIR; then migrations under the advisory lock. */
export async function openDatabase(
  config: Config,
  opts: {
    log?: (msg: string) => void;
    poolSize?: number;
    /**
     * How to treat an embedded PostgreSQL that already runs for DATA_DIR: `server` (the default) stops one left by a
     * server that ended and restarts its own when it dies; `tool` (the command-line tools) connects to a running one
     * and leaves it running, and otherwise starts one for the command and stops it after.
     */
    as?: 'server' | 'tool';
  } = {},
): Promise<OpenDatabase> {
  let embedded: EmbeddedServer | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const tool = opts.as === 'tool';
    if (!tool) opts.log?.(`starting embedded PostgreSQL in ${config.dataDir} on port ${config.pgPort}`);
    embedded = await startEmbedded({
      dataDir: config.dataDir,
      port: config.pgPort,
      log: opts.log,
      reuse: tool,
      restart: !tool,
    });
    url = embedded.url;
  }
  const pool = createPool(url, opts.poolSize ?? 20);
  try {
    await ping(pool);
  } catch (err) {
    await pool.end().catch(() => {});
    await embedded?.stop().catch(() => {});
    const where = config.databaseUrl ? new URL(config.databaseUrl).host : `embedded port ${config.pgPort}`;
    throw new StartupError(`cannot reach the database at ${where}: ${(err as Error).message}`);
  }
  let applied: string[];
  try {
    applied = await migrate(pool);
  } catch (err) {
    // A command that fails here exits: it must not leave the PostgreSQL it started running behind it.
    await pool.end().catch(() => {});
    await embedded?.stop().catch(() => {});
    throw err;
  }
  if (applied.length) opts.log?.(`applied migrations: ${applied.join(', ')}`);
  return {
    pool,
    db: createDb(pool),
    url,
    embedded: Boolean(embedded),
    close: async () => {
      await pool.end();
      await embedded?.stop();
    },
  };
}
