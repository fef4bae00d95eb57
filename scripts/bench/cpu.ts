// Where the CPU of a measured run went: this process (the servers), PostgreSQL's processes, and the rest of the
// machine (the load generator, mostly), read from /proc; and, when BENCH_CPU_PROFILE names a folder, a V8 CPU profile
// of this process over the app's runs, for `node --cpu-prof`-style reading without the seeding in it.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';

export type CpuSplit = { serverMs: number; postgresMs: number; otherMs: number };

const TICK_MS = 10; // USER_HZ is 100 on Linux

/**
 * The PostgreSQL whose CPU is counted: the postmaster of this pid and its backends, or, when no pid is known (a
 * server the benchmark did not start), every process named postgres on the machine.
 */
let postmaster: number | undefined;
export function countPostgresOf(pid: number | undefined): void {
  postmaster = pid;
}

function postgresTicks(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (name !== 'postgres') continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (postmaster !== undefined && Number(pid) !== postmaster && Number(fields[1]) !== postmaster) continue;
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // the process ended between the listing and the read
    }
  }
  return ticks;
}

function machineBusyMs(): number {
  return os.cpus().reduce((sum, c) => sum + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);
}

/** Runs fn and reports the CPU milliseconds spent meanwhile by this process, PostgreSQL and everything else. */
export async function cpuDuring<T>(fn: () => Promise<T>): Promise<{ result: T; cpu: CpuSplit }> {
  const own = process.cpuUsage();
  const pg0 = postgresTicks();
  const all0 = machineBusyMs();
  const result = await fn();
  const ownUs = process.cpuUsage(own);
  const serverMs = (ownUs.user + ownUs.system) / 1000;
  const postgresMs = (postgresTicks() - pg0) * TICK_MS;
  const otherMs = Math.max(0, machineBusyMs() - all0 - serverMs - postgresMs);
  return { result, cpu: { serverMs, postgresMs, otherMs } };
}

export const addCpu = (a: CpuSplit, b: CpuSplit): CpuSplit => ({
  serverMs: a.serverMs + b.serverMs,
  postgresMs: a.postgresMs + b.postgresMs,
  otherMs: a.otherMs + b.otherMs,
});
export const noCpu = (): CpuSplit => ({ serverMs: 0, postgresMs: 0, otherMs: 0 });

/** Profiles fn with V8's sampling profiler when BENCH_CPU_PROFILE is set; writes `<folder>/<name>.cpuprofile`. */
export async function profiled<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const folder = process.env.BENCH_CPU_PROFILE;
  if (!folder) return fn();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}
