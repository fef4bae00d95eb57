// Suite "cultivation" of npm run bench: (a) a batch run evaluating 20,000 enterprises with 200,000 IP records (three
// years of indicators each), target ≤ 30 s; (b) the public 科技型中小企业 calculator at 10 connections, target p99 ≤
// 20 ms. See docs/PERFORMANCE.md.
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import type pg from 'pg';
import { testConfig } from '../../apps/server/src/app/config.ts';
import { migrate } from '../../apps/server/src/app/db/migrator.ts';
import { buildServer } from '../../apps/server/src/app/server.ts';
import { systemClock } from '../../apps/server/src/kernel/clock.ts';
import { createDb, createPool } from '../../apps/server/src/kernel/db/connection.ts';
import { createBatchRunner } from '../../apps/server/src/modules/cultivation/batch.ts';
import { demoUscc } from '../../apps/server/src/seed/demo.ts';
import { openBenchDatabase } from './database.ts';
import { writeSection } from './doc.ts';
import { runRounds } from './load.ts';
import { fmt, machine, ms, targetRows } from './report.ts';
import { runSuite } from './suite.ts';

const settings = {
  enterprises: Number(process.env.BENCH_ENTERPRISES || 20_000),
  ipPerEnterprise: 10,
  duration: Number(process.env.BENCH_DURATION || 10),
  warmup: Number(process.env.BENCH_WARMUP || 2),
  connections: 10,
  pool: 10,
};
const say = (msg: string) => process.stderr.write(`[bench:cultivation] ${msg}\n`);
const cleanups: (() => Promise<unknown>)[] = [];

/** Fictional enterprises, three years of indicators each, and ten verified, valid IP records each (1 in 10 Ⅰ类). */
async function seed(pool: pg.Pool, n: number): Promise<void> {
  const chunk = 2000;
  for (let from = 0; from < n; from += chunk) {
    const idx = Array.from({ length: Math.min(chunk, n - from) }, (_, i) => from + i);
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO organisations (kind, status, name, uscc, park, industry, founded_on)
       SELECT 'enterprise', 'verified', n, u, '示例园区', 'C', DATE '2015-01-01'
       FROM unnest($1::text[], $2::text[]) AS t(n, u) RETURNING id`,
      [idx.map((i) => `示例培育评测企业${i}有限公司`), idx.map((i) => demoUscc(900_000 + i))],
    );
    const ids = rows.map((r) => Number(r.id));
    // Figures vary with the id so that every band of every part is met by some enterprises.
    await pool.query(
      `INSERT INTO org_indicators (org_id, year, revenue, rd_expense, total_assets, employees, tech_staff, total_cost,
         net_assets, total_liabilities, rd_domestic, total_income, hightech_income, main_business_revenue, conversions)
       SELECT id, y, 1000000000 + (id % 7) * 100000000, 20000000 + (id % 9) * 8000000, 1500000000, 100,
              5 + (id % 30), 900000000, 400000000 + y * 1000, 500000000, 20000000, 1000000000 + (id % 7) * 100000000,
              500000000 + (id % 5) * 100000000, 900000000, id % 6
       FROM unnest($1::bigint[]) AS id, generate_series(2023, 2025) AS y`,
      [ids],
    );
    await pool.query(
      `INSERT INTO ip_records (org_id, kind, number, title, holders, applied_on, granted_on, legal_status, acquisition,
         verification, verified_at)
       SELECT id, CASE WHEN k = 0 AND id % 3 = 0 THEN 'ic_layout' ELSE 'software_copyright' END,
              CASE WHEN k = 0 AND id % 3 = 0 THEN 'BS' ELSE 'RJ' END || id || '-' || k, '示例软件著作权', '示例',
              DATE '2020-01-01', DATE '2021-01-01', 'valid', 'own', 'verified', now()
       FROM unnest($1::bigint[]) AS id, generate_series(0, ${settings.ipPerEnterprise - 1}) AS k`,
      [ids],
    );
  }
  await pool.query('ANALYZE');
}

async function main() {
  const started = new Date();
  const loadBefore = os.loadavg()[0] ?? 0;
  const database = await openBenchDatabase(say);
  cleanups.push(database.close);
  const pool = createPool(database.url, settings.pool);
  cleanups.push(() => pool.end());
  await migrate(pool);
  const t0 = Date.now();
  await seed(pool, settings.enterprises);
  say(
    `seeded ${settings.enterprises} enterprises and ${settings.enterprises * settings.ipPerEnterprise} IP records in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );

  // (a) the batch.
  const db = createDb(pool);
  const runner = createBatchRunner({ db, clock: systemClock });
  const loadAtBatch = os.loadavg()[0] ?? 0;
  const b0 = performance.now();
  const { batch } = await runner.start(null, 'manual');
  await runner.drain();
  const batchSeconds = (performance.now() - b0) / 1000;
  const done = await runner.get({ userId: 0, role: 'admin', orgId: null, ip: null, requestId: null }, batch.id);
  const { rows: counted } = await pool.query<{ kind: string; n: number }>(
    'SELECT kind, count(*)::int AS n FROM cultivation_evaluations WHERE batch_id = $1 GROUP BY kind ORDER BY kind',
    [batch.id],
  );
  say(
    `batch: ${done.processed}/${done.total} in ${batchSeconds.toFixed(1)} s (${done.status}${done.error ? `: ${done.error}` : ''})`,
  );

  // (b) the calculator.
  const app = await buildServer({ config: testConfig({ logLevel: 'silent' }), db });
  cleanups.push(() => app.close());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const body = JSON.stringify({
    employees: 100,
    techStaff: 30,
    salesFen: 1_000_000_000,
    rdExpenseFen: 60_000_000,
    totalCostFen: 900_000_000,
    totalAssetsFen: 2_000_000_000,
    ip1Count: 0,
    ip2Count: 3,
    resident: true,
    prohibitedIndustry: false,
    majorIncident: false,
    dishonestList: false,
    abnormalOperation: false,
  });
  const requests = [
    {
      method: 'POST',
      path: '/api/v1/cultivation/tech-sme/calculate',
      headers: { 'content-type': 'application/json' },
      body,
    },
  ];
  const calc = await runRounds({
    url,
    connections: settings.connections,
    warmup: settings.warmup,
    duration: settings.duration,
    requests: requests as never,
  });
  say(`calculator: ${fmt(calc.reqPerSec, 1)} req/s, p99 ${ms(calc.p99)} ms`);

  const pgVersion =
    (await pool.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? 'unknown';
  const m = machine(pgVersion, loadBefore);
  const targets = [
    [
      `batch: ${settings.enterprises} enterprises evaluated ≤ 30 s`,
      `${fmt(batchSeconds, 1)} s`,
      batchSeconds <= 30 && done.status === 'done' && done.processed === settings.enterprises,
    ],
    [`calculator: p99 ≤ 20 ms at ${settings.connections} connections`, `${ms(calc.p99)} ms`, calc.p99 <= 20],
  ] as const;
  const md = `## Cultivation: batch evaluation and the public calculator (suite \`cultivation\`)

### Last run

- Date: ${started.toISOString()}
- Machine: ${m.cpus} CPU cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, ${m.os}; load average ${fmt(m.loadBefore, 2)} at start, ${fmt(loadAtBatch, 2)} when the batch started (other work shares the machine)
- Node.js ${m.node}; PostgreSQL ${m.postgres}
- Database: ${database.where}
- Data: ${settings.enterprises} verified enterprises, three years of indicators each (every figure the 高企 and 专精特新 checks read), ${settings.enterprises * settings.ipPerEnterprise} verified, valid IP records (counted through the registry's \`ip_class_counts\`)
- Calculator: autocannon ${settings.connections} connections; ${settings.warmup} s warm-up then ${settings.duration} s measured; \`POST /api/v1/cultivation/tech-sme/calculate\`, anonymous

### Results

| measurement | value |
|---|---:|
| batch: enterprises processed / total | ${done.processed} / ${done.total} (${done.failed} failed) |
| batch: wall time | ${fmt(batchSeconds, 1)} s (${fmt(done.processed / Math.max(batchSeconds, 1e-9), 0)} enterprises/s) |
| batch: evaluations written | ${counted.map((c) => `${c.kind} ${c.n}`).join(', ')} |
| calculator: req/s | ${fmt(calc.reqPerSec, 1)} |
| calculator: p50 / p99 | ${ms(calc.p50)} / ${ms(calc.p99)} ms |
| calculator: errors / non-2xx | ${calc.errors} / ${calc.non2xx} |

### Targets

| target | measured | result |
|---|---|---|
${targetRows(targets)}

### Interpretation

- The batch works in chunks of 2,000 enterprises, one transaction each: one statement reads the chunk's facts, last
  three years of indicators and declarations (org's published views), one its IP counts (\`ip_class_counts\`), the
  rules run in memory (科技型中小企业, 高企, 专精特新), one INSERT from one JSON parameter writes the results, whose
  statement-level trigger keeps the latest per enterprise and kind, and one UPDATE moves the run's cursor and progress.
  Results are stored with every line's code, figures, points, outcome and citation but without its words, which the
  rule pack renders again when a result is read (storing the sentences of 60,000 results took the run from about 20 s
  to about 45 s on this machine). The time goes mostly to writing the results (JSONB).
- The calculator is pure computation after validation; its latency is the framework's per-request work.

### Running it

\`\`\`sh
BENCH_SUITES=cultivation npm run bench
\`\`\`
`;
  say(`wrote ${await writeSection('cultivation', md)}`);
  if (calc.errors > 0 || calc.non2xx > 0)
    throw new Error(`calculator requests failed: ${JSON.stringify(calc.statusCodes)}`);
}

await runSuite(say, cleanups, main);
