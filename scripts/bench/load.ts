import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { Request } from 'autocannon';

/** Distinct booking periods, one per request: instrument n mod count, then the next free period of that instrument. */
export type SlotPlan = { instrumentIds: number[]; baseMs: number; minutes: number; extra?: Record<string, unknown> };
export type LoadSpec = {
  url: string;
  connections: number;
  warmup: number;
  duration: number;
  requests: Request[];
  /** When set, each request's JSON body is the next distinct booking period (for booking creation). */
  slots?: SlotPlan;
  /** When set, a JSON file of requests ({ path, headers, body }) sent one after another, each once. */
  sequenceFile?: string;
};
/** One measured autocannon run; latencies in milliseconds, one per response. */
export type Sample = {
  requests: number;
  seconds: number;
  latencies: number[];
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
};
export type LoadResult = {
  requests: number;
  reqPerSec: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p99: number;
  /** Connection errors, timeouts included. */
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
};

const CHILD = path.join(import.meta.dirname, 'load-child.ts');
const running = new Set<ChildProcess>();

/** Stops any load generator still running: a benchmark that ends early must not leave autocannon firing. */
export function stopLoads(): void {
  for (const child of running) child.kill();
}
process.once('exit', stopLoads);

/** Runs autocannon (warm-up, then the measured run) in a child process and returns what it measured. */
export function runLoad(spec: LoadSpec): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'inherit'] });
    running.add(child);
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      running.delete(child);
      if (code !== 0) return reject(new Error(`load generator exited with ${signal ?? code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as Sample);
      } catch {
        reject(new Error(`load generator printed no result: ${out.slice(0, 200)}`));
      }
    });
  });
}

/**
 * The same load in two rounds of half the duration each, the warm-up before the first, merged: how the suites
 * measure one server and scenario.
 */
export async function runRounds(spec: Omit<LoadSpec, 'warmup' | 'duration'> & { warmup: number; duration: number }) {
  const samples: Sample[] = [];
  for (let r = 0; r < 2; r++)
    samples.push(await runLoad({ ...spec, warmup: r === 0 ? spec.warmup : 0, duration: spec.duration / 2 }));
  return summarise(samples);
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0) : 0;

/** Merges the rounds of one server and scenario into throughput and latency percentiles. */
export function summarise(samples: Sample[]): LoadResult {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const requests = samples.reduce((n, s) => n + s.requests, 0);
  const seconds = samples.reduce((n, s) => n + s.seconds, 0);
  const statusCodes: Record<string, number> = {};
  for (const s of samples)
    for (const [code, n] of Object.entries(s.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + n;
  return {
    requests,
    reqPerSec: seconds > 0 ? requests / seconds : 0,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors: samples.reduce((n, s) => n + s.errors, 0),
    non2xx: samples.reduce((n, s) => n + s.non2xx, 0),
    statusCodes,
  };
}
