import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { exportRowCount, walkPages } from '../../../test/paging.ts';
import { client } from '../../../test/request.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

async function published(owner: { cookie: string }, title: string) {
  const a = (
    await api.post(
      '/api/v1/market/achievements',
      {
        title,
        summary: '示例成果：用于推送活动测试的虚构技术，已有中试线验证，适合区内企业引进转化。',
        field: 'energy',
        stage: 'mature',
        transferModes: ['transfer'],
        priceFen: 50_000_000,
      },
      { as: owner.cookie },
    )
  ).json();
  await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: owner.cookie });
  await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: admin });
  return a.id as number;
}

describe('科技成果推送活动', () => {
  it('features achievements, invites and registers enterprises, checks them in, records pairs, and follows their deals', async () => {
    const seller = await enterpriseWithUser(t);
    const [a1, a2] = [
      await published(seller, '示例活动用光伏清洗技术'),
      await published(seller, '示例活动用储能热管理技术'),
    ];
    const buyer = await enterpriseWithUser(t);
    const other = await enterpriseWithUser(t);
    const start = new Date(Date.now() - 3_600_000).toISOString();
    const end = new Date(Date.now() + 3 * 3_600_000).toISOString();
    const input = {
      title: '示例 光伏与储能成果推送会',
      venue: '示例 高新区双创中心',
      startsAt: start,
      endsAt: end,
      achievementIds: [a1, a2],
    };
    expect((await api.post('/api/v1/market/events', input, { as: buyer.cookie })).statusCode).toBe(403);
    const created = await api.post('/api/v1/market/events', input, { as: admin });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    expect(created.json().achievements.map((x: { achievementId: number }) => x.achievementId)).toEqual([a1, a2]);

    const invited = await api.post(
      `/api/v1/market/events/${id}/invitations`,
      { orgIds: [buyer.org.id] },
      { as: admin },
    );
    expect(invited.json()).toEqual({ invited: 1 });
    const invitations = async () =>
      (await api.get('/api/v1/workbench', { as: buyer.cookie }))
        .json()
        .items.find((w: { key: string }) => w.key === 'market.event_invitations')?.count;
    expect(await invitations()).toBe(1);
    const seen = (await api.get(`/api/v1/market/events/${id}`, { as: buyer.cookie })).json();
    expect(seen.mine).toEqual({ invited: true, registered: false, checkedIn: false });
    // Not registered, no check-in; registered, checked in once.
    expect(
      (await api.post(`/api/v1/market/events/${id}/check-ins`, { orgId: buyer.org.id }, { as: admin })).json().error
        .code,
    ).toBe('market.event_not_registered');
    const reg = (await api.post(`/api/v1/market/events/${id}/registration`, {}, { as: buyer.cookie })).json();
    expect(reg).toMatchObject({ registeredCount: 1, mine: { invited: true, registered: true } });
    expect(await invitations()).toBe(0);
    await api.post(`/api/v1/market/events/${id}/registration`, {}, { as: other.cookie });
    expect(
      (await api.post(`/api/v1/market/events/${id}/check-ins`, { orgId: buyer.org.id }, { as: admin })).statusCode,
    ).toBe(200);

    // A pair needs a featured achievement and a checked-in participant.
    const notIn = await api.post(
      `/api/v1/market/events/${id}/meetings`,
      { achievementId: a1, orgId: other.org.id },
      { as: admin },
    );
    expect(notIn.json().error.code).toBe('market.event_not_a_pair');
    const met = await api.post(
      `/api/v1/market/events/${id}/meetings`,
      { achievementId: a1, orgId: buyer.org.id, note: '示例：对清洗机器人感兴趣' },
      { as: admin },
    );
    expect(met.statusCode).toBe(201);
    await api.post(`/api/v1/market/events/${id}/meetings`, { achievementId: a2, orgId: buyer.org.id }, { as: admin });
    const twice = await api.post(
      `/api/v1/market/events/${id}/meetings`,
      { achievementId: a1, orgId: buyer.org.id },
      { as: admin },
    );
    expect(twice.json().error.code).toBe('market.event_already_met');
    await expect(
      t.db.execute(sql`INSERT INTO market_event_meetings (event_id, achievement_id, org_id, recorded_by)
                       VALUES (${id}, ${a1}, ${seller.org.id}, 1)`),
    ).rejects.toThrow();

    // After the event the buyer negotiates over the first achievement: the yield follows it.
    const deal = (
      await api.post('/api/v1/market/deals', { achievementId: a1, message: '示例：会后询价' }, { as: buyer.cookie })
    ).json();
    await api.post(
      `/api/v1/market/deals/${deal.id}/messages`,
      { body: '示例报价', offerFen: 40_000_000 },
      { as: seller.cookie },
    );
    await api.post(`/api/v1/market/deals/${deal.id}/offer-answer`, { accept: true }, { as: buyer.cookie });
    const y = (await api.get(`/api/v1/market/events/${id}/yield`, { as: admin })).json();
    expect(y.summary).toEqual({
      invited: 1,
      registered: 2,
      checkedIn: 1,
      meetings: 2,
      negotiations: 1,
      contracts: 0,
      techTradeFen: 0,
    });
    expect(y.meetings.map((m: { achievementId: number; outcome: string }) => [m.achievementId, m.outcome])).toEqual([
      [a1, 'agreed'],
      [a2, 'met'],
    ]);
    // The list as Excel: the administration's carries each event's yield, the public's does not.
    const sheetOf = async (cookie?: string) => {
      const res = await api.get('/api/v1/market/events/export.xlsx', cookie ? { as: cookie } : {});
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/push-events-\d{4}-\d{2}-\d{2}\.xlsx/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0] as ExcelJS.Worksheet;
      const header = (ws.getRow(1).values as unknown[]).map(String);
      const row = ws.getRows(2, ws.rowCount - 1)?.find((r) => r.getCell(1).value === input.title);
      return { header, row };
    };
    const adminSheet = await sheetOf(admin);
    expect(adminSheet.header).toContain('对接 Met');
    const metColumn = adminSheet.header.indexOf('对接 Met');
    expect(adminSheet.row?.getCell(metColumn).value).toBe(2);
    expect((await sheetOf()).header).not.toContain('对接 Met');
    // A featured achievement with a meeting stays featured; the event is held, then closed to registration.
    const drop = await api.put(`/api/v1/market/events/${id}`, { ...input, achievementIds: [a2] }, { as: admin });
    expect(drop.json().error.code).toBe('market.event_met_achievement');
    expect(
      (await api.post(`/api/v1/market/events/${id}/status`, { status: 'held' }, { as: admin })).json().status,
    ).toBe('held');
    const late = await enterpriseWithUser(t);
    expect(
      (await api.post(`/api/v1/market/events/${id}/registration`, {}, { as: late.cookie })).json().error.code,
    ).toBe('market.event_closed');
    const list = (await api.get('/api/v1/market/events')).json();
    expect(list.items.map((e: { id: number }) => e.id)).toContain(id);
    expect(list.thisYear.target).toBe(2);
    expect(list.thisYear.count).toBeGreaterThanOrEqual(1);
  });

  it('finds events by a word of the title, description or venue, pages them and exports what it found', async () => {
    const seller = await enterpriseWithUser(t);
    const a = await published(seller, '示例检索活动用氢能储运技术');
    const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const ids: number[] = [];
    for (const [i, e] of [
      { title: '示例 氢能成果专场推送会', venue: '示例 高新区会展中心' },
      { title: '示例 新材料成果推送会', venue: '示例 氢能产业园报告厅' },
      { title: '示例 智能制造成果推送会', venue: '示例 高新区双创中心', description: '示例：与数控装备企业对接' },
    ].entries()) {
      const res = await api.post(
        '/api/v1/market/events',
        { ...e, startsAt: at(30 + i), endsAt: at(30.2 + i), achievementIds: [a] },
        { as: admin },
      );
      expect(res.statusCode).toBe(201);
      ids.push(res.json().id);
    }
    const found = async (q: string) =>
      (await api.get(`/api/v1/market/events?q=${encodeURIComponent(q)}`)).json().items.map((e: { id: number }) => e.id);
    expect(await found('氢能')).toEqual([ids[1], ids[0]]);
    expect(await found('数控装备')).toEqual([ids[2]]);
    expect(await found('氢_')).toEqual([]);
    expect((await walkPages(api, '/api/v1/market/events', admin, 2)).total).toBeGreaterThanOrEqual(3);
    expect(await exportRowCount(api, `/api/v1/market/events/export.xlsx?q=${encodeURIComponent('氢能')}`, admin)).toBe(
      2,
    );
  });
});
