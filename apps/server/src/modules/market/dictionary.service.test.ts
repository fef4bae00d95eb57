import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { marketWordsVersion, matchTokens } from './market.match-text.ts';

let t: TestApp;
let admin: string;
let seller: { cookie: string };
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
  seller = await enterpriseWithUser(t);
});
afterAll(() => t.close());
const api = client(() => t);

/** The market's re-index job, as pg-boss runs it: until a run builds nothing. */
async function reindex() {
  const job = t.modules.find((m) => m.name === 'market')?.jobs?.find((j) => j.name === 'market-reindex');
  if (!job) throw new Error('no market-reindex job');
  let built = 0;
  for (let n = await job.run(); n > 0; n = await job.run()) built += n;
  return built;
}
/** A need's summary of the market's stop words only: nothing of it is matched. */
const NO_WORDS = '示例需求：寻求相关合作，希望能够提供技术服务与转化对接。';
const status = async () => (await api.get('/api/v1/market/dictionary/status', { as: admin })).json();

async function publishAchievement(o: { title: string; summary: string; keywords?: string[] }) {
  const created = await api.post(
    '/api/v1/market/achievements',
    { field: 'materials', stage: 'middle', transferModes: ['licence'], priceFen: 100_000_000, ...o },
    { as: seller.cookie },
  );
  expect(created.statusCode, created.body).toBe(201);
  const a = created.json();
  await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: seller.cookie });
  const res = await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: admin });
  expect(res.statusCode, res.body).toBe(200);
  return a.id as number;
}

/** A draft need of a new enterprise, and the achievements suggested for it with the words shared. */
async function needOf(o: { title: string; summary: string }) {
  const buyer = await enterpriseWithUser(t);
  const created = await api.post(
    '/api/v1/market/needs',
    {
      field: 'materials',
      targets: [{ indicator: '纯度', operator: 'gte', value: 99, unit: '%' }],
      deadline: '2099-12-31',
      ...o,
    },
    { as: buyer.cookie },
  );
  expect(created.statusCode, created.body).toBe(201);
  const need = created.json();
  return async () =>
    (await api.get(`/api/v1/market/needs/${need.id}/suggestions`, { as: buyer.cookie })).json() as {
      items: { achievement: { id: number }; reasons: { sharedTerms: { term: string; via: string | null }[] } }[];
      terms: string[];
    };
}

const lexemes = async (id: number) =>
  (
    await t.db.execute(
      sql`SELECT array(SELECT lexeme FROM unnest(match_vector)) AS l, match_version FROM market_achievements WHERE id = ${id}`,
    )
  ).rows[0] as { l: string[]; match_version: number };

describe('the domain dictionary, kept by the administration', () => {
  it('matches a need and an achievement that share only a word jieba would split, once the word is added', async () => {
    // 钽铌锂 is no word of jieba's or the market's dictionary: cut into single characters, which the match drops.
    expect(matchTokens('示例钽铌锂')).toEqual([]);
    const id = await publishAchievement({
      title: '示例钽铌锂单晶提拉制备',
      summary: '示例成果：单晶直径 50 mm，位错密度低。',
    });
    const suggest = await needOf({
      title: '示例钽铌锂需求',
      summary: NO_WORDS,
    });
    expect((await suggest()).items.map((s) => s.achievement.id)).not.toContain(id);

    const before = marketWordsVersion();
    const added = await api.post(
      '/api/v1/market/dictionary',
      { term: '钽铌锂', note: '示例：铁电晶体' },
      { as: admin },
    );
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ term: '钽铌锂', note: '示例：铁电晶体' });
    // This instance segments with the new word before it answers; the version moved (a trigger).
    expect(marketWordsVersion()).toBeGreaterThan(before);
    expect(matchTokens('示例钽铌锂')).toEqual(['钽铌锂']);

    // The vectors are built again in the background; the job finishes what is left and the progress is complete.
    await reindex();
    const done = await status();
    expect(done).toMatchObject({ version: marketWordsVersion(), running: false });
    expect(done.indexed).toBe(done.total);
    expect((await lexemes(id)).l).toContain('钽铌锂');

    const found = await suggest();
    expect(found.terms).toEqual(['钽铌锂']);
    const hit = found.items.find((s) => s.achievement.id === id);
    expect(hit?.reasons.sharedTerms).toEqual([{ term: '钽铌锂', via: null }]);

    // Taken back, the word is split again (a new segmenter: jieba cannot forget a word).
    const removed = await api.delete(`/api/v1/market/dictionary/${added.json().id}`, { as: admin });
    expect(removed.statusCode).toBe(204);
    expect(matchTokens('示例钽铌锂')).toEqual([]);
    await reindex();
    expect((await lexemes(id)).l).not.toContain('钽铌锂');
    expect((await suggest()).items.map((s) => s.achievement.id)).not.toContain(id);

    const { rows: audit } = await t.db.execute(
      sql`SELECT action, actor_id FROM audit_log WHERE entity = 'market_term' AND entity_id = ${String(added.json().id)} ORDER BY id`,
    );
    expect(audit.map((r) => (r as { action: string }).action)).toEqual(['market.term.create', 'market.term.delete']);
  });

  it('keeps a synonym whole, so that a need and an achievement using two words of one group match', async () => {
    expect(matchTokens('示例铼钨铱')).toEqual([]);
    const id = await publishAchievement({
      title: '示例铱钨铼喷涂',
      summary: '示例成果：等离子喷涂工艺，涂层结合强度高，耐高温氧化性能好。',
    });
    const suggest = await needOf({ title: '示例铼钨铱需求', summary: NO_WORDS });
    const group = await api.post(
      '/api/v1/market/synonyms',
      { terms: ['铼钨铱', '铱钨铼'], note: '示例：同一种涂层' },
      { as: admin },
    );
    expect(group.statusCode, group.body).toBe(201);
    expect(matchTokens('示例铼钨铱')).toEqual(['铼钨铱']);
    await reindex();
    const hit = (await suggest()).items.find((s) => s.achievement.id === id);
    expect(hit?.reasons.sharedTerms).toEqual([{ term: '铱钨铼', via: '铼钨铱' }]);
    // A change of the group's note alone leaves the words, and the vectors, as they are.
    const version = (await status()).version;
    await api.put(
      `/api/v1/market/synonyms/${group.json().id}`,
      { terms: ['铼钨铱', '铱钨铼'], note: '示例：改了说明' },
      { as: admin },
    );
    expect((await status()).version).toBe(version);
  });

  it('re-indexes in batches what another instance changed, and shows the progress', async () => {
    const ids = await Promise.all(
      ['甲', '乙', '丙'].map((x) =>
        publishAchievement({
          title: `示例锆铪钪${x}型靶材`,
          summary: '示例成果：磁控溅射靶材，致密度高，已完成中试验证并小批量供货。',
        }),
      ),
    );
    // Another instance adds a term (straight in the table: the trigger moves the version); this one has not read it.
    await t.db.execute(sql`INSERT INTO market_terms (term, note) VALUES ('锆铪钪', '另一实例添加')`);
    const stale = await status();
    expect(stale.version).toBeGreaterThan(marketWordsVersion());
    expect(stale.indexed).toBeLessThanOrEqual(stale.total - ids.length);
    for (const id of ids) expect((await lexemes(id)).l).not.toContain('锆铪钪');

    expect(await reindex()).toBeGreaterThanOrEqual(ids.length);
    expect(marketWordsVersion()).toBe(stale.version);
    const done = await status();
    expect(done.indexed).toBe(done.total);
    for (const id of ids) expect(await lexemes(id)).toMatchObject({ match_version: stale.version });
    for (const id of ids) expect((await lexemes(id)).l).toContain('锆铪钪');
    // Nothing is left: another run builds nothing.
    expect(await reindex()).toBe(0);
  });

  it('lists the terms paged and searched, exports them, normalises and refuses doubles', async () => {
    for (const term of ['示例钒钛磁铁', '示例钒电池', '示例储氢合金'])
      expect((await api.post('/api/v1/market/dictionary', { term }, { as: admin })).statusCode).toBe(201);
    // Full-width letters are stored half-width, in lower case, as the segmenter compares them.
    const wide = await api.post('/api/v1/market/dictionary', { term: 'ＳＯＦＣ电堆' }, { as: admin });
    expect(wide.json().term).toBe('sofc电堆');
    const twice = await api.post('/api/v1/market/dictionary', { term: 'SOFC电堆' }, { as: admin });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('market.term_taken');
    // One token: letters and digits only.
    for (const term of ['两个 词', '钒-钛', '钒'])
      expect((await api.post('/api/v1/market/dictionary', { term }, { as: admin })).statusCode, term).toBe(400);

    const page = (
      await api.get(`/api/v1/market/dictionary?q=${encodeURIComponent('示例钒')}&pageSize=1`, { as: admin })
    ).json();
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page.items.map((x: { term: string }) => x.term)).toEqual(['示例钒电池']);
    const changed = await api.put(
      `/api/v1/market/dictionary/${page.items[0].id}`,
      { term: '示例全钒液流电池', note: '示例：改名' },
      { as: admin },
    );
    expect(changed.json()).toMatchObject({ term: '示例全钒液流电池', note: '示例：改名' });
    expect((await api.put('/api/v1/market/dictionary/999999', { term: '示例无此词' }, { as: admin })).statusCode).toBe(
      404,
    );

    const xlsx = await api.get(`/api/v1/market/dictionary/export.xlsx?q=${encodeURIComponent('示例')}`, { as: admin });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/market-dictionary-\d{4}-\d{2}-\d{2}\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    const terms = sheet.getColumn(1).values.slice(2);
    expect(terms).toEqual(['示例储氢合金', '示例钒钛磁铁', '示例全钒液流电池'].sort());
  });

  it('is for the administration only', async () => {
    const s = await seed(t, {
      organisations: [{ key: 'e', kind: 'enterprise' }],
      users: [
        { role: 'enterprise', org: 'e', login: true },
        { role: 'expert', login: true },
      ],
    });
    const [member, expert] = s.users.map((u) => u.cookie as string);
    // A broker is not an administrator: it pushes suggestions but does not edit the words.
    await api.put(`/api/v1/market/brokers/${s.users[1]?.id}`, { broker: true }, { as: admin });
    const [term] = (await api.get('/api/v1/market/dictionary?pageSize=1', { as: admin })).json().items;
    const calls = [
      ['GET', '/api/v1/market/dictionary'],
      ['GET', '/api/v1/market/dictionary/export.xlsx'],
      ['GET', '/api/v1/market/dictionary/status'],
      ['POST', '/api/v1/market/dictionary', { term: '示例越权词' }],
      ['PUT', `/api/v1/market/dictionary/${term.id}`, { term: '示例越权词' }],
      ['DELETE', `/api/v1/market/dictionary/${term.id}`],
    ] as const;
    for (const [method, url, body] of calls) {
      for (const as of [member, expert]) {
        const res = await api.request(method, url, body, { as });
        expect(res.statusCode, `${method} ${url}`).toBe(403);
      }
      expect((await api.request(method, url, body)).statusCode, `${method} ${url}`).toBe(401);
    }
    const { rows } = await t.db.execute(sql`SELECT count(*)::int AS n FROM market_terms WHERE term = '示例越权词'`);
    expect(rows[0]?.n).toBe(0);
  });
});
