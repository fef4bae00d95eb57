// Real processes for the operational tests: the server as `npm start` runs it, the command-line tools, and the
// PostgreSQL they use. Everything started here is remembered and ended by `cleanup()`, also when a test fails.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
const MAIN = path.join(ROOT, 'apps/server/src/main.ts');

export type Child = {
  proc: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
};

const started = new Set<ChildProcess>();
const extraPids = new Set<number>();
const dirs = new Set<string>();

/** A temporary DATA_DIR the postgres system user can enter. */
export async function tempDataDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `cz-${prefix}-`));
  await chmod(dir, 0o755);
  dirs.add(dir);
  return dir;
}

/** Runs `node <script> ...args` from the repository root with the given environment (added to the tests' own). */
export function run(script: string, args: string[], env: Record<string, string>): Child {
  const proc = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(proc);
  let out = '';
  proc.stdout?.on('data', (d) => {
    out += d;
  });
  proc.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | string>((resolve) =>
    proc.once('exit', (code, signal) => {
      started.delete(proc);
      resolve(code ?? signal ?? -1);
    }),
  );
  return { proc, output: () => out, exited };
}

/** The server (apps/server/src/main.ts, what `npm start` runs after building the web app). */
export const startServer = (env: Record<string, string>) =>
  run(MAIN, [], { HOST: '127.0.0.1', SEED_DEMO: '0', JOBS: '0', ...env });

/** Waits until GET /api/health answers 200; fails early when the process exits. */
export async function waitHealthy(base: string, child?: Child, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.proc.exitCode !== null) throw new Error(`the server exited:\n${child.output()}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`no healthy answer from ${base} in ${timeoutMs} ms\n${child?.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The pid in DATA_DIR/pg/postmaster.pid, when that file exists. */
export function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // An exited child that nobody reaped yet is a zombie: gone for every purpose here.
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

export async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A process that cleanup() must end although the test did not start it (an orphaned PostgreSQL). */
export const remember = (pid: number) => extraPids.add(pid);

/** Ends every process started here (SIGTERM, then SIGKILL), every remembered pid, and removes the temp dirs. */
export async function cleanup(): Promise<void> {
  for (const dir of dirs) {
    const pid = postmasterPid(dir);
    if (pid !== null) extraPids.add(pid);
  }
  await Promise.all(
    [...started].map(async (proc) => {
      const gone = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    }),
  );
  for (const pid of extraPids) {
    if (!alive(pid)) continue;
    try {
      process.kill(pid, 'SIGINT'); // PostgreSQL's fast shutdown
    } catch {}
    await waitUntil(`pid ${pid} ended`, () => !alive(pid), 15_000).catch(() => {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
    });
  }
  extraPids.clear();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true }).catch(() => {});
  dirs.clear();
}
