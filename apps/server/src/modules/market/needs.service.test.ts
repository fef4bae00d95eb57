import { shanghaiInstant } from '@cz/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { walkPages } from '../../../test/paging.ts';
import { client } from '../../../test/request.ts';
import { fixedClock } from '../../kernel/clock.ts';

// The zone's day 2026-06-10 at 23:30: the Shanghai date, not the UTC one (2026-06-10 15:30 UTC), is "today".
const clock = fixedClock(shanghaiInstant('2026-06-10', 23 * 60 + 30));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

const input = (o: Record<string, unknown> = {}) => ({
  title: '示例高效光伏组件封装胶膜国产化需求',
  summary: '示例需求：寻求一种用于 N 型 TOPCon 组件的抗 PID 封装胶膜配方，替代进口产品，需适配现有层压工艺。',
  details: '示例详细：现有层压温度 145℃，节拍 12 分钟；年用量约 300 万平方米。',
  field: 'energy',
  targets: [
    { indicator: '透光率', operator: 'gte', value: 91, unit: '%' },
    { indicator: '水汽透过率', operator: 'lte', value: 1.5, unit: 'g/(m²·d)' },
  ],
  budgetMinFen: 50_000_000,
  budgetMaxFen: 200_000_000,
  deadline: '2026-12-31',
  confidentiality: 'summary',
  keywords: ['封装胶膜', 'TOPCon'],
  ...o,
});

async function published(cookie: string, o: Record<string, unknown> = {}) {
  const n = (await api.post('/api/v1/market/needs', input(o), { as: cookie })).json();
  expect((await api.post(`/api/v1/market/needs/${n.id}/submit`, {}, { as: cookie })).statusCode).toBe(200);
  expect(
    (await api.post(`/api/v1/market/needs/${n.id}/review`, { decision: 'publish' }, { as: admin })).statusCode,
  ).toBe(200);
  return n as { id: number };
}

describe('技术需求 on the market', () => {
  it('goes from draft to review to the public, returned with a reason on the way; audited, told, counted', async () => {
    const e = await enterpriseWithUser(t);
    const created = await api.post('/api/v1/market/needs', input(), { as: e.cookie });
    expect(created.statusCode, created.body).toBe(201);
    const n = created.json();
    expect(n).toMatchObject({
      status: 'draft',
      ownerOrgId: e.org.id,
      deadline: '2026-12-31',
      confidentiality: 'summary',
    });
    expect(n.targets[0]).toEqual({ indicator: '透光率', operator: 'gte', value: 91, unit: '%' });
    expect((await api.get(`/api/v1/market/needs/${n.id}`)).statusCode).toBe(404);

    await api.post(`/api/v1/market/needs/${n.id}/submit`, {}, { as: e.cookie });
    const work = (await api.get('/api/v1/workbench', { as: admin })).json();
    expect(work.items.find((w: { key: string }) => w.key === 'market.needs')).toMatchObject({
      count: 1,
      link: '/admin/market/needs?status=submitted',
    });
    expect(
      (await api.put(`/api/v1/market/needs/${n.id}`, input({ title: '示例改名需求' }), { as: e.cookie })).json().error
        .code,
    ).toBe('market.not_editable');
    const returned = await api.post(
      `/api/v1/market/needs/${n.id}/review`,
      { decision: 'return', note: '示例：请写明年用量的测算依据' },
      { as: admin },
    );
    expect(returned.json()).toMatchObject({ status: 'returned', reviewNote: '示例：请写明年用量的测算依据' });
    const { rows: notes } = await t.db.execute(sql`
      SELECT n.kind FROM notifications n JOIN memberships m ON m.user_id = n.user_id
      WHERE m.org_id = ${e.org.id} ORDER BY n.id`);
    expect(notes.map((x) => (x as { kind: string }).kind)).toEqual(['market.need_returned']);

    expect(
      (await api.put(`/api/v1/market/needs/${n.id}`, input({ budgetMaxFen: 300_000_000 }), { as: e.cookie }))
        .statusCode,
    ).toBe(200);
    await api.post(`/api/v1/market/needs/${n.id}/submit`, {}, { as: e.cookie });
    const pub = await api.post(`/api/v1/market/needs/${n.id}/review`, { decision: 'publish' }, { as: admin });
    expect(pub.json()).toMatchObject({ status: 'published', budgetMaxFen: 300_000_000 });
    const { rows: audit } = await t.db.execute(sql`
      SELECT action FROM audit_log WHERE entity = 'market_need' AND entity_id = ${String(n.id)} ORDER BY id`);
    expect(audit.map((r) => (r as { action: string }).action)).toEqual([
      'market.need.create',
      'market.need.submit',
      'market.need.return',
      'market.need.update',
      'market.need.submit',
      'market.need.publish',
    ]);
  });

  it("shows a confidential need's details to its owner and the administration only; a public one's to all", async () => {
    const e = await enterpriseWithUser(t);
    const other = await enterpriseWithUser(t);
    const secret = await published(e.cookie);
    const open = await published(e.cookie, { confidentiality: 'public', title: '示例公开的光伏清洗机器人需求' });
    const details = async (id: number, as?: string) =>
      (await api.get(`/api/v1/market/needs/${id}`, as ? { as } : {})).json().details;
    expect(await details(secret.id)).toBeNull();
    expect(await details(secret.id, other.cookie)).toBeNull();
    expect(await details(secret.id, e.cookie)).toContain('层压温度');
    expect(await details(secret.id, admin)).toContain('层压温度');
    expect(await details(open.id)).toContain('层压温度');
    // Nor does a search by a word of the details find the confidential one, or the list show them.
    const found = (
      await api.get(`/api/v1/market/needs?ownerOrgId=${e.org.id}&q=${encodeURIComponent('层压温度')}`)
    ).json();
    expect(found.total).toBe(0);
    const listed = (await api.get(`/api/v1/market/needs?ownerOrgId=${e.org.id}`)).json();
    expect(listed.items.find((x: { id: number }) => x.id === secret.id).details).toBeNull();
  });

  it("unlocks a confidential need's details for the sellers its owner inquired with about it, and no one else", async () => {
    const owner = await enterpriseWithUser(t);
    const seller = await enterpriseWithUser(t);
    const other = await enterpriseWithUser(t);
    const secret = await published(owner.cookie);
    const offered = async (cookie: string, title: string) => {
      const a = (
        await api.post(
          '/api/v1/market/achievements',
          {
            title,
            summary: '示例成果：一种抗 PID 的 POE 封装胶膜配方与挤出工艺，适配 TOPCon 组件现有层压工艺。',
            field: 'energy',
            stage: 'mature',
            transferModes: ['licence'],
            priceFen: 100_000_000,
          },
          { as: cookie },
        )
      ).json();
      await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: cookie });
      await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: admin });
      return a.id as number;
    };
    const details = async (as: string) => (await api.get(`/api/v1/market/needs/${secret.id}`, { as })).json().details;
    const inquire = async (achievementId: number, needId: number | null) =>
      (
        await api.post(
          '/api/v1/market/deals',
          { achievementId, needId, message: '示例：我司需求与该成果相关，请介绍许可条件。' },
          { as: owner.cookie },
        )
      ).statusCode;
    const asked = await offered(seller.cookie, '示例抗PID封装胶膜成果');
    const unrelated = await offered(other.cookie, '示例光伏组件清洗成果');
    expect(await details(seller.cookie)).toBeNull();
    // An inquiry about another matter (no need named) does not open the need to its seller; one about it does.
    expect(await inquire(unrelated, null)).toBe(201);
    expect(await details(other.cookie)).toBeNull();
    expect(await inquire(asked, secret.id)).toBe(201);
    expect(await details(seller.cookie)).toContain('层压温度');
    expect(await details(other.cookie)).toBeNull();
  });

  it('refuses a deadline before the zone’s today, a half budget and a reversed one, and changes nothing', async () => {
    const e = await enterpriseWithUser(t);
    // 2026-06-10 is still today in Shanghai at 23:30, though UTC says the same day: accepted; the day before is not.
    expect(
      (await api.post('/api/v1/market/needs', input({ deadline: '2026-06-10' }), { as: e.cookie })).statusCode,
    ).toBe(201);
    const past = await api.post('/api/v1/market/needs', input({ deadline: '2026-06-09' }), { as: e.cookie });
    expect(past.statusCode).toBe(422);
    expect(past.json().error.code).toBe('market.deadline_past');
    const half = await api.post('/api/v1/market/needs', input({ budgetMaxFen: null }), { as: e.cookie });
    expect(half.statusCode).toBe(400);
    expect(JSON.stringify(half.json())).toContain('market.budget_both_or_none');
    const reversed = await api.post('/api/v1/market/needs', input({ budgetMinFen: 300_000_000 }), { as: e.cookie });
    expect(JSON.stringify(reversed.json())).toContain('market.budget_order');
    expect((await api.post('/api/v1/market/needs', input({ targets: [] }), { as: e.cookie })).statusCode).toBe(400);
    const { rows } = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM market_needs WHERE owner_org_id = ${e.org.id}`,
    );
    expect(rows[0]?.n).toBe(1);

    // A draft whose deadline has passed since (moved back in the database: the form would refuse it) is not sent
    // for review.
    const { rows: drafts } = await t.db.execute(
      sql`UPDATE market_needs SET deadline = '2026-06-09' WHERE owner_org_id = ${e.org.id} RETURNING id`,
    );
    const late = await api.post(
      `/api/v1/market/needs/${(drafts[0] as { id: string }).id}/submit`,
      {},
      { as: e.cookie },
    );
    expect(late.json().error.code).toBe('market.deadline_past');
  });

  it('holds the flow and the budget in the database too', async () => {
    const e = await enterpriseWithUser(t);
    const n = (await api.post('/api/v1/market/needs', input(), { as: e.cookie })).json();
    await expect(
      t.db.execute(sql`UPDATE market_needs SET status = 'published', published_at = now() WHERE id = ${n.id}`),
    ).rejects.toThrow();
    await expect(t.db.execute(sql`UPDATE market_needs SET budget_min_fen = NULL WHERE id = ${n.id}`)).rejects.toThrow();
    await expect(
      t.db.execute(sql`UPDATE market_needs SET budget_min_fen = budget_max_fen + 1 WHERE id = ${n.id}`),
    ).rejects.toThrow();
    await expect(t.db.execute(sql`UPDATE market_needs SET targets = '[]' WHERE id = ${n.id}`)).rejects.toThrow();
  });

  it('keeps drafts and the review out of reach of others', async () => {
    const e = await enterpriseWithUser(t);
    const other = await enterpriseWithUser(t);
    const n = (await api.post('/api/v1/market/needs', input(), { as: e.cookie })).json();
    expect((await api.get(`/api/v1/market/needs/${n.id}`, { as: other.cookie })).statusCode).toBe(404);
    expect((await api.post(`/api/v1/market/needs/${n.id}/withdraw`, {}, { as: other.cookie })).statusCode).toBe(404);
    await api.post(`/api/v1/market/needs/${n.id}/submit`, {}, { as: e.cookie });
    expect(
      (await api.post(`/api/v1/market/needs/${n.id}/review`, { decision: 'publish' }, { as: e.cookie })).statusCode,
    ).toBe(403);
    expect((await api.post('/api/v1/market/needs', input())).statusCode).toBe(401);
  });

  it('filters by field and open deadline, pages, and exports with the same visibility', async () => {
    const e = await enterpriseWithUser(t);
    await published(e.cookie, { field: 'materials', title: '示例炭基负极材料需求' });
    await published(e.cookie, {
      field: 'materials',
      title: '示例针状焦需求',
      deadline: '2026-06-20',
      confidentiality: 'public',
    });
    await published(e.cookie, { field: 'electronics', title: '示例车规级芯片测试需求' });
    const list = (qs: string) => api.get(`/api/v1/market/needs?ownerOrgId=${e.org.id}&${qs}`).then((r) => r.json());
    expect((await list('field=materials')).total).toBe(2);
    // The 针状焦 need's deadline passes (moved back in the database): the open list leaves it out.
    await t.db.execute(sql`UPDATE market_needs SET deadline = '2026-06-09' WHERE title = '示例针状焦需求'`);
    expect((await list('field=materials&open=true')).items.map((x: { title: string }) => x.title)).toEqual([
      '示例炭基负极材料需求',
    ]);
    expect((await walkPages(api, `/api/v1/market/needs?ownerOrgId=${e.org.id}`, undefined, 2)).total).toBe(3);

    const res = await api.get(`/api/v1/market/needs/export.xlsx?ownerOrgId=${e.org.id}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const rows: { title: unknown; targets: unknown; details: unknown }[] = [];
    ws.eachRow((row, i) => {
      if (i > 1)
        rows.push({ title: row.getCell(2).value, targets: row.getCell(5).value, details: row.getCell(11).value });
    });
    expect(rows).toHaveLength(3);
    const needle = rows.find((r) => r.title === '示例针状焦需求');
    expect(needle?.targets).toBe('透光率 ≥ 91%；水汽透过率 ≤ 1.5 g/(m²·d)');
    expect(needle?.details).toContain('层压温度');
    expect(rows.find((r) => r.title === '示例炭基负极材料需求')?.details).toBe('（确认意向后可见）');
  });
});
