// Suite "instruments" of npm run bench: availability, instrument search and booking creation on 200 instruments with
// 200,000 past bookings; booking creation is compared with a bare INSERT through pg. See docs/PERFORMANCE.md.
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { addDays, shanghaiDate, shanghaiInstant } from '@cz/shared';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { testConfig } from '../../apps/server/src/app/config.ts';
import { migrate } from '../../apps/server/src/app/db/migrator.ts';
import { buildServer } from '../../apps/server/src/app/server.ts';
import { createDb, createPool } from '../../apps/server/src/kernel/db/connection.ts';
import { DEMO_PASSWORD, seedDemo } from '../../apps/server/src/seed/demo.ts';
import { addCpu, type CpuSplit, countPostgresOf, cpuDuring, noCpu, profiled } from './cpu.ts';
import { openBenchDatabase } from './database.ts';
import { writeSection } from './doc.ts';
import { buildBareBookingServer, buildBareTxBookingServer } from './instruments-bare.ts';
import { type InstrumentRow, instrumentsMarkdown } from './instruments-report.ts';
import { INSTRUMENT_FRAGMENTS, seedInstruments } from './instruments-seed.ts';
import { type LoadSpec, runLoad, type Sample, summarise } from './load.ts';
import { machine } from './report.ts';
import { runSuite } from './suite.ts';

const num = (name: string, fallback: number) => {
  const raw = process.env[name];
  const v = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a non-negative number, not ${raw}`);
  return v;
};
const settings = {
  duration: num('BENCH_DURATION', 10),
  warmup: num('BENCH_WARMUP', 2),
  pool: num('BENCH_POOL', 20),
  perInstrument: num('BENCH_BOOKINGS_PER_INSTRUMENT', 1000),
};
const say = (msg: string) => process.stderr.write(`[bench:instruments] ${msg}\n`);
const cleanups: (() => Promise<unknown>)[] = [];

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

async function measure(spec: Omit<LoadSpec, 'warmup' | 'duration'>, rounds = 2): Promise<Sample[]> {
  const out: Sample[] = [];
  for (let r = 0; r < rounds; r++) {
    out.push(await runLoad({ ...spec, warmup: r === 0 ? settings.warmup : 0, duration: settings.duration / rounds }));
  }
  return out;
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
  const db = createDb(pool);
  await seedDemo(db);
  const t0 = Date.now();
  const seeded = await seedInstruments(pool, settings.perInstrument);
  say(
    `seeded ${seeded.instruments} instruments and ${seeded.bookings} past bookings in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  const ids = (await pool.query<{ id: number }>('SELECT id FROM instruments ORDER BY id DESC LIMIT 200')).rows.map(
    (r) => r.id,
  );
  const buyer = (
    await pool.query<{ org_id: number; user_id: number }>(
      `SELECT m.org_id, m.user_id FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.username = 'enterprise'`,
    )
  ).rows[0];
  if (!buyer) throw new Error('no demo enterprise account');

  const config = testConfig({ logLevel: 'silent', login: { ...testConfig().login, ratePerMinute: 1_000_000_000 } });
  const app = await buildServer({ config, db });
  cleanups.push(() => app.close());
  const appUrl = await listen(app);
  const barePool = new pg.Pool({ connectionString: database.url, max: settings.pool });
  barePool.on('error', () => {});
  cleanups.push(() => barePool.end());
  const bare = buildBareBookingServer(barePool, { orgId: buyer.org_id, userId: buyer.user_id });
  cleanups.push(() => bare.close());
  const bareUrl = await listen(bare);
  const bareTx = buildBareTxBookingServer(barePool, { orgId: buyer.org_id, userId: buyer.user_id });
  cleanups.push(() => bareTx.close());
  const bareTxUrl = await listen(bareTx);

  const login = await fetch(`${appUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'enterprise', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie.startsWith('cz_session=')) throw new Error(`login failed: ${login.status}`);

  // The last 30 days before today: full of past bookings.
  const today = shanghaiDate(started);
  const monthStart = addDays(today, -30);
  const monthEnd = addDays(today, -1);
  const availability = ids
    .slice(0, 50)
    .map((id) => ({ method: 'GET', path: `/api/v1/instruments/${id}/availability?from=${monthStart}&to=${monthEnd}` }));
  const search = INSTRUMENT_FRAGMENTS.map((q) => ({
    method: 'GET',
    path: `/api/v1/instruments?q=${encodeURIComponent(q)}`,
  }));
  const check = await fetch(appUrl + (availability[0]?.path ?? ''));
  const busy = ((await check.json()) as { busy?: unknown[] }).busy?.length ?? 0;
  if (check.status !== 200 || busy === 0)
    throw new Error(`availability check failed: ${check.status}, ${busy} busy blocks`);

  const rows: InstrumentRow[] = [];
  // One connection: the latency of a single request (the targets); 10 and 50: the same under load.
  for (const connections of [1, 10, 50]) {
    say(`availability at ${connections} connections`);
    rows.push({
      key: `availability${connections}`,
      label: `month availability, ${connections} connections`,
      connections,
      app: summarise(await measure({ url: appUrl, connections, requests: availability })),
    });
    say(`search at ${connections} connections`);
    rows.push({
      key: `search${connections}`,
      label: `instrument search, ${connections} connections`,
      connections,
      app: summarise(await measure({ url: appUrl, connections, requests: search })),
    });
  }
  // Booking creation on distinct slots: tomorrow onwards for the app, half a year later for the bare INSERT, a year
  // later for the bare transaction; the order of the servers alternates between rounds.
  const post = [{ method: 'POST', path: '/api/v1/bookings', headers: { 'content-type': 'application/json', cookie } }];
  const tomorrow = shanghaiInstant(addDays(today, 1)).getTime();
  const servers = { app: appUrl, bare: bareUrl, bareTx: bareTxUrl } as const;
  const offsetDays = { app: 0, bare: 180, bareTx: 360 } as const;
  const samples: Record<keyof typeof servers, Sample[]> = { app: [], bare: [], bareTx: [] };
  const cpu: Record<keyof typeof servers, CpuSplit> = { app: noCpu(), bare: noCpu(), bareTx: noCpu() };
  for (let round = 0; round < 2; round++) {
    const order = round % 2 === 0 ? (['app', 'bare', 'bareTx'] as const) : (['bareTx', 'bare', 'app'] as const);
    for (const server of order) {
      say(`booking creation on ${server}, round ${round + 1}/2`);
      const base = tomorrow + offsetDays[server] * 86_400_000 + round * 30 * 86_400_000;
      const run = () =>
        runLoad({
          url: servers[server],
          connections: 50,
          warmup: round === 0 ? settings.warmup : 0,
          duration: settings.duration / 2,
          requests: post,
          slots: { instrumentIds: ids, baseMs: base, minutes: 60, extra: { purpose: '基准测试' } },
        });
      const measured = await cpuDuring(() => profiled(`booking-${server}-${round + 1}`, run));
      samples[server].push(measured.result);
      // CPU is read over the second round, which has no warm-up in it.
      if (round === 1) cpu[server] = addCpu(cpu[server], measured.cpu);
    }
  }
  rows.push({
    key: 'booking',
    label: 'booking creation, 50 connections',
    connections: 50,
    app: summarise(samples.app),
    bare: summarise(samples.bare),
    bareTx: summarise(samples.bareTx),
    cpu: Object.fromEntries(
      (['app', 'bare', 'bareTx'] as const).map((k) => [k, { ...cpu[k], requests: samples[k][1]?.requests ?? 0 }]),
    ) as NonNullable<InstrumentRow['cpu']>,
  });

  const overlap = await pool.query<{ n: number }>(`
    SELECT count(*)::int AS n FROM bookings a JOIN bookings b
      ON a.instrument_id = b.instrument_id AND a.id < b.id AND a.blocked && b.blocked
    WHERE a.status IN ('pending','confirmed','completed','no_show') AND b.status IN ('pending','confirmed','completed','no_show')
      AND lower(a.period) > now()`);
  const plan = await pool.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, COSTS OFF) SELECT lower(blocked), upper(blocked), status, user_id, org_id FROM bookings
     WHERE instrument_id = $1 AND status IN ('pending','confirmed','completed','no_show')
       AND blocked && tstzrange($2::timestamptz, $3::timestamptz) ORDER BY lower(blocked)`,
    [ids[0], shanghaiInstant(monthStart).toISOString(), shanghaiInstant(addDays(monthEnd, 1)).toISOString()],
  );
  const pgVersion =
    (await pool.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? 'unknown';
  const md = instrumentsMarkdown(rows, {
    date: started.toISOString(),
    machine: machine(pgVersion, loadBefore),
    database: database.where,
    dataset: `${seeded.instruments} instruments of 20 providers with ${seeded.bookings.toLocaleString('en-US')} past bookings (each with its order and usage record), plus the demo data`,
    settings: `${settings.warmup} s warm-up, then ${settings.duration} s measured in 2 rounds per scenario; database pool ${settings.pool} per server; availability for ${monthStart}…${monthEnd} rotating over 50 instruments; search rotating ${INSTRUMENT_FRAGMENTS.join(' ')}`,
    overlaps: overlap.rows[0]?.n ?? -1,
    plan: plan.rows.map((r) => r['QUERY PLAN']).join('\n'),
  });
  const file = await writeSection('instruments', md);
  say(`wrote ${file}`);
  const broken = rows.flatMap((r) =>
    (['app', 'bare', 'bareTx'] as const)
      .filter((k) => r[k] && ((r[k]?.errors ?? 0) > 0 || (r[k]?.non2xx ?? 0) > 0))
      .map((k) => `${r.label} on ${k}: ${r[k]?.errors} errors, statuses ${JSON.stringify(r[k]?.statusCodes)}`),
  );
  if (broken.length) throw new Error(`requests failed during the measured runs:\n  ${broken.join('\n  ')}`);
  if ((overlap.rows[0]?.n ?? 0) !== 0) throw new Error('overlapping bookings were stored');
}

await runSuite(say, cleanups, main);
