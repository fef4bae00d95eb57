// The embedded PostgreSQL of a DATA_DIR, as real processes: `kill -9` of the server leaves its PostgreSQL running and
// the next start stops that orphan and comes up; a data directory or port held by something else is refused in one
// line naming the pid; the admin, migrate and seed commands use the running server's PostgreSQL instead of starting
// a second one on the same directory, and start (and stop) their own when no server runs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inspectDataDir, startEmbedded } from '../src/app/db/embedded.ts';
import { migrate } from '../src/app/db/migrator.ts';
import { createPool } from '../src/kernel/db/connection.ts';
import { freePort } from './database.ts';
import { uniqueName } from './harness.ts';
import {
  alive,
  type Child,
  cleanup,
  postmasterPid,
  ROOT,
  remember,
  run,
  startServer,
  tempDataDir,
  waitHealthy,
} from './processes.ts';

const ADMIN = path.join(ROOT, 'apps/server/src/cli/admin.ts');
const MIGRATE = path.join(ROOT, 'apps/server/src/cli/migrate.ts');

let dir: string;
let pgPort: number;
let env: Record<string, string>;
// Initialised and migrated once; every server and command below starts on it (initdb and migrations are slow).
beforeAll(async () => {
  dir = await tempDataDir('embedded');
  pgPort = await freePort();
  const pg = await startEmbedded({ dataDir: dir, port: pgPort });
  const pool = createPool(pg.url, 1);
  await migrate(pool).finally(() => pool.end());
  await pg.stop();
  env = { DATA_DIR: dir, PG_PORT: String(pgPort) };
});
afterAll(cleanup);

async function serve(): Promise<{ server: Child; base: string }> {
  const port = await freePort();
  const server = startServer({ ...env, PORT: String(port) });
  const base = `http://127.0.0.1:${port}`;
  await waitHealthy(base, server);
  return { server, base };
}

/** A command that must refuse: exit code 1 and one error line on its output. */
async function refused(child: Child): Promise<string> {
  expect(await child.exited, child.output()).toBe(1);
  const errors = child.output().match(/^error: .*$/gm) ?? [];
  expect(errors, child.output()).toHaveLength(1);
  return errors[0] as string;
}

let running: { server: Child; base: string } | undefined;

describe('a server killed with kill -9', () => {
  it('leaves its PostgreSQL running; the next start stops that orphan and comes up', async () => {
    const first = await serve();
    const orphan = postmasterPid(dir) as number;
    remember(orphan);
    first.server.proc.kill('SIGKILL'); // the node process only, as a crash or the OOM killer would
    expect(await first.server.exited).toBe('SIGKILL');
    expect(alive(orphan)).toBe(true);

    running = await serve();
    expect(running.server.output()).toContain(
      `stopping the embedded PostgreSQL (pid ${orphan}) left running by a server that ended`,
    );
    expect(alive(orphan)).toBe(false);
    expect(postmasterPid(dir)).not.toBe(orphan);
  }, 60_000);

  it('refuses a second server on the same DATA_DIR while the first runs, naming it', async () => {
    if (!running) running = await serve();
    // In this process rather than a third server: the same start, without booting the whole application again.
    await expect(startEmbedded({ dataDir: dir, port: await freePort() })).rejects.toThrow(
      `DATA_DIR ${dir} is in use by the server or command running as pid ${running.server.proc.pid} (`,
    );
    expect((await fetch(`${running.base}/api/health`)).status).toBe(200);
  }, 30_000);
});

describe('the admin commands while the server runs on the embedded PostgreSQL', () => {
  it('create-user, reconcile and db:migrate use the running instance; the server keeps working', async () => {
    if (!running) running = await serve();
    const { base } = running;
    const postmaster = postmasterPid(dir);
    const username = uniqueName('cli');

    const create = run(
      ADMIN,
      ['create-user', '--username', username, '--password', 'Quiet-Harbour-Lamp-42', '--role', 'expert'],
      env,
    );
    expect(await create.exited, create.output()).toBe(0);
    expect(create.output()).toContain(`created user ${username}`);
    expect(create.output()).toContain(`using the running embedded PostgreSQL (pid ${postmaster})`);

    const reconcile = run(ADMIN, ['reconcile'], env);
    expect(await reconcile.exited, reconcile.output()).toBe(0);
    expect(reconcile.output()).toContain('ledger reconciled: no differences');

    const migrateCmd = run(MIGRATE, [], env);
    expect(await migrateCmd.exited, migrateCmd.output()).toBe(0);
    expect(migrateCmd.output()).toContain('database is up to date');

    // The account the command created logs in on the running server, whose PostgreSQL is the same one.
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'Quiet-Harbour-Lamp-42' }),
    });
    expect(login.status, await login.clone().text()).toBe(200);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect(postmasterPid(dir)).toBe(postmaster);
  }, 60_000);

  it('without a server, a command starts its own PostgreSQL (over a stale postmaster.pid) and stops it after', async () => {
    if (running) {
      running.server.proc.kill('SIGTERM');
      expect(await running.server.exited).toBe(0);
      running = undefined;
    }
    expect(postmasterPid(dir)).toBeNull();
    // A lock file left by a PostgreSQL that is gone: its pid is a process that has ended.
    const ended = run('-e', ['0'], {});
    await ended.exited;
    writeFileSync(path.join(dir, 'pg', 'postmaster.pid'), `${ended.proc.pid}\n${path.join(dir, 'pg')}\n0\n${pgPort}\n`);

    const reconcile = run(ADMIN, ['reconcile'], env);
    expect(await reconcile.exited, reconcile.output()).toBe(0);
    expect(reconcile.output()).toContain('ledger reconciled: no differences');
    expect(postmasterPid(dir)).toBeNull();
  }, 30_000);
});

describe('a DATA_DIR or PG_PORT held by something else', () => {
  it('refuses in one line naming the program that holds the data directory, and exits 1', async () => {
    expect(postmasterPid(dir)).toBeNull();
    const other = run('-e', ['setTimeout(() => {}, 60_000)'], {});
    const pid = other.proc.pid as number;
    writeFileSync(path.join(dir, 'pg', 'postmaster.pid'), `${pid}\n${path.join(dir, 'pg')}\n0\n${pgPort}\n`);
    try {
      const line = await refused(startServer({ ...env, PORT: String(await freePort()) }));
      expect(line).toContain(`postmaster.pid names pid ${pid}, which is \`${process.execPath} -e`);
      expect(line).toContain(`stop pid ${pid} or set DATA_DIR`);
    } finally {
      other.proc.kill('SIGKILL');
      await other.exited;
    }
  }, 30_000);

  it('tells a PostgreSQL of another data directory from ours', async (ctx) => {
    // The tests' own PostgreSQL: when it runs on this machine, its pid in our lock file is a foreign holder.
    const client = new pg.Client({ connectionString: inject('dbAdminUrl') });
    await client.connect();
    const { rows } = await client
      .query<{ dir: string }>('SELECT current_setting($1) AS dir', ['data_directory'])
      .finally(() => client.end());
    let theirs: string | undefined;
    try {
      theirs = readFileSync(path.join(String(rows[0]?.dir), 'postmaster.pid'), 'utf8').split('\n')[0];
    } catch {}
    if (!theirs || !alive(Number(theirs))) return ctx.skip(); // TEST_DATABASE_URL on another machine
    const file = path.join(dir, 'pg', 'postmaster.pid');
    writeFileSync(file, `${theirs}\n${path.join(dir, 'pg')}\n0\n${pgPort}\n`);
    try {
      expect(inspectDataDir(dir)).toEqual({
        kind: 'foreign',
        pid: Number(theirs),
        what: `a PostgreSQL serving ${rows[0]?.dir}`,
      });
      await expect(startEmbedded({ dataDir: dir, port: pgPort, reuse: true })).rejects.toThrow(
        `names pid ${theirs}, which is a PostgreSQL serving ${rows[0]?.dir}, not this DATA_DIR's PostgreSQL`,
      );
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('names the process that listens on PG_PORT', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve, reject) => {
      blocker.once('error', reject);
      blocker.listen(pgPort, '127.0.0.1', resolve);
    });
    try {
      await expect(startEmbedded({ dataDir: dir, port: pgPort })).rejects.toThrow(
        `port ${pgPort} for the embedded PostgreSQL is taken by pid ${process.pid} (\`${process.execPath}`,
      );
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  }, 30_000);
});
