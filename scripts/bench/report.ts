import os from 'node:os';
import { writeSection } from './doc.ts';
import type { LoadResult } from './load.ts';

export type Scenario = {
  key: 'login' | 'search' | 'search10' | 'list';
  label: string;
  request: string;
  connections?: number;
};
export type Row = { scenario: Scenario; app: LoadResult; bare: LoadResult };
export type Machine = {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  postgres: string;
  os: string;
  /** 1-minute load average when the run started: other work on the machine skews the numbers. */
  loadBefore: number;
};
export type RunFacts = {
  date: string;
  machine: Machine;
  database: string;
  settings: string[];
  dataset: string[];
  /** EXPLAIN ANALYZE of the search queries, measured after the load. */
  plans: string;
};

export const TARGETS = { searchP99Ms: 50, minRatio: 0.5 };

export function machine(postgres: string, loadBefore: number): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadBefore,
  };
}

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const ms = (n: number) => fmt(n, n < 10 ? 1 : 0);
const ratio = (r: Row) => (r.bare.reqPerSec > 0 ? r.app.reqPerSec / r.bare.reqPerSec : 0);

export function table(rows: Row[]): string {
  const lines = [
    '| scenario | server | req/s | p50 ms | p99 ms | errors / non-2xx | app ÷ bare req/s |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    for (const [name, l] of [
      ['app', r.app],
      ['bare', r.bare],
    ] as const) {
      const cell = name === 'app' ? `**${fmt(ratio(r), 2)}**` : '';
      lines.push(
        `| ${r.scenario.label} | ${name} | ${fmt(l.reqPerSec, 1)} | ${ms(l.p50)} | ${ms(l.p99)} | ${l.errors} / ${l.non2xx} | ${cell} |`,
      );
    }
  }
  return lines.join('\n');
}

export type Verdict = { target: string; measured: string; pass: boolean };

export function verdicts(rows: Row[]): Verdict[] {
  const out: Verdict[] = [];
  const search = rows.find((r) => r.scenario.key === 'search');
  if (search) {
    out.push({
      target: `org search p99 ≤ ${TARGETS.searchP99Ms} ms (app)`,
      measured: `${ms(search.app.p99)} ms`,
      pass: search.app.p99 <= TARGETS.searchP99Ms,
    });
  }
  for (const r of rows) {
    out.push({
      target: `${r.scenario.label}: app ÷ bare req/s ≥ ${TARGETS.minRatio}`,
      measured: fmt(ratio(r), 2),
      pass: ratio(r) >= TARGETS.minRatio,
    });
  }
  return out;
}

function interpretation(rows: Row[], facts: RunFacts): string[] {
  const by = (k: Scenario['key']) => rows.find((r) => r.scenario.key === k);
  const out: string[] = [];
  const login = by('login');
  if (login) {
    out.push(
      `- **Login** is bound by argon2id (m = 19 MiB, t = 2, p = 1, on the libuv thread pool) in both servers: ` +
        `${fmt(login.app.reqPerSec, 1)} vs ${fmt(login.bare.reqPerSec, 1)} req/s, ratio ${fmt(ratio(login), 2)}. ` +
        'A hash costs tens of milliseconds of CPU, so the ratio says little about the framework; login throughput is set ' +
        'by the hashing parameters and the core count, and it varies from run to run. ' +
        'The app ran with LOGIN_RATE_PER_MINUTE effectively unlimited so that it measured hashing, not HTTP 429s.',
    );
  }
  const search = by('search');
  if (search) {
    const pass = search.app.p99 <= TARGETS.searchP99Ms;
    const usesBigrams = facts.plans.includes('organisations_name_bigrams');
    const floor = (50 / Math.max(search.app.reqPerSec, 1)) * 1000;
    out.push(
      `- **Search** by a two-character fragment: p99 ${ms(search.app.p99)} ms (app) vs ${ms(search.bare.p99)} ms (bare), ` +
        `ratio ${fmt(ratio(search), 2)}; the target is ${pass ? 'met' : 'missed'}. Both servers send the same SQL. ` +
        (usesBigrams
          ? 'The plan below shows the bigram GIN index (migration 0003) finding the few hundred matching names, so the ' +
            'database no longer reads the whole registry for a two-character fragment; the page and its total come back in one query. '
          : 'The plan below shows how PostgreSQL answers it. ') +
        `With 50 connections always waiting, the mean latency is 50 ÷ throughput (Little's law): at ${fmt(search.app.reqPerSec, 0)} req/s ` +
        `that is ${fmt(floor, 0)} ms, so a p99 ≤ ${TARGETS.searchP99Ms} ms at 50 connections needs more than ${fmt((50 / TARGETS.searchP99Ms) * 1000, 0)} req/s ` +
        'on two cores that PostgreSQL, Node and the load generator share.',
    );
  }
  const search10 = by('search10');
  if (search10) {
    out.push(
      `- **Search at 10 connections** (the same requests): ${fmt(search10.app.reqPerSec, 1)} req/s, p99 ${ms(search10.app.p99)} ms (app) ` +
        `vs ${ms(search10.bare.p99)} ms (bare): the latency a person sees when the server is busy but not saturated.`,
    );
  }
  const list = by('list');
  if (list) {
    out.push(
      `- **List page** (first page, newest first, verified only, with total): ${fmt(list.app.reqPerSec, 1)} vs ` +
        `${fmt(list.bare.reqPerSec, 1)} req/s, ratio ${fmt(ratio(list), 2)}. The page is a short index walk; ` +
        'the exact total is a count over all verified rows, run in parallel with the page.',
    );
  }
  out.push(
    '- Per request the app does what the bare server skips: zod validation of the query and body, the auth hook ' +
      '(cookie and origin checks), request ids, security headers, drizzle building the SQL and mapping rows, the error ' +
      'handler. Everything (both servers, the load generator, PostgreSQL) shares the same cores, so absolute numbers ' +
      'are lower than with the load generator and database elsewhere; with 50 connections in a closed loop, mean ' +
      'latency is about 50 ÷ throughput, so a p99 of 50 ms needs well over 1,000 req/s. ' +
      `The machine's 1-minute load average was ${fmt(facts.machine.loadBefore, 2)} when the run started; other work ` +
      'on the machine makes single runs vary by tens of per cent.',
  );
  return out;
}

export function markdown(rows: Row[], facts: RunFacts): string {
  const m = facts.machine;
  const v = verdicts(rows);
  return `## Organisation registry and login (suite \`registry\`)

### Last run

- Date: ${facts.date}
- Machine: ${m.cpus} CPU cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, ${m.os}; load average ${fmt(m.loadBefore, 2)} at start
- Node.js ${m.node}; PostgreSQL ${m.postgres}
- Database: ${facts.database}
${facts.settings.map((s) => `- ${s}`).join('\n')}
- Data: ${facts.dataset.join('; ')}

### Results

${table(rows)}

req/s is requests ÷ seconds over the measured rounds; p50/p99 are percentiles of every response's latency as
autocannon timed it; errors are connection errors and timeouts. The last column is the app's throughput as a share of the bare server's.

### Targets (issue: on 2 cores)

| target | measured | result |
|---|---|---|
${v.map((x) => `| ${x.target} | ${x.measured} | ${x.pass ? 'pass' : '**fail**'} |`).join('\n')}

### What ran where

- One Node.js process (scripts/bench/registry.ts) held both HTTP servers: the real app from \`buildServer()\`
  (all plugins, zod validation, auth hooks, drizzle) and the bare Fastify 5 app (scripts/bench/bare-server.ts: no
  plugins, no validation, no hooks, the app's SQL through a plain \`pg\` Pool, the same argon2 verification and session
  insert). Both listen on 127.0.0.1 on ephemeral ports; only one is under load at a time; each has its own pool of the
  same size.
- autocannon ran in a separate child process (scripts/bench/load-child.ts), so it did not share an event loop with the
  servers, but it shared the CPU cores with them and with PostgreSQL, which ran on the same machine.

### Interpretation

${interpretation(rows, facts).join('\n')}

### Query plans of the search (EXPLAIN ANALYZE after the runs)

\`\`\`
${facts.plans}
\`\`\`

### Running it

\`\`\`sh
BENCH_SUITES=registry npm run bench             # this suite alone; embedded PostgreSQL in a temporary folder, 10 s per measurement
BENCH_DURATION=3 npm run bench                  # a quick run (CI)
TEST_DATABASE_URL=postgres://… npm run bench    # a fresh database bench_<random> on that server, dropped afterwards
\`\`\`

Settings (environment):

- \`BENCH_DURATION\`: seconds measured per server and scenario (default 10)
- \`BENCH_WARMUP\`: seconds of warm-up per server and scenario (default 2)
- \`BENCH_ROUNDS\`: alternating rounds the measured time is split into (default 2)
- \`BENCH_CONNECTIONS\`: autocannon connections (default 50)
- \`BENCH_POOL\`: database pool of each server (default 20, as \`npm start\` uses)
- \`BENCH_ORGS\`: organisations in the registry (default 10000)
- \`BENCH_PG_PORT\`: first port tried for the embedded PostgreSQL (default 5497)

The run exits with 1 when a step fails, and also when any measured request errors or answers
non-2xx, since the numbers would then describe the error path; a missed target alone does not fail it.
`;
}

export function writeReport(rows: Row[], facts: RunFacts): Promise<string> {
  return writeSection('registry', markdown(rows, facts));
}

/** The rows of a Targets table: what, what was measured, pass or **fail**. */
export const targetRows = (targets: readonly (readonly [string, string, boolean])[]) =>
  targets.map(([what, measured, ok]) => `| ${what} | ${measured} | ${ok ? 'pass' : '**fail**'} |`).join('\n');
