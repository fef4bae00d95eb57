import { drizzle } from 'drizzle-orm/node-postgres';
import { loadConfig } from './src/app/config.ts';
import { openDatabase } from './src/app/db/open.ts';
import { createInstrumentRepository } from './src/modules/instrument/instrument.repository.ts';

const database = await openDatabase(
  loadConfig({ DATA_DIR: '/tmp/czdata/d5', PG_PORT: '5495', SEED_DEMO: '0' } as NodeJS.ProcessEnv),
);
const queries: { q: string; p: unknown[] }[] = [];
const db = drizzle({ client: database.pool, logger: { logQuery: (q, p) => queries.push({ q, p }) } }) as never;
const repo = createInstrumentRepository({ db });
await repo.list({ q: '显微镜', publicOnly: true }, { limit: 20, offset: 0 }, 'relevance');
for (const { q, p } of queries) {
  const { rows } = await database.pool.query(`EXPLAIN (ANALYZE, COSTS OFF) ${q}`, p as unknown[]);
  console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
}
let t = performance.now();
for (let i = 0; i < 200; i++) await repo.list({ q: '显微镜', publicOnly: true }, { limit: 20, offset: 0 }, 'relevance');
console.log('list ms/op', (performance.now() - t) / 200);
t = performance.now();
const two = queries.slice(0, 2);
for (let i = 0; i < 200; i++) await Promise.all(two.map(({ q, p }) => database.pool.query(q, p as unknown[])));
console.log('raw ms/op', (performance.now() - t) / 200);
const { words } = await import('./src/app/db/search.ts');
t = performance.now();
for (let i = 0; i < 2000; i++) words('显微镜');
console.log('segment ms/op', (performance.now() - t) / 2000);
const r = await database.pool.query(queries[0]!.q, queries[0]!.p as unknown[]);
console.log('bytes', JSON.stringify(r.rows).length, 'rows', r.rows.length);
await database.close();
process.exit(0);
