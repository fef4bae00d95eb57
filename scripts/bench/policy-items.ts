// Suite "policy-items" of npm run bench: (a) the nightly recheck of 500 open policy items against 20,000 enterprises
// (10 million evaluations), target ≤ 60 s, with its progress read while it runs; (b) "policies that fit me" for one
// enterprise at 10 connections, target p99 ≤ 200 ms. Baselines measured in the same run: reading every enterprise's
// facts alone (the floor of (a)), and the health endpoint at the same connections (the floor of (b)). See
// docs/PERFORMANCE.md.
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { PARKS } from '@cz/shared';
import type pg from 'pg';
import { testConfig } from '../../apps/server/src/app/config.ts';
import { migrate } from '../../apps/server/src/app/db/migrator.ts';
import { buildServer } from '../../apps/server/src/app/server.ts';
import { systemClock } from '../../apps/server/src/kernel/clock.ts';
import { createDb, createPool } from '../../apps/server/src/kernel/db/connection.ts';
import { hashPassword } from '../../apps/server/src/modules/identity/password.ts';
import { loadFacts } from '../../apps/server/src/modules/policy/policy.facts.ts';
import { createPolicyRunner } from '../../apps/server/src/modules/policy/policy.runs.ts';
import { demoUscc } from '../../apps/server/src/seed/demo.ts';
import { openBenchDatabase } from './database.ts';
import { writeSection } from './doc.ts';
import { runRounds } from './load.ts';
import { fmt, machine, ms, targetRows } from './report.ts';
import { runSuite } from './suite.ts';

const settings = {
  enterprises: Number(process.env.BENCH_ENTERPRISES || 20_000),
  items: Number(process.env.BENCH_ITEMS || 500),
  ipPerEnterprise: 2,
  duration: Number(process.env.BENCH_DURATION || 10),
  warmup: Number(process.env.BENCH_WARMUP || 2),
  connections: 10,
  pool: 10,
};
const say = (msg: string) => process.stderr.write(`[bench:policy-items] ${msg}\n`);
const cleanups: (() => Promise<unknown>)[] = [];
const PASSWORD = 'Bench-Passphrase-2026';

/** Fictional enterprises with a year of indicators and two verified IP records each, figures varying with the id. */
async function seedEnterprises(pool: pg.Pool, n: number): Promise<number[]> {
  const all: number[] = [];
  const chunk = 2000;
  for (let from = 0; from < n; from += chunk) {
    const idx = Array.from({ length: Math.min(chunk, n - from) }, (_, i) => from + i);
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO organisations (kind, status, name, uscc, park, industry, founded_on, is_above_scale)
       SELECT 'enterprise', 'verified', n, u, p, CASE WHEN i % 3 = 0 THEN 'I' ELSE 'C' END,
              DATE '2012-01-01' + (i % 4000), i % 4 = 0
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS t(n, u, p, i) RETURNING id`,
      [
        idx.map((i) => `示例政策评测企业${i}有限公司`),
        idx.map((i) => demoUscc(700_000 + i)),
        idx.map((i) => PARKS[i % PARKS.length] as string),
        idx,
      ],
    );
    const ids = rows.map((r) => Number(r.id));
    all.push(...ids);
    await pool.query(
      `INSERT INTO org_indicators (org_id, year, revenue, rd_expense, total_assets, employees, tech_staff)
       SELECT id, 2025, 500000000 + (id % 11) * 100000000, 5000000 + (id % 13) * 5000000, 1500000000,
              50 + (id % 200), 3 + (id % 40)
       FROM unnest($1::bigint[]) AS id`,
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
  return all;
}

/** The conditions of the generated items: five shapes over every source of facts, thresholds varying with i. */
function conditionOf(i: number): unknown {
  switch (i % 5) {
    case 0:
      return {
        all: [
          { fact: 'org.rdPercent', op: 'gte', value: (i % 10) + 2 },
          { fact: 'org.techStaff', op: 'gte', value: (i % 30) + 5 },
        ],
      };
    case 1:
      return {
        any: [
          { fact: 'ip.class1Count', op: 'gte', value: 1 + (i % 2) },
          { fact: 'cultivation.techSmeVerdict', op: 'eq', value: 'eligible' },
        ],
      };
    case 2:
      return {
        all: [
          {
            fact: 'org.revenueFen',
            op: 'between',
            value: [500_000_000 + (i % 10) * 100_000_000, 600_000_000 + (i % 10) * 100_000_000],
          },
          { not: { fact: 'declaration.dishonestList', op: 'isTrue' } },
        ],
      };
    case 3:
      return {
        all: [
          { fact: 'org.park', op: 'eq', value: PARKS[i % PARKS.length] },
          { fact: 'org.industry', op: 'eq', value: i % 2 ? 'C' : 'I' },
          { fact: 'org.isAboveScale', op: 'isTrue' },
        ],
      };
    default:
      return {
        all: [
          { fact: 'org.yearsRegistered', op: 'gte', value: (i % 12) + 1 },
          { fact: 'org.employees', op: 'lte', value: 60 + (i % 10) * 10 },
          {
            any: [
              { fact: 'org.isAboveScale', op: 'isTrue' },
              { fact: 'cultivation.hteCertified', op: 'isFalse' },
            ],
          },
        ],
      };
  }
}
function amountOf(i: number): unknown {
  if (i % 3 === 0) return { kind: 'ratio', fact: 'org.rdExpenseFen', ratioBp: 1000, capFen: 50_000_000 };
  if (i % 3 === 1) return { kind: 'fixed', amountFen: 10_000_000 };
  return { kind: 'perUnit', fact: 'ip.class1Count', unitFen: 1_000_000, capFen: 20_000_000 };
}

/** A published document and `n` published items open today, the way the service stores them. */
async function seedItems(pool: pg.Pool, n: number, adminId: number) {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO policy_documents (title, issuer, level, status, issued_on, published_at, published_by, search,
                                   rank_vector)
     VALUES ('示例政策评测文件', '示例管委会', 'zone', 'published', DATE '2026-01-01', now(), $1, to_tsvector('simple', ''),
             to_tsvector('simple', ''))
     RETURNING id`,
    [adminId],
  );
  const documentId = Number(rows[0]?.id);
  const idx = Array.from({ length: n }, (_, i) => i);
  await pool.query(
    `INSERT INTO policy_items (document_id, title, condition, amount, mode, opens_on, closes_on, department, status,
       published_at, published_by, created_by)
     SELECT $1, '示例评测事项' || i, c::jsonb, a::jsonb, 'apply', DATE '2026-01-01', DATE '2099-12-31', '科技创新部',
            'published', now(), $2, $2
     FROM unnest($3::int[], $4::text[], $5::text[]) AS t(i, c, a)`,
    [
      documentId,
      adminId,
      idx,
      idx.map((i) => JSON.stringify(conditionOf(i))),
      idx.map((i) => JSON.stringify(amountOf(i))),
    ],
  );
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
  const ids = await seedEnterprises(pool, settings.enterprises);
  const hash = await hashPassword(PASSWORD);
  const { rows: admins } = await pool.query<{ id: string }>(
    `INSERT INTO users (username, display_name, password_hash, role, status) VALUES ('bench-admin', '示例管理员', $1, 'admin', 'active') RETURNING id`,
    [hash],
  );
  const adminId = Number(admins[0]?.id);
  const member = ids[Math.floor(ids.length / 2)] as number;
  const { rows: users } = await pool.query<{ id: string }>(
    `INSERT INTO users (username, display_name, password_hash, role, status) VALUES ('bench-member', '示例企业用户', $1, 'enterprise', 'active') RETURNING id`,
    [hash],
  );
  await pool.query('INSERT INTO memberships (user_id, org_id, is_owner) VALUES ($1, $2, true)', [users[0]?.id, member]);
  await seedItems(pool, settings.items, adminId);
  await pool.query('ANALYZE');
  say(
    `seeded ${settings.enterprises} enterprises and ${settings.items} open items in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  const db = createDb(pool);

  // Baseline of (a): reading every enterprise's facts, chunk by chunk, as the run does, without judging them.
  const f0 = performance.now();
  let read = 0;
  for (let after = 0; ; ) {
    const chunk = await loadFacts(db, { onDate: '2026-12-01', afterId: after, limit: 2000 });
    if (!chunk.length) break;
    read += chunk.length;
    after = chunk.at(-1)?.orgId as number;
  }
  const factsSeconds = (performance.now() - f0) / 1000;
  say(`baseline: facts of ${read} enterprises read in ${factsSeconds.toFixed(2)} s`);

  // (a) the nightly recheck of every open item, its progress polled as the page does.
  const runner = createPolicyRunner({ db, clock: systemClock });
  const loadAtRun = os.loadavg()[0] ?? 0;
  const r0 = performance.now();
  const run = await runner.startAndDrain(null, null, 'recheck');
  const progress: number[] = [];
  for (;;) {
    const now = await runner.get(run.id);
    if (!now) throw new Error('run vanished');
    progress.push(now.processed);
    if (now.status !== 'running') break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await runner.drain();
  const runSeconds = (performance.now() - r0) / 1000;
  const done = await runner.get(run.id);
  if (!done) throw new Error('run vanished');
  const evaluations = done.processed * settings.items;
  const { rows: matched } = await pool.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM policy_matches WHERE result = 'eligible'",
  );
  say(
    `recheck: ${done.processed}/${done.total} enterprises × ${settings.items} items in ${runSeconds.toFixed(1)} s (${done.status}${done.error ? `: ${done.error}` : ''}), ${matched[0]?.n} eligible standings`,
  );

  // (b) "policies that fit me" for one enterprise, logged in; the health endpoint as the floor.
  const app = await buildServer({ config: testConfig({ logLevel: 'silent' }), db });
  cleanups.push(() => app.close());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username: 'bench-member', password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!login.ok || !cookie) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const probe = await fetch(`${url}/api/v1/policy/orgs/${member}/fits`, { headers: { cookie } });
  const fitsBody = (await probe.json()) as { items: unknown[]; total: number; eligible: number };
  if (!probe.ok) throw new Error(`fits failed: ${probe.status}`);
  const measure = async (path: string, headers: Record<string, string>) => {
    return await runRounds({
      url,
      connections: settings.connections,
      warmup: settings.warmup,
      duration: settings.duration,
      requests: [{ method: 'GET', path, headers }] as never,
    });
  };
  const health = await measure('/api/health', {});
  const fits = await measure(`/api/v1/policy/orgs/${member}/fits`, { cookie });
  say(
    `fits: ${fmt(fits.reqPerSec, 1)} req/s, p99 ${ms(fits.p99)} ms (health: ${fmt(health.reqPerSec, 1)} req/s, p99 ${ms(health.p99)} ms)`,
  );

  const pgVersion =
    (await pool.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? 'unknown';
  const m = machine(pgVersion, loadBefore);
  const targets = [
    [
      `recheck: ${settings.items} items × ${settings.enterprises} enterprises ≤ 60 s`,
      `${fmt(runSeconds, 1)} s`,
      runSeconds <= 60 && done.status === 'done' && done.processed === settings.enterprises,
    ],
    [
      `policies that fit me: p99 ≤ 200 ms at ${settings.connections} connections`,
      `${ms(fits.p99)} ms`,
      fits.p99 <= 200,
    ],
  ] as const;
  const md = `## Policy items: the nightly recheck and "policies that fit me" (suite \`policy-items\`)

### Last run

- Date: ${started.toISOString()}
- Machine: ${m.cpus} CPU cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, ${m.os}; load average ${fmt(m.loadBefore, 2)} at start, ${fmt(loadAtRun, 2)} when the run started (other work shares the machine)
- Node.js ${m.node}; PostgreSQL ${m.postgres}
- Database: ${database.where}
- Data: ${settings.enterprises} verified enterprises with a year of indicators and ${settings.ipPerEnterprise} verified IP records each; ${settings.items} published items open today, five shapes of condition whose thresholds vary with the item (R&D share and tech staff; Ⅰ类 IP or a 科技型中小企业 verdict; a revenue band and no 失信 record; park, industry and 规上; years registered, size and 规上 or no 高企 certificate), so that an enterprise qualifies for some items and not others (the share found eligible is reported below) and three kinds of amount
- Fits: autocannon ${settings.connections} connections; ${settings.warmup} s warm-up then ${settings.duration} s measured; \`GET /api/v1/policy/orgs/:orgId/fits\` as the enterprise's member, first page of 50 (${fitsBody.total} items fit it: ${fitsBody.eligible} eligible, the rest needing data); the floor: \`GET /api/health\` at the same connections

### Results

| measurement | value |
|---|---:|
| baseline: reading every enterprise's facts (chunks of 2,000) | ${fmt(factsSeconds, 2)} s |
| recheck: enterprises processed / total | ${done.processed} / ${done.total} |
| recheck: wall time | ${fmt(runSeconds, 1)} s (${fmt(evaluations / Math.max(runSeconds, 1e-9) / 1e6, 2)} million evaluations/s) |
| recheck: share of the time reading facts | ${fmt((factsSeconds / Math.max(runSeconds, 1e-9)) * 100, 0)} % |
| recheck: progress readings while it ran (every 0.5 s; the distinct values) | ${progress.length} (${[...new Set(progress)].join(', ')}) |
| recheck: eligible standings recorded | ${matched[0]?.n} (${fmt(((matched[0]?.n ?? 0) / Math.max(evaluations, 1)) * 100, 1)} % of the evaluations) |
| fits: req/s; p50 / p99 | ${fmt(fits.reqPerSec, 1)}; ${ms(fits.p50)} / ${ms(fits.p99)} ms |
| health (floor): req/s; p50 / p99 | ${fmt(health.reqPerSec, 1)}; ${ms(health.p50)} / ${ms(health.p99)} ms |
| fits ÷ health throughput | ${fmt(fits.reqPerSec / Math.max(health.reqPerSec, 1e-9), 2)} |
| fits: errors / non-2xx | ${fits.errors} / ${fits.non2xx} |

### Targets

| target | measured | result |
|---|---|---|
${targetRows(targets)}

### Interpretation

- The recheck works in chunks of 2,000 enterprises, one transaction each: one statement reads the chunk's facts from
  the views org, ip and cultivation publish, every open item's condition runs compiled (no sentences) against each,
  eligible ones get their amount, and one statement records the eligible standings (telling the newly eligible),
  another sets back those no longer eligible. The first run records every eligible standing; later runs write only
  what changed.
- "Policies that fit me" reads one enterprise's facts and the open items, then explains every item with its sentences.

### Running it

\`\`\`sh
BENCH_SUITES=policy-items npm run bench
\`\`\`
`;
  say(`wrote ${await writeSection('policy-items', md)}`);
  if (fits.errors > 0 || fits.non2xx > 0) throw new Error(`fits requests failed: ${JSON.stringify(fits.statusCodes)}`);
}

await runSuite(say, cleanups, main);
