// Suite "market" of npm run bench: (a) matching quality — the labelled needs of scripts/bench/market-labelled.ts
// against the demo catalogue, Recall@10 and MRR (goal Recall@10 ≥ 0.8, MRR ≥ 0.6, paraphrased Recall@10 ≥ 0.6), and the
// held-out needs of scripts/bench/market-heldout.ts, written without the listings' texts (goal Recall@10 ≥ 0.6);
// (b) matching one need against 50,000 published achievements (goal ≤ 500 ms); (c) the achievement search at 10
// connections (goal p99 ≤ 300 ms). See docs/PERFORMANCE.md.
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { testConfig } from '../../apps/server/src/app/config.ts';
import { migrate } from '../../apps/server/src/app/db/migrator.ts';
import { buildServer } from '../../apps/server/src/app/server.ts';
import { systemClock } from '../../apps/server/src/kernel/clock.ts';
import { createDb, createPool } from '../../apps/server/src/kernel/db/connection.ts';
import { achievementMatchColumns } from '../../apps/server/src/modules/market/market.match-text.ts';
import { marketAchievements } from '../../apps/server/src/modules/market/market.table.ts';
import { createMatchingRepository } from '../../apps/server/src/modules/market/matching.repository.ts';
import { createMatchingService } from '../../apps/server/src/modules/market/matching.service.ts';
import { createNeedRepository } from '../../apps/server/src/modules/market/needs.repository.ts';
import { createPushRepository } from '../../apps/server/src/modules/market/pushes.repository.ts';
import { seedDemo } from '../../apps/server/src/seed/demo.ts';
import { openBenchDatabase } from './database.ts';
import { writeSection } from './doc.ts';
import { runRounds } from './load.ts';
import { HELDOUT_NEEDS } from './market-heldout.ts';
import { LABELLED_NEEDS, type LabelledNeed } from './market-labelled.ts';
import { fmt, machine, ms, targetRows } from './report.ts';
import { runSuite } from './suite.ts';

const settings = {
  achievements: Number(process.env.BENCH_ACHIEVEMENTS || 50_000),
  duration: Number(process.env.BENCH_DURATION || 10),
  warmup: Number(process.env.BENCH_WARMUP || 2),
  connections: 10,
  pool: 10,
};
const say = (msg: string) => process.stderr.write(`[bench:market] ${msg}\n`);
const cleanups: (() => Promise<unknown>)[] = [];

type Quality = { needs: number; pairs: number; recall10: number; mrr: number };

/** Recall@10 over the labelled pairs and MRR over the needs (1 / rank of the first relevant, 0 beyond 10). */
async function quality(
  rank: (n: LabelledNeed) => Promise<number[]>,
  idOf: Map<string, number>,
  needs: LabelledNeed[],
): Promise<Quality> {
  let found = 0;
  let pairs = 0;
  let rr = 0;
  for (const n of needs) {
    const ids = await rank(n);
    const relevant = n.relevant.map((t) => {
      const id = idOf.get(t);
      if (id === undefined) throw new Error(`labelled title not in the catalogue: ${t}`);
      return id;
    });
    pairs += relevant.length;
    found += relevant.filter((id) => ids.includes(id)).length;
    const first = ids.findIndex((id) => relevant.includes(id));
    rr += first >= 0 ? 1 / (first + 1) : 0;
  }
  return { needs: needs.length, pairs, recall10: found / pairs, mrr: rr / needs.length };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function main() {
  const started = new Date();
  const loadBefore = os.loadavg()[0] ?? 0;
  const database = await openBenchDatabase(say);
  cleanups.push(database.close);
  const pool = createPool(database.url, settings.pool);
  cleanups.push(() => pool.end());
  await migrate(pool);
  const db = createDb(pool);
  const uploads = await mkdtemp(path.join(os.tmpdir(), 'cz-bench-uploads-'));
  cleanups.push(() => rm(uploads, { recursive: true, force: true }));
  await seedDemo(db, { uploadDir: uploads });
  const matching = createMatchingService({
    db,
    matching: createMatchingRepository({ db }),
    needs: createNeedRepository({ db }),
    pushes: createPushRepository(),
    clock: systemClock,
  });
  // Every demo achievement on the market (the demo keeps one in review, one returned and one draft to show the flow).
  await db.execute(sql`UPDATE market_achievements SET status = 'submitted' WHERE status IN ('draft', 'returned')`);
  await db.execute(
    sql`UPDATE market_achievements SET status = 'published', published_at = now() WHERE status = 'submitted'`,
  );
  const catalogue = (
    await db.execute(sql`SELECT id::int, title, summary FROM market_achievements WHERE status = 'published'`)
  ).rows as { id: number; title: string; summary: string }[];
  const idOf = new Map(catalogue.map((r) => [r.title, r.id]));
  // Every labelled title, of both sets, must name an achievement of the catalogue (before anything is measured).
  const missing = [...new Set([...LABELLED_NEEDS, ...HELDOUT_NEEDS].flatMap((n) => n.relevant))].filter(
    (t) => !idOf.has(t),
  );
  if (missing.length > 0) throw new Error(`labelled titles not in the catalogue: ${missing.join(', ')}`);
  const rank = async (n: LabelledNeed) =>
    (
      await matching.rankFor(
        { title: n.title, summary: n.summary, keywords: n.keywords, targets: [], field: n.field, budgetMaxFen: null },
        { limit: 10 },
      )
    ).items.map((s) => s.achievement.id);
  const direct = LABELLED_NEEDS.filter((n) => !n.paraphrased);
  const paraphrased = LABELLED_NEEDS.filter((n) => n.paraphrased);
  const demo = {
    all: await quality(rank, idOf, LABELLED_NEEDS),
    direct: await quality(rank, idOf, direct),
    paraphrased: await quality(rank, idOf, paraphrased),
    heldout: await quality(rank, idOf, HELDOUT_NEEDS),
  };
  say(
    `quality on the demo catalogue (${catalogue.length}): R@10 ${fmt(demo.all.recall10, 3)}, MRR ${fmt(demo.all.mrr, 3)}; held-out R@10 ${fmt(demo.heldout.recall10, 3)}, MRR ${fmt(demo.heldout.mrr, 3)}`,
  );

  // 50,000 published achievements: each recombines two of the catalogue's technologies with a common sentence, so
  // that the words and their frequencies are the market's own and a need meets thousands of candidates.
  const [owner] = (
    await db.execute(sql`SELECT id::int FROM organisations WHERE kind = 'enterprise' ORDER BY id LIMIT 1`)
  ).rows as { id: number }[];
  const [creator] = (await db.execute(sql`SELECT id::int FROM users ORDER BY id LIMIT 1`)).rows as { id: number }[];
  const topics = catalogue.map((c) => c.title.replace(/^示例/, '').replace(/(技术|方法|系统|工艺)$/, ''));
  const fields = [
    'electronics',
    'biomedicine',
    'aerospace',
    'materials',
    'hightech_services',
    'energy',
    'environment',
    'manufacturing',
  ] as const;
  const t0 = Date.now();
  const extra = Math.max(0, settings.achievements - catalogue.length);
  for (let from = 0; from < extra; from += 1000) {
    const rows = Array.from({ length: Math.min(1000, extra - from) }, (_, k) => {
      const i = from + k;
      const a = topics[(i * 7) % topics.length] as string;
      const b = topics[(i * 13 + 5) % topics.length] as string;
      const title = `示例合成${a}与${b}集成技术`;
      const summary = `示例合成成果（第 ${i} 号）：将${a}与${b}结合的成套方案，已在中试线验证，可面向园区企业转化。`;
      return {
        ownerOrgId: owner?.id as number,
        title,
        summary,
        field: fields[i % fields.length] as (typeof fields)[number],
        stage: (['early', 'middle', 'mature'] as const)[i % 3] as 'early',
        transferModes: ['licence' as const],
        priceFen: i % 4 === 0 ? null : 10_000_000 * (1 + (i % 50)),
        negotiable: i % 4 === 0,
        keywords: [a.slice(0, 4)],
        ...achievementMatchColumns({ title, keywords: [a.slice(0, 4)], summary, maturityEvidence: '' }),
        status: 'published' as const,
        publishedAt: new Date(),
        createdBy: creator?.id as number,
      };
    });
    await db.insert(marketAchievements).values(rows);
  }
  await pool.query('ANALYZE market_achievements');
  const seedSeconds = (Date.now() - t0) / 1000;
  const [{ n: total } = { n: 0 }] = (
    await db.execute(sql`SELECT count(*)::int AS n FROM market_achievements WHERE status = 'published'`)
  ).rows as { n: number }[];
  say(`seeded ${extra} achievements in ${fmt(seedSeconds, 1)} s; ${total} published`);

  matching.invalidate();
  const s0 = performance.now();
  await rank(LABELLED_NEEDS[0] as LabelledNeed);
  const coldMs = performance.now() - s0;
  const times: number[] = [];
  const large = {
    all: await quality(
      async (n) => {
        const t = performance.now();
        const ids = await rank(n);
        times.push(performance.now() - t);
        return ids;
      },
      idOf,
      LABELLED_NEEDS,
    ),
    // Not timed: the speed figures stay those of the labelled needs.
    heldout: await quality(rank, idOf, HELDOUT_NEEDS),
  };
  for (const n of LABELLED_NEEDS) {
    const t = performance.now();
    await rank(n);
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  const match = { p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1) ?? 0, n: times.length };
  say(`matching at ${total}: p50 ${ms(match.p50)} ms, p99 ${ms(match.p99)} ms, cold ${ms(coldMs)} ms`);

  // The public search of achievements over HTTP, rotating over words of the catalogue.
  const app = await buildServer({ config: testConfig({ logLevel: 'silent' }), db });
  cleanups.push(() => app.close());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const words = ['针状焦', '光伏', '碳纤维', '机器人', '检测', '废水', '芯片', '提取'];
  const requests = words.map((w) => ({
    method: 'GET',
    path: `/api/v1/market/achievements?q=${encodeURIComponent(w)}`,
  }));
  const search = await runRounds({
    url,
    connections: settings.connections,
    warmup: settings.warmup,
    duration: settings.duration,
    requests: requests as never,
  });
  say(`search: ${fmt(search.reqPerSec, 1)} req/s, p99 ${ms(search.p99)} ms`);

  const pgVersion =
    (await pool.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? 'unknown';
  const m = machine(pgVersion, loadBefore);
  const targets: [string, string, boolean][] = [
    ['Recall@10 ≥ 0.8 (demo catalogue)', fmt(demo.all.recall10, 3), demo.all.recall10 >= 0.8],
    ['MRR ≥ 0.6 (demo catalogue)', fmt(demo.all.mrr, 3), demo.all.mrr >= 0.6],
    ['paraphrased needs: Recall@10 ≥ 0.6', fmt(demo.paraphrased.recall10, 3), demo.paraphrased.recall10 >= 0.6],
    ['held-out paraphrased needs: Recall@10 ≥ 0.6', fmt(demo.heldout.recall10, 3), demo.heldout.recall10 >= 0.6],
    [`matching one need against ${total} achievements ≤ 500 ms (p99)`, `${ms(match.p99)} ms`, match.p99 <= 500],
    ['achievement search, 10 connections: p99 ≤ 300 ms', `${ms(search.p99)} ms`, search.p99 <= 300],
  ];
  const row = (label: string, q: Quality) =>
    `| ${label} | ${q.needs} | ${q.pairs} | ${fmt(q.recall10, 3)} | ${fmt(q.mrr, 3)} |`;
  const md = `## Technology market: matching quality and speed, achievement search (suite \`market\`)

### Last run

- Date: ${started.toISOString()}
- Machine: ${m.cpus} CPU cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, ${m.os}; load average ${fmt(m.loadBefore, 2)} at start
- Node.js ${m.node}; PostgreSQL ${m.postgres}
- Database: ${database.where}
- Labelled set: scripts/bench/market-labelled.ts, ${LABELLED_NEEDS.length} fictional needs (${paraphrased.length} paraphrased) with ${demo.all.pairs} need → achievement pairs, written by hand against the demo catalogue
- Held-out set: scripts/bench/market-heldout.ts, ${HELDOUT_NEEDS.length} fictional paraphrased needs with ${demo.heldout.pairs} pairs, written on 2026-12-07 from the topic names alone, without the listings' descriptions or the labelled needs
- Quality: each labelled need's top 10 (\`rankFor\`, the ranking \`GET /market/needs/{id}/suggestions\` answers with); Recall@10 = relevant pairs in the top 10 ÷ all pairs; MRR = mean of 1 ÷ rank of the first relevant achievement (0 when none is in the top 10)
- Scale: ${extra} further published achievements, each recombining two technologies of the catalogue in one sentence (${fmt(seedSeconds, 1)} s to segment and insert), ${total} published in all; every labelled need matched twice, one at a time (the held-out needs once more, not timed)
- Search: autocannon ${settings.connections} connections, ${settings.warmup} s warm-up then ${settings.duration} s measured, \`GET /api/v1/market/achievements?q=…\` rotating ${words.join(' ')}, anonymous

### Matching quality

| catalogue and needs | needs | pairs | Recall@10 | MRR |
|---|---:|---:|---:|---:|
${row(`demo catalogue (${catalogue.length}), all needs`, demo.all)}
${row('demo catalogue, direct needs', demo.direct)}
${row('demo catalogue, paraphrased needs', demo.paraphrased)}
${row("demo catalogue, held-out paraphrased needs (written without the listings' texts)", demo.heldout)}
${row(`${total} achievements, all needs (the recombined ones compete)`, large.all)}
${row(`${total} achievements, held-out paraphrased needs`, large.heldout)}

### Speed

| measurement | value |
|---|---:|
| matching, ${total} achievements: p50 / p99 / max of ${match.n} | ${ms(match.p50)} / ${ms(match.p99)} / ${ms(match.max)} ms |
| matching, first after the statistics were cleared (ts_stat over every vector) | ${ms(coldMs)} ms |
| search: req/s | ${fmt(search.reqPerSec, 1)} |
| search: p50 / p99 | ${ms(search.p50)} / ${ms(search.p99)} ms |
| search: errors / non-2xx | ${search.errors} / ${search.non2xx} |

### Targets

| target | measured | result |
|---|---|---|
${targetRows(targets)}

### Interpretation

- A need's words (jieba with the market's dictionary, stop words and single characters dropped; title and keywords
  count twice) are widened by the synonym table, the words in more than half of the achievements dropped, and the
  40 rarest kept. The GIN index finds the achievements sharing any of them; the 400 best by \`ts_rank\` are scored
  by BM25 (k1 1.2, b 0.75; an occurrence in the title or keywords weighs 3, in the summary 1, in the evidence 0.5),
  then by the field (×1.3 when the same), the stage and the price against the budget.
- The word statistics (documents per word, mean length) come from \`ts_stat\` and are kept for a minute in each
  process, cleared by a publication or withdrawal there; the cold figure is that reading.
- Direct needs, which name the technology in their own words, find it. Paraphrased ones are written without any
  two-character piece of the technology's name (电动汽车电驱 for 车规级功率模块): they find it through what its
  listing says besides its name — what it is for, the problem it solves, who uses it, its key figures — and through
  the synonym table (kept by the administration at /admin/market/synonyms). Each generated demo achievement carries
  such a description (seed/demo-market.topics.data.ts), written from its topic in the technology's terms and in its
  users' words, not from the labelled needs' wording; the labelled needs are unchanged. A catalogue whose listings are
  their technology's name in one sentence leaves paraphrased needs with no shared word: there the figure falls to
  what the synonyms bridge alone.
- Those descriptions were written by someone who had the labelled needs in front of them, so the paraphrased figure
  may be fitted to that set even without shared wording. The held-out needs (scripts/bench/market-heldout.ts, 60
  needs over 60 of the 80 topics) were written afterwards by someone who had seen neither the descriptions nor the
  labelled needs, from the topic names alone: each describes one topic's problem as a plant engineer or manager in
  长治 would (symptoms, product, target, budget, deadline) without any two-character piece of its name or the
  technology's own terms. Their Recall@10 is the fairer estimate of what an enterprise that does not know the
  technology's name gets; a gap to the paraphrased row suggests how much of that row is fitted (the two sets also
  differ in writer and in topics).
- The figures are read on a small catalogue: ten suggestions are 6 % of the demo's 173 achievements. The row with
  the recombined achievements (each naming two of the catalogue's technologies) shows the ranking holding when
  near-duplicates compete.
- The search requires every word of the query (jieba, the market's dictionary) in the match vector through its GIN
  index, newest first along the public index, and counts the matches for the list's total; a common word matches
  thousands of the 50,000. The count runs with \`random_page_cost\` 1.1 (SSD storage) for its transaction: with the
  default 4 PostgreSQL scanned every vector instead of the index's bitmap (39 against 11 ms for 光伏, by EXPLAIN
  ANALYZE), and the search's p99 was 336 ms.

### Running it

\`\`\`sh
BENCH_SUITES=market npm run bench
\`\`\`
`;
  say(`wrote ${await writeSection('market', md)}`);
  if (search.errors > 0 || search.non2xx > 0)
    throw new Error(`search requests failed: ${JSON.stringify(search.statusCodes)}`);
}

await runSuite(say, cleanups, main);
