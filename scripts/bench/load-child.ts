// Runs in its own process so that the load generator does not share an event loop with the servers under test.
// Input: one JSON LoadSpec as argv[2]. Output: one JSON Sample on stdout.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { LoadSpec, Sample } from './load.ts';

const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;

let next = 0;
const plan = spec.slots;
const sequence = spec.sequenceFile
  ? (JSON.parse(readFileSync(spec.sequenceFile, 'utf8')) as {
      path: string;
      headers?: Record<string, string>;
      body?: string;
    }[])
  : null;
const requests = sequence
  ? [
      {
        method: 'POST',
        setupRequest: (req: Record<string, unknown>) => {
          const r = sequence[next++ % sequence.length] as (typeof sequence)[number];
          return { ...req, path: r.path, headers: { ...(req.headers as object), ...r.headers }, body: r.body };
        },
      },
    ]
  : plan
    ? spec.requests.map((r) => ({
        ...r,
        setupRequest: (req: Record<string, unknown>) => {
          const n = next++;
          const instrumentId = plan.instrumentIds[n % plan.instrumentIds.length];
          const start = plan.baseMs + Math.floor(n / plan.instrumentIds.length) * plan.minutes * 60_000;
          const end = start + plan.minutes * 60_000;
          const body = {
            ...plan.extra,
            instrumentId,
            start: new Date(start).toISOString(),
            end: new Date(end).toISOString(),
          };
          return { ...req, body: JSON.stringify(body) };
        },
      }))
    : spec.requests;
const options = { url: spec.url, connections: spec.connections, requests, timeout: 30 };

if (spec.warmup > 0) await autocannon({ ...options, duration: spec.warmup });
const latencies: number[] = [];
const run = autocannon({ ...options, duration: spec.duration });
run.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
  latencies.push(Math.round(responseTime * 100) / 100);
});
const r = await run;
const sample: Sample = {
  requests: r.requests.total,
  seconds: r.duration,
  latencies,
  errors: r.errors,
  non2xx: r.non2xx,
  statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])),
};
process.stdout.write(`${JSON.stringify(sample)}\n`);
