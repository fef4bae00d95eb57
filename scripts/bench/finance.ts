// Suite "finance" of npm run bench: (a) the pre-check of every published product for one financing need at 10
// connections, target p99 ≤ 50 ms; (b) posting one need, which pre-checks it against every product and pushes it to
// the institutions whose products fit, over 500 products, target ≤ 200 ms each. Baselines measured in the same run:
// the health endpoint at the same connections (the floor of (a)), and reading one need back (the floor of (b)).
// See docs/PERFORMANCE.md.
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import type pg from 'pg';
import { testConfig } from '../../apps/server/src/app/config.ts';
import { migrate } from '../../apps/server/src/app/db/migrator.ts';
import { buildServer } from '../../apps/server/src/app/server.ts';
import { createDb, createPool } from '../../apps/server/src/kernel/db/connection.ts';
import { hashPassword } from '../../apps/server/src/modules/identity/password.ts';
import { demoUscc } from '../../apps/server/src/seed/demo.ts';
import { openBenchDatabase } from './database.ts';
import { writeSection } from './doc.ts';
import { runRounds } from './load.ts';
import { fmt, machine, ms, targetRows } from './report.ts';
import { runSuite } from './suite.ts';

const settings = {
  institutions: Number(process.env.BENCH_INSTITUTIONS || 100),
  productsPer: 5,
  enterprises: 2_000,
  posts: Number(process.env.BENCH_POSTS || 60),
  duration: Number(process.env.BENCH_DURATION || 10),
  warmup: Number(process.env.BENCH_WARMUP || 2),
  connections: 10,
  pool: 10,
};
const say = (msg: string) => process.stderr.write(`[bench:finance] ${msg}\n`);
const cleanups: (() => Promise<unknown>)[] = [];
const PASSWORD = 'Bench-Passphrase-2026';
const KINDS = ['credit', 'guarantee', 'pledge', 'leasing', 'credit'];
const GUARANTEES = [['credit'], ['guarantee', 'credit'], ['ip_pledge'], ['mortgage'], ['credit', 'guarantee']];

/** A product's eligibility: none, or one of four shapes over indicators, evaluations and declarations. */
function conditionOf(i: number): unknown {
  switch (i % 5) {
    case 0:
      return null;
    case 1:
      return { all: [{ fact: 'org.revenueFen', op: 'gte', value: 100_000_000 * (1 + (i % 8)) }] };
    case 2:
      return {
        all: [
          { fact: 'cultivation.tsmeRegistered', op: 'isTrue' },
          { not: { fact: 'declaration.dishonestList', op: 'isTrue' } },
        ],
      };
    case 3:
      return {
        any: [
          { fact: 'cultivation.hteCertified', op: 'isTrue' },
          { fact: 'org.rdPercent', op: 'gte', value: 3 },
        ],
      };
    default:
      return {
        all: [
          { fact: 'org.employees', op: 'between', value: [10, 100 + (i % 400)] },
          { fact: 'org.yearsRegistered', op: 'gte', value: 1 + (i % 5) },
        ],
      };
  }
}

async function seed(pool: pg.Pool, hash: string) {
  const n = settings.institutions;
  const { rows: orgs } = await pool.query<{ id: string }>(
    `INSERT INTO organisations (kind, status, name, uscc, industry)
     SELECT 'finance', 'verified', n, u, 'J' FROM unnest($1::text[], $2::text[]) AS t(n, u) RETURNING id`,
    [
      Array.from({ length: n }, (_, i) => `示例评测金融机构${i}`),
      Array.from({ length: n }, (_, i) => demoUscc(800_000 + i)),
    ],
  );
  const institutionIds = orgs.map((r) => Number(r.id));
  const { rows: staff } = await pool.query<{ id: string }>(
    `INSERT INTO users (username, display_name, password_hash, role, status)
     VALUES ('bench-bank', '示例客户经理', $1, 'finance', 'active') RETURNING id`,
    [hash],
  );
  const staffId = Number(staff[0]?.id);
  await pool.query(
    `INSERT INTO finance_institutions (org_id, kind, intro, contact_name, contact_phone, updated_by)
     SELECT id, 'bank', '示例评测机构简介，服务科技企业。', '示例联系人', '0355-5550000', $2 FROM unnest($1::bigint[]) AS id`,
    [institutionIds, staffId],
  );
  const p = Array.from({ length: n * settings.productsPer }, (_, i) => i);
  await pool.query(
    `INSERT INTO finance_products (institution_org_id, name, kind, summary, amount_min_fen, amount_default_fen,
       amount_max_fen, term_min_months, term_default_months, term_max_months, rate_mode, rate_min_bp, rate_default_bp,
       rate_max_bp, guarantee_kinds, collateral_kinds, approval_days, condition, status, published_at, created_by)
     SELECT inst, '示例评测产品' || i, kind, '示例评测产品的说明文字。', lo, lo * 5, lo * 20, 3, 12, 12 + (i % 4) * 12,
            'lpr', (i % 5) * 10, 60 + (i % 5) * 10, 200, g::text[],
            CASE WHEN 'ip_pledge' = ANY(g::text[]) THEN ARRAY['patent'] WHEN 'mortgage' = ANY(g::text[])
                 THEN ARRAY['equipment'] ELSE '{}' END,
            1 + (i % 15), NULLIF(c, 'null')::jsonb, 'published', now(), $1
     FROM unnest($2::int[], $3::bigint[], $4::text[], $5::bigint[], $6::text[], $7::text[]) AS t(i, inst, kind, lo, g, c)`,
    [
      staffId,
      p,
      p.map((i) => institutionIds[i % n]),
      p.map((i) => KINDS[i % KINDS.length]),
      p.map((i) => 1_000_000 * (5 + (i % 10) * 5)),
      p.map((i) => `{${(GUARANTEES[i % GUARANTEES.length] as string[]).join(',')}}`),
      p.map((i) => JSON.stringify(conditionOf(i))),
    ],
  );
  const { rows: ents } = await pool.query<{ id: string }>(
    `INSERT INTO organisations (kind, status, name, uscc, founded_on, tsme_reg_no)
     SELECT 'enterprise', 'verified', n, u, DATE '2015-01-01' + (i % 3000), CASE WHEN i % 2 = 0 THEN 'T' || i END
     FROM unnest($1::text[], $2::text[], $3::int[]) AS t(n, u, i) RETURNING id`,
    [
      Array.from({ length: settings.enterprises }, (_, i) => `示例金融评测企业${i}有限公司`),
      Array.from({ length: settings.enterprises }, (_, i) => demoUscc(850_000 + i)),
      Array.from({ length: settings.enterprises }, (_, i) => i),
    ],
  );
  const ids = ents.map((r) => Number(r.id));
  await pool.query(
    `INSERT INTO org_indicators (org_id, year, revenue, rd_expense, total_assets, employees, tech_staff)
     SELECT id, 2025, 300000000 + (id % 11) * 100000000, 9000000 + (id % 13) * 3000000, 900000000, 30 + (id % 200), 5
     FROM unnest($1::bigint[]) AS id`,
    [ids],
  );
  const member = ids[Math.floor(ids.length / 2)] as number;
  const { rows: users } = await pool.query<{ id: string }>(
    `INSERT INTO users (username, display_name, password_hash, role, status)
     VALUES ('bench-enterprise', '示例企业用户', $1, 'enterprise', 'active') RETURNING id`,
    [hash],
  );
  await pool.query('INSERT INTO memberships (user_id, org_id, is_owner) VALUES ($1, $2, true)', [users[0]?.id, member]);
  return { member };
}

const needBody = (i: number) => ({
  amountFen: 100_000_000 + (i % 5) * 50_000_000,
  termMonths: 12,
  purpose: 'working_capital',
  purposeText: '示例评测：采购原材料，扩大产能。',
  guaranteeOffered: ['credit', 'guarantee'],
  collateral: [],
  rateCeilingBp: null,
  neededBy: '2099-12-31',
});

async function main() {
  const started = new Date();
  const loadBefore = os.loadavg()[0] ?? 0;
  const database = await openBenchDatabase(say);
  cleanups.push(database.close);
  const pool = createPool(database.url, settings.pool);
  cleanups.push(() => pool.end());
  await migrate(pool);
  const hash = await hashPassword(PASSWORD);
  await seed(pool, hash);
  await pool.query('ANALYZE');
  const products = settings.institutions * settings.productsPer;
  say(
    `seeded ${settings.institutions} institutions, ${products} published products, ${settings.enterprises} enterprises`,
  );

  const app = await buildServer({ config: testConfig({ logLevel: 'silent' }), db: createDb(pool) });
  cleanups.push(() => app.close());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username: 'bench-enterprise', password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!login.ok || !cookie) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const headers = { cookie, origin: url, 'content-type': 'application/json' };

  // (b) posting needs one after another, each pre-checked against every product and pushed; reading one back as
  // the floor.
  const post = async (i: number) => {
    const t0 = performance.now();
    const res = await fetch(`${url}/api/v1/finance/needs`, {
      method: 'POST',
      headers,
      body: JSON.stringify(needBody(i)),
    });
    const body = (await res.json()) as { id: number; pushes: unknown[] };
    if (res.status !== 201) throw new Error(`post failed: ${res.status} ${JSON.stringify(body)}`);
    return { ms: performance.now() - t0, id: body.id, pushes: body.pushes.length };
  };
  for (let i = 0; i < 5; i++) await post(i); // warm-up
  const posts: { ms: number; id: number; pushes: number }[] = [];
  for (let i = 0; i < settings.posts; i++) posts.push(await post(i));
  const needId = posts[0]?.id as number;
  const reads: number[] = [];
  for (let i = 0; i < settings.posts; i++) {
    const t0 = performance.now();
    const res = await fetch(`${url}/api/v1/finance/needs/${needId}`, { headers: { cookie } });
    await res.arrayBuffer();
    reads.push(performance.now() - t0);
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const q = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? 0;
  const postMs = posts.map((p) => p.ms);
  const pushed = posts.reduce((s, p) => s + p.pushes, 0) / posts.length;
  const { rows: pushRows } = await pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM finance_pushes WHERE need_id = $1',
    [needId],
  );
  say(`post: p50 ${ms(q(postMs, 50))} ms, p99 ${ms(q(postMs, 99))} ms, ${fmt(pushed, 1)} institutions each`);

  // (a) the pre-check of every product for one need, at 10 connections; the health endpoint as the floor.
  const probe = await fetch(`${url}/api/v1/finance/needs/${needId}/prechecks`, { headers: { cookie } });
  const checks = (await probe.json()) as { items: { result: string }[]; total: number; counts: Record<string, number> };
  if (!probe.ok) throw new Error(`prechecks failed: ${probe.status}`);
  const byResult = checks.counts;
  const measure = (path: string, h: Record<string, string>) =>
    runRounds({
      url,
      connections: settings.connections,
      warmup: settings.warmup,
      duration: settings.duration,
      requests: [{ method: 'GET', path, headers: h }] as never,
    });
  const health = await measure('/api/health', {});
  const pre = await measure(`/api/v1/finance/needs/${needId}/prechecks`, { cookie });
  say(`prechecks: ${fmt(pre.reqPerSec, 1)} req/s, p99 ${ms(pre.p99)} ms (health p99 ${ms(health.p99)} ms)`);

  const pgVersion =
    (await pool.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? 'unknown';
  const m = machine(pgVersion, loadBefore);
  const targets = [
    [
      `pre-check of every product (${checks.total} judged, the first ${checks.items.length} explained) for one need: p99 ≤ 50 ms at ${settings.connections} connections`,
      `${ms(pre.p99)} ms`,
      pre.p99 <= 50,
    ],
    [
      `posting and pushing one need over ${products} products: ≤ 200 ms (p99 of ${settings.posts} posts)`,
      `${ms(q(postMs, 99))} ms`,
      q(postMs, 99) <= 200,
    ],
  ] as const;
  const md = `## Finance: the pre-check of every product for a need, and posting a need that is pushed (suite \`finance\`)

### Last run

- Date: ${started.toISOString()}
- Machine: ${m.cpus} CPU cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, ${m.os}; load average ${fmt(m.loadBefore, 2)} at start (other work shares the machine)
- Node.js ${m.node}; PostgreSQL ${m.postgres}
- Database: ${database.where}
- Data: ${settings.institutions} verified institutions with ${settings.productsPer} published lending products each (${products} in all; amounts from 5万 to 50万 upwards, terms 3 to 12–48 months, LPR-based rates, five guarantee mixes), a fifth without a condition and the rest with one of four shapes of condition over indicators, evaluations and declarations; ${settings.enterprises} verified enterprises with a year of indicators
- Pre-check: autocannon ${settings.connections} connections; ${settings.warmup} s warm-up then ${settings.duration} s measured; \`GET /api/v1/finance/needs/:id/prechecks\` as the enterprise's member (every lending product judged, the first page of 20 explained with its sentences: ${Object.entries(
    byResult,
  )
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}); the floor: \`GET /api/health\` at the same connections
- Posting: ${settings.posts} \`POST /api/v1/finance/needs\` one after another (after 5 to warm up), each checked against every product and pushed to the institutions with a fitting product (${fmt(pushed, 1)} on average; ${pushRows[0]?.n} for the need read back), with their notifications and the audit row in the same transaction; the floor: \`GET /api/v1/finance/needs/:id\` of one of them, as many times

### Results

| measurement | value |
|---|---:|
| pre-check: req/s; p50 / p99 | ${fmt(pre.reqPerSec, 1)}; ${ms(pre.p50)} / ${ms(pre.p99)} ms |
| health (floor): req/s; p50 / p99 | ${fmt(health.reqPerSec, 1)}; ${ms(health.p50)} / ${ms(health.p99)} ms |
| pre-check ÷ health throughput | ${fmt(pre.reqPerSec / Math.max(health.reqPerSec, 1e-9), 3)} |
| pre-check: errors / non-2xx | ${pre.errors} / ${pre.non2xx} |
| posting a need: p50 / p99 / max | ${ms(q(postMs, 50))} / ${ms(q(postMs, 99))} / ${ms(Math.max(...postMs))} ms |
| reading it back (floor): p50 / p99 | ${ms(q(reads, 50))} / ${ms(q(reads, 99))} ms |
| posting ÷ reading (p50) | ${fmt(q(postMs, 50) / Math.max(q(reads, 50), 1e-9), 1)} |

### Targets

| target | measured | result |
|---|---|---|
${targetRows(targets)}

### Running it

\`\`\`sh
BENCH_SUITES=finance npm run bench
\`\`\`
`;
  say(`wrote ${await writeSection('finance', md)}`);
  if (pre.errors > 0 || pre.non2xx > 0) throw new Error(`prechecks failed: ${JSON.stringify(pre.statusCodes)}`);
}

await runSuite(say, cleanups, main);
