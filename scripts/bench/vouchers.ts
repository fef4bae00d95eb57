// Suite "vouchers" of npm run bench: redemptions (accepting an order with a voucher) at 50 connections, on distinct
// vouchers and on one hot voucher, against a bare transaction doing the same row changes. See docs/PERFORMANCE.md.
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
import { reconcile } from '../../apps/server/src/modules/voucher/ledger/reconcile.ts';
import { addCpu, type CpuSplit, countPostgresOf, cpuDuring, noCpu, profiled } from './cpu.ts';
import { openBenchDatabase } from './database.ts';
import { writeSection } from './doc.ts';
import { type LoadResult, runLoad, type Sample, summarise } from './load.ts';
import { fmt, machine, ms, targetRows } from './report.ts';
import { runSuite } from './suite.ts';
import { buildBareVoucherServer } from './vouchers-bare.ts';
import { seedVoucherBench } from './vouchers-seed.ts';

const settings = {
  duration: Number(process.env.BENCH_DURATION || 10),
  warmup: Number(process.env.BENCH_WARMUP || 2),
  pool: Number(process.env.BENCH_POOL || 20),
  connections: 50,
};
const say = (msg: string) => process.stderr.write(`[bench:vouchers] ${msg}\n`);
const cleanups: (() => Promise<unknown>)[] = [];
const SERVERS = ['app', 'bare', 'bareTx'] as const;
type Server = (typeof SERVERS)[number];

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

async function main() {
  const started = new Date();
  const loadBefore = os.loadavg()[0] ?? 0;
  const database = await openBenchDatabase(say);
  cleanups.push(database.close);
  countPostgresOf(database.postmasterPid);
  const pool = createPool(database.url, settings.pool);
  cleanups.push(() => pool.end());
  await migrate(pool);
  // Enough quoted orders that no order is accepted twice (each server, scenario and round has its own): generous for
  // the bare servers' rate.
  const perBuyer = Math.max(400, Math.ceil(((settings.duration / 2 + settings.warmup) * 3000) / 50));
  const pools: Record<string, { buyers: number; orders: number }> = {};
  for (const server of SERVERS)
    for (const round of [0, 1]) {
      pools[`${server}Distinct${round}`] = { buyers: 50, orders: perBuyer };
      pools[`${server}Hot${round}`] = { buyers: 1, orders: perBuyer * 50 };
    }
  const data = await seedVoucherBench(pool, 50, pools);
  say(`seeded 50 enterprises with vouchers and ${Object.keys(pools).length * 50 * perBuyer} quoted orders`);
  const app = await buildServer({ config: testConfig({ logLevel: 'silent' }), db: createDb(pool) });
  cleanups.push(() => app.close());
  const appUrl = await listen(app);
  const barePool = new pg.Pool({ connectionString: database.url, max: settings.pool });
  barePool.on('error', () => {});
  cleanups.push(() => barePool.end());
  const bare = buildBareVoucherServer(barePool);
  cleanups.push(() => bare.close());
  const bareUrl = await listen(bare);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cz-bench-seq-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));

  /** Round-robin over the buyers of a pool: request n accepts buyer (n mod k)'s next order with its voucher. */
  async function sequence(name: string, server: Server): Promise<string> {
    const lists = data.pools[name] as number[][];
    const longest = Math.max(...lists.map((l) => l.length));
    const out: { path: string; headers: Record<string, string>; body: string }[] = [];
    for (let n = 0; n < longest; n++) {
      lists.forEach((orders, i) => {
        const orderId = orders[n];
        if (orderId === undefined) return;
        const buyer = data.buyers[i] as (typeof data.buyers)[number];
        out.push(
          server === 'app'
            ? {
                path: `/api/v1/orders/${orderId}/accept`,
                headers: { cookie: buyer.cookie, 'content-type': 'application/json' },
                body: JSON.stringify({ vouchers: [buyer.voucherId] }),
              }
            : {
                path: server === 'bare' ? '/bare/accept' : '/bare-tx/accept',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ orderId, voucherId: buyer.voucherId, userId: buyer.userId }),
              },
        );
      });
    }
    const file = path.join(dir, `${name}.json`);
    await writeFile(file, JSON.stringify(out));
    return file;
  }

  // Each server and scenario accepts its own orders; the measured time is split into two rounds, and the servers'
  // order alternates between rounds, so that a slow phase of the machine does not fall on one server only.
  const rows: {
    label: string;
    app: LoadResult;
    bare: LoadResult;
    bareTx: LoadResult;
    cpu: Record<Server, CpuSplit & { requests: number }>;
  }[] = [];
  for (const [label, key] of [
    ['distinct vouchers (50 enterprises)', 'Distinct'],
    ['one hot voucher', 'Hot'],
  ] as const) {
    const samples: Record<Server, Sample[]> = { app: [], bare: [], bareTx: [] };
    const cpu: Record<Server, CpuSplit> = { app: noCpu(), bare: noCpu(), bareTx: noCpu() };
    for (let round = 0; round < 2; round++) {
      const order = round === 0 ? (['app', 'bare', 'bareTx'] as const) : (['bareTx', 'bare', 'app'] as const);
      for (const server of order) {
        say(`${label} on ${server}, round ${round + 1}/2`);
        const sequenceFile = await sequence(`${server}${key}${round}`, server);
        const run = () =>
          runLoad({
            url: server === 'app' ? appUrl : bareUrl,
            connections: settings.connections,
            warmup: round === 0 ? settings.warmup : 0,
            duration: settings.duration / 2,
            requests: [],
            sequenceFile,
          });
        const measured = await cpuDuring(() => profiled(`vouchers-${key.toLowerCase()}-${server}-${round + 1}`, run));
        samples[server].push(measured.result);
        // CPU is read over the second round, which has no warm-up in it.
        if (round === 1) cpu[server] = addCpu(cpu[server], measured.cpu);
      }
    }
    rows.push({
      label,
      app: summarise(samples.app),
      bare: summarise(samples.bare),
      bareTx: summarise(samples.bareTx),
      cpu: Object.fromEntries(SERVERS.map((k) => [k, { ...cpu[k], requests: samples[k][1]?.requests ?? 0 }])) as Record<
        Server,
        CpuSplit & { requests: number }
      >,
    });
  }
  const differences = await reconcile(createDb(pool));
  const pgVersion =
    (await pool.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? 'unknown';
  const m = machine(pgVersion, loadBefore);
  const line = (label: string, server: string, r: LoadResult, ratios = ' | ') =>
    `| ${label} | ${server} | ${fmt(r.reqPerSec, 1)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.errors} / ${r.non2xx} | ${ratios} |`;
  const serverName: Record<Server, string> = { app: 'app', bare: 'bare floor', bareTx: 'bare transaction' };
  const perRequest = (cpuMs: number, requests: number) => fmt(cpuMs / Math.max(requests, 1), 2);
  const cpuLine = (label: string, k: Server, c: CpuSplit & { requests: number }) =>
    `| ${label} | ${serverName[k]} | ${perRequest(c.serverMs, c.requests)} | ${perRequest(c.postgresMs, c.requests)} | ${perRequest(c.otherMs, c.requests)} |`;
  const share = (a: LoadResult, b: LoadResult) => a.reqPerSec / Math.max(b.reqPerSec, 1e-9);
  const distinct = rows[0] as (typeof rows)[number];
  const targets = [
    [
      `distinct vouchers: app ÷ bare transaction ≥ 0.5`,
      fmt(share(distinct.app, distinct.bareTx), 2),
      share(distinct.app, distinct.bareTx) >= 0.5,
    ],
    [`distinct vouchers: p99 ≤ 300 ms (app)`, `${ms(distinct.app.p99)} ms`, distinct.app.p99 <= 300],
  ] as const;
  const md = `## Innovation-voucher redemption (suite \`vouchers\`)

### Last run

- Date: ${started.toISOString()}
- Machine: ${m.cpus} CPU cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, ${m.os}; load average ${fmt(m.loadBefore, 2)} at start
- Node.js ${m.node}; PostgreSQL ${m.postgres}
- Database: ${database.where}
- Settings: autocannon ${settings.connections} connections; ${settings.warmup} s warm-up then ${settings.duration} s measured per server and scenario; database pool ${settings.pool} per server
- Request: \`POST /api/v1/orders/{id}/accept\` with \`{ vouchers: [id] }\` on a quoted order of 100元 (the voucher holds 50元); every request accepts a different order

### Results

| scenario | server | req/s | p50 ms | p99 ms | errors / non-2xx | app ÷ bare floor | app ÷ bare transaction |
|---|---|---:|---:|---:|---:|---:|---:|
${rows.flatMap((r) => [line(r.label, 'app', r.app, `**${fmt(share(r.app, r.bare), 2)}** | **${fmt(share(r.app, r.bareTx), 2)}**`), line(r.label, 'bare floor', r.bare), line(r.label, 'bare transaction', r.bareTx)]).join('\n')}

CPU per request over the second round (milliseconds of CPU time ÷ requests answered, read from /proc; PostgreSQL is ${database.postmasterPid ? 'the benchmark’s own server, postmaster and backends' : 'every postgres process on the machine'}):

| scenario | server | server process | PostgreSQL | rest of the machine (load generator) |
|---|---|---:|---:|---:|
${rows.flatMap((r) => SERVERS.map((k) => cpuLine(r.label, k, r.cpu[k]))).join('\n')}

### Targets (at 50 connections)

| target | measured | result |
|---|---|---|
${targetRows(targets)}

Reconcile after the runs: ${differences.length === 0 ? 'clean (no differences)' : `${differences.length} difference(s)`}.

### Interpretation

- **Bare floor**: the row changes of a redemption (lock the voucher's ledger row, insert the hold, its account and the
  ledger entry whose trigger moves both balances, mark the order accepted) in one transaction, with no validation,
  authorisation, audit, order event or notification.
- **Bare transaction**: the same writes as the app — the floor's row changes plus the order's event, the audit row and
  the provider's notifications — one plain statement each, in one transaction through \`pg\`.
- **The app** additionally checks the session, the order's state and parties (the order is locked, read with its
  service's title, category and voucher eligibility, and moved in one statement when the buyer may accept it), the voucher's owner, validity and categories (read with
  its balance while its ledger row is locked, in one statement that also asks the organisation registry whether buyer
  and provider are related parties, current and past legal representatives included), writes the hold with its ledger
  account in one statement and the ledger entry in another, sends the order event, the audit row and the provider's
  notification together before COMMIT (kernel/db/deferred.ts) in the statement that also reads the order's vouchers,
  and answers with the order built from what it read and wrote — 8 statements, the session check, BEGIN and COMMIT
  included
  (apps/server/test/round-trips.test.ts holds that budget), against 10 for the bare transaction. Statements the app repeats
  are prepared once per connection, and inside a transaction they keep their generic plan
  (kernel/db/statements.ts): without that, PostgreSQL planned the order step, the voucher read and the deferred
  writes anew for every request (0.4–0.6 ms each by pg_stat_statements, about 1 ms of the database's CPU per
  acceptance). The session check is built once (a prepared query), not for each request. The bare
  transaction sends plain unnamed statements, as a straightforward use of \`pg\` does. What remains between them is
  mostly the framework's work per request in Node.js (validation, authorisation, the ORM building each statement),
  which shares the two cores with PostgreSQL and the load generator: the CPU table shows where the time went.
- **Load on the machine**: the p99 figures move most when other work shares the two cores (the same code has
  measured well under and well over 300 ms on one day); the bare servers, measured in the same run, show how busy
  the machine was, and the ratios hold up better than the absolute figures.
- **One hot voucher**: every acceptance locks the same ledger row, so acceptances of that voucher run one at a time in
  both servers; the database row lock, not the framework, sets the pace. Distinct vouchers run in parallel.

### Running it

\`\`\`sh
BENCH_SUITES=vouchers npm run bench
\`\`\`
`;
  say(`wrote ${await writeSection('vouchers', md)}`);
  const broken = rows.flatMap((r) =>
    SERVERS.filter((k) => r[k].errors > 0 || r[k].non2xx > 0).map(
      (k) => `${r.label} on ${k}: ${r[k].errors} errors, statuses ${JSON.stringify(r[k].statusCodes)}`,
    ),
  );
  if (broken.length) throw new Error(`requests failed during the measured runs:\n  ${broken.join('\n  ')}`);
  if (differences.length) throw new Error(`reconcile found differences: ${JSON.stringify(differences.slice(0, 5))}`);
}

await runSuite(say, cleanups, main);
