import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { matchTokens } from './market.match-text.ts';
import { idf } from './matching.service.ts';

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

const achievement = (o: Record<string, unknown>) => ({
  summary: '示例成果：面向园区企业的成套技术，已完成关键指标测试，可开展转化对接与技术服务。',
  field: 'materials',
  stage: 'middle',
  transferModes: ['licence'],
  priceFen: 100_000_000,
  ...o,
});

async function publishAchievement(o: Record<string, unknown>) {
  const a = (await api.post('/api/v1/market/achievements', achievement(o), { as: seller.cookie })).json();
  await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: seller.cookie });
  const res = await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: admin });
  expect(res.statusCode, res.body).toBe(200);
  return a.id as number;
}

/** A draft need of a new enterprise (a draft's suggestions are its owner's to read), and the ids suggested for it. */
async function needOf(o: Record<string, unknown>) {
  const buyer = await enterpriseWithUser(t);
  const need = (
    await api.post(
      '/api/v1/market/needs',
      { targets: [{ indicator: '处理量', operator: 'gte', value: 1, unit: '' }], deadline: '2099-12-31', ...o },
      { as: buyer.cookie },
    )
  ).json();
  const suggestions = async () =>
    (await api.get(`/api/v1/market/needs/${need.id}/suggestions`, { as: buyer.cookie })).json();
  const ids = async () =>
    (await suggestions()).items.map((s: { achievement: { id: number } }) => s.achievement.id) as number[];
  return { buyer, need, suggestions, ids };
}

describe('matching a need with achievements', () => {
  it('segments the market’s words with its dictionary', () => {
    expect(matchTokens('硅碳负极材料的首次库伦效率')).toEqual(expect.arrayContaining(['硅碳负极', '负极', '材料']));
    expect(matchTokens('示例针状焦低灰分精制方法')).toContain('针状焦');
    // No single characters, no bare numbers.
    expect(matchTokens('在 200 ℃ 的温度下')).not.toContain('200');
    expect(matchTokens('在 200 ℃ 的温度下').every((x) => [...x].length >= 2)).toBe(true);
    expect(idf(100, 1)).toBeGreaterThan(idf(100, 50));
  });

  it('ranks the achievement about the need first, and says why: shared words, field, stage, price against budget', async () => {
    const coke = await publishAchievement({
      title: '示例煤系针状焦溶剂萃取精制技术',
      summary: '示例成果：煤系针状焦原料的溶剂萃取精制方法，灰分降至 0.05% 以下，适用于超高功率石墨电极。',
      keywords: ['针状焦', '石墨电极'],
      stage: 'mature',
      priceFen: 200_000_000,
    });
    const fibre = await publishAchievement({
      title: '示例沥青基碳纤维连续纺丝工艺',
      summary: '示例成果：以煤焦油沥青为原料的中间相沥青制备与连续熔融纺丝工艺，拉伸模量不低于 600 GPa。',
      keywords: ['碳纤维', '沥青'],
      priceFen: 500_000_000,
    });
    const chip = await publishAchievement({
      title: '示例车规级功率模块封装工艺',
      summary: '示例成果：车规级 IGBT 功率模块的烧结银封装与双面散热结构，结壳热阻低于 0.1 K/W。',
      field: 'electronics',
      keywords: ['功率模块', '散热'],
    });
    const { buyer, need } = await needOf({
      title: '示例超高功率石墨电极用低灰分针状焦需求',
      summary: '示例需求：石墨电极生产需要稳定供应低灰分针状焦，寻求原料精制与焦化工艺技术。',
      details: '示例保密：年用量 3 万吨，现供应商为示例某公司。',
      field: 'materials',
      targets: [{ indicator: '灰分', operator: 'lte', value: 0.1, unit: '%' }],
      budgetMinFen: 100_000_000,
      budgetMaxFen: 300_000_000,
      deadline: '2099-12-31',
      confidentiality: 'summary',
    });
    const res = await api.get(`/api/v1/market/needs/${need.id}/suggestions`, { as: buyer.cookie });
    expect(res.statusCode, res.body).toBe(200);
    const { items, terms, fields } = res.json();
    expect(items[0].achievement.id).toBe(coke);
    expect(items[0].reasons).toMatchObject({ sameField: true, stage: 'mature', priceFit: 'within' });
    expect(items[0].reasons.sharedTerms.map((x: { term: string }) => x.term)).toEqual(
      expect.arrayContaining(['针状焦', '石墨电极']),
    );
    // The carbon fibre and the power module share at most a generic word (原料, 工艺): far behind.
    for (const other of items.slice(1)) {
      expect([fibre, chip]).toContain(other.achievement.id);
      expect(other.score).toBeLessThan(items[0].score / 3);
    }
    expect(
      items.find((s: { achievement: { id: number } }) => s.achievement.id === chip)?.reasons.sameField ?? false,
    ).toBe(false);
    expect(terms).toContain('针状焦');
    // The confidential details are not among the words matched.
    expect(terms).not.toContain('供应商');
    expect(fields.find((f: { field: string }) => f.field === 'materials').count).toBeGreaterThanOrEqual(1);
    expect(items.every((s: { score: number }, i: number) => i === 0 || items[i - 1].score >= s.score)).toBe(true);

    // Another enterprise may not read the suggestions of this need; the administration may.
    expect((await api.get(`/api/v1/market/needs/${need.id}/suggestions`, { as: seller.cookie })).statusCode).toBe(404);
    expect((await api.get(`/api/v1/market/needs/${need.id}/suggestions`, { as: admin })).statusCode).toBe(200);
    expect((await api.get(`/api/v1/market/needs/${need.id}/suggestions`)).statusCode).toBe(401);
  });

  it('finds an achievement through a synonym, and says which word of the need it stands for', async () => {
    const id = await publishAchievement({
      title: '示例太阳能电池板无水清扫机器人',
      summary: '示例成果：适用于山地电站太阳能电池板的履带式无水清扫机器人，单台日作业 8000 平方米。',
      field: 'energy',
      keywords: ['清扫机器人'],
    });
    const { buyer, need } = await needOf({
      title: '示例光伏组件清洗装备需求',
      summary: '示例需求：光伏组件积灰严重，人工清洗成本高，寻求自动清洗装备与运维方案。',
      field: 'energy',
      targets: [{ indicator: '日清洗面积', operator: 'gte', value: 8000, unit: 'm²' }],
      deadline: '2099-12-31',
    });
    const { items } = (await api.get(`/api/v1/market/needs/${need.id}/suggestions`, { as: buyer.cookie })).json();
    const found = items.find((s: { achievement: { id: number } }) => s.achievement.id === id);
    expect(found, JSON.stringify(items)).toBeDefined();
    expect(found.reasons.sharedTerms).toEqual(
      expect.arrayContaining([
        { term: '清扫', via: '清洗' },
        { term: '太阳能电池板', via: '光伏组件' },
      ]),
    );
  });

  it("places each suggestion's owner in the zone's city, the province or elsewhere, with the facet and a filter", async () => {
    const id = await publishAchievement({
      title: '示例玄武岩短切纤维浸润剂配方',
      keywords: ['浸润剂'],
      field: 'materials',
    });
    const { buyer, need } = await needOf({
      title: '示例玄武岩纤维浸润剂需求',
      summary: '示例需求：玄武岩短切纤维与树脂结合差，寻求浸润剂配方。',
      field: 'materials',
    });
    const { rows } = await t.db.execute(
      sql`SELECT o.division FROM org_directory o JOIN market_achievements a ON a.owner_org_id = o.id WHERE a.id = ${id}`,
    );
    const division = String(rows[0]?.division);
    const regionFor = async (province: string, city: string, region?: string) => {
      await t.db.execute(sql`UPDATE market_settings SET province_code = ${province}, city_code = ${city}`);
      const res = await api.get(`/api/v1/market/needs/${need.id}/suggestions${region ? `?region=${region}` : ''}`, {
        as: buyer.cookie,
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      const found = body.items.find((x: { achievement: { id: number } }) => x.achievement.id === id);
      return { region: found?.achievement.ownerRegion as string | undefined, facet: body.regions, body };
    };
    try {
      const inCity = await regionFor(division.slice(0, 2), division.slice(2, 4));
      expect(inCity.region).toBe('city');
      expect(inCity.facet.find((f: { region: string }) => f.region === 'city')?.count).toBeGreaterThanOrEqual(1);
      expect((await regionFor(division.slice(0, 2), '99')).region).toBe('province');
      const outside = await regionFor('99', '99', 'other');
      expect(outside.region).toBe('other');
      expect((await regionFor('99', '99', 'city')).body.items).toEqual([]);
    } finally {
      await t.db.execute(sql`UPDATE market_settings SET province_code = '14', city_code = '04'`);
    }
  });

  it('leaves out an achievement that is withdrawn', async () => {
    const id = await publishAchievement({
      title: '示例玄武岩纤维连续拉丝漏板技术',
      keywords: ['玄武岩纤维'],
    });
    const { ids } = await needOf({
      title: '示例玄武岩纤维拉丝需求',
      summary: '示例需求：玄武岩纤维连续拉丝断头率高，寻求漏板设计与拉丝工艺改进方案。',
      field: 'materials',
      targets: [{ indicator: '断头率', operator: 'lte', value: 2, unit: '次/小时' }],
      deadline: '2099-12-31',
    });
    expect(await ids()).toContain(id);
    await api.post(`/api/v1/market/achievements/${id}/withdraw`, {}, { as: seller.cookie });
    expect(await ids()).not.toContain(id);
    const { rows } = await t.db.execute(sql`SELECT match_length FROM market_achievements WHERE id = ${id}`);
    expect(Number(rows[0]?.match_length)).toBeGreaterThan(5);
  });
});

describe('the synonym table, kept by the administration', () => {
  it('adds, changes and removes groups (normalised, audited), and the next match uses them at once', async () => {
    const id = await publishAchievement({
      title: '示例秸秆热解制备生物炭技术',
      summary: '示例成果：农作物秸秆在 500℃ 缺氧条件下热解制备生物炭，可用于土壤改良与固碳。',
      field: 'environment',
      keywords: ['生物炭'],
    });
    const { buyer, ids } = await needOf({
      title: '示例稻草资源化利用需求',
      summary: '示例需求：合作社每年收获后大量稻草就地焚烧被禁，寻求稻草的资源化处理办法。',
      field: 'environment',
      targets: [{ indicator: '处理量', operator: 'gte', value: 1000, unit: '吨/年' }],
      deadline: '2099-12-31',
    });
    expect(await ids()).not.toContain(id);
    // Only the administration keeps the table; a group needs two different words.
    expect(
      (await api.post('/api/v1/market/synonyms', { terms: ['秸秆', '稻草'] }, { as: buyer.cookie })).statusCode,
    ).toBe(403);
    expect((await api.post('/api/v1/market/synonyms', { terms: ['秸秆', '秸秆'] }, { as: admin })).statusCode).toBe(
      400,
    );
    const created = await api.post(
      '/api/v1/market/synonyms',
      { terms: ['秸秆', '稻草', 'Ｓtraw'], note: '秸秆' },
      { as: admin },
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().terms).toEqual(['秸秆', '稻草', 'straw']);
    expect(await ids()).toContain(id);
    const changed = await api.put(
      `/api/v1/market/synonyms/${created.json().id}`,
      { terms: ['秸秆', '麦秆'] },
      { as: admin },
    );
    expect(changed.json().terms).toEqual(['秸秆', '麦秆']);
    expect(await ids()).not.toContain(id);
    expect((await api.delete(`/api/v1/market/synonyms/${created.json().id}`, { as: admin })).statusCode).toBe(204);
    expect((await api.delete(`/api/v1/market/synonyms/${created.json().id}`, { as: admin })).statusCode).toBe(404);
    const { rows } = await t.db.execute(
      sql`SELECT action FROM audit_log WHERE entity = 'market_synonym' AND entity_id = ${String(created.json().id)} ORDER BY id`,
    );
    expect(rows.map((r) => (r as { action: string }).action)).toEqual([
      'market.synonym.create',
      'market.synonym.update',
      'market.synonym.delete',
    ]);
  });
});
