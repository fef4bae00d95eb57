import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { exportRowCount, walkPages } from '../../../test/paging.ts';
import {
  ACCOUNT,
  type Member,
  policyApi,
  publishedDocument,
  publishedItem,
  qualifyingEnterprises,
} from '../../../test/policy-fixtures.ts';
import { client } from '../../../test/request.ts';
import { fixedClock } from '../../kernel/clock.ts';

// The policy area's lists page, search and export on the server: items, 公示, 免申即享 candidates, the zone's calendar
// and "policies that fit me".
const clock = fixedClock(new Date('2026-04-30T02:00:00Z'));
let t: TestApp;
let admin: string;
const api = client(() => t);
const q = (s: string) => encodeURIComponent(s);
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const PARK = '智能终端产业园';

let applyItem: { id: number; title: string };
let autoItem: { id: number; title: string };
let draftTitle: string;
let members: Member[];

/** The workbook of an export as rows of header → value, after checking its dated name. */
async function sheet(path: string, as: string | undefined, base: string) {
  const res = await api.get(path, { as });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${base}-${today()}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const s = wb.worksheets[0] as ExcelJS.Worksheet;
  const headers = (s.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= s.rowCount; r++) {
    const values = (s.getRow(r).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? ''])));
  }
  return rows;
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
  members = await qualifyingEnterprises(t, PARK, 2);
  applyItem = await publishedItem(t, admin, PARK, { materials: [], budgetFen: 10_000_000 });
  autoItem = await publishedItem(t, admin, PARK, {
    mode: 'auto',
    amount: { kind: 'fixed', amountFen: 2_000_000 },
    materials: [],
  });
  const draft = await api.post(
    '/api/v1/policy/items',
    {
      documentId: await publishedDocument(t, admin),
      title: `示例草稿事项${Date.now()}`,
      condition: { fact: 'org.park', op: 'eq', value: PARK },
      amount: { kind: 'fixed', amountFen: 100_000 },
      mode: 'apply',
      department: '科技创新部',
    },
    { as: admin },
  );
  expect(draft.statusCode, draft.body).toBe(201);
  draftTitle = draft.json().title;
  await policyApi(t).runner.startAndDrain(null, null, 'recheck');
  // Both enterprises apply for the first item and are approved (4万元, 3万元); its 公示 lists them.
  for (const [i, m] of members.entries()) {
    const opened = (await api.post(`/api/v1/policy/items/${applyItem.id}/applications`, {}, { as: m.cookie })).json();
    const submit = await api.post(
      `/api/v1/policy/applications/${opened.id}/submit`,
      { requestedFen: 4_000_000, ...ACCOUNT },
      { as: m.cookie },
    );
    expect(submit.statusCode, submit.body).toBe(200);
    const approve = await api.post(
      `/api/v1/policy/applications/${opened.id}/approve`,
      { approvedFen: 4_000_000 - i * 1_000_000 },
      { as: admin },
    );
    expect(approve.statusCode, approve.body).toBe(200);
  }
  const notice = await api.post(`/api/v1/policy/items/${applyItem.id}/notices`, {}, { as: admin });
  expect(notice.statusCode, notice.body).toBe(201);
});
afterAll(() => t.close());

describe('the export of policy items', () => {
  it('holds the published items for the public, drafts for the administration, in words', async () => {
    const pub = await sheet(`/api/v1/policy/items/export.xlsx?q=${q('示例')}`, undefined, 'policy-items');
    const titles = pub.map((r) => r['政策事项 Item']);
    expect(titles).toEqual(expect.arrayContaining([applyItem.title, autoItem.title]));
    expect(titles).not.toContain(draftTitle);
    expect(pub.find((r) => r['政策事项 Item'] === autoItem.title)).toMatchObject({
      '兑现方式 Mode': '免申即享',
      '状态 Status': '已发布',
      '申报截止 Closes on': '2099-12-31',
      '主管部门 Department': '科技创新部',
      '总预算(元) Budget (yuan)': 60000,
    });
    const drafts = await sheet('/api/v1/policy/items/export.xlsx?status=draft', admin, 'policy-items');
    expect(drafts.map((r) => r['政策事项 Item'])).toEqual([draftTitle]);
    expect(await exportRowCount(api, `/api/v1/policy/items/export.xlsx?q=${q(applyItem.title)}`, undefined)).toBe(1);
  });
});

describe('the export of 公示', () => {
  it('holds a row per enterprise and amount of the notices the search finds', async () => {
    const rows = await sheet(
      `/api/v1/policy/notices/export.xlsx?q=${q(members[1]?.org.name as string)}`,
      undefined,
      'policy-notices',
    );
    expect(rows.map((r) => [r['企业 Enterprise'], r['核定金额(元) Amount (yuan)']]).sort()).toEqual(
      [
        [members[0]?.org.name, 40000],
        [members[1]?.org.name, 30000],
      ].sort(),
    );
    expect(rows[0]).toMatchObject({
      '政策事项 Item': applyItem.title,
      '状态 State': '公示中',
      '公示开始 Starts on': '2026-04-30',
    });
    expect(await exportRowCount(api, `/api/v1/policy/notices/export.xlsx?q=${q('无此公示')}`, undefined)).toBe(0);
  });
});

describe("the export of an item's 免申即享 candidates", () => {
  it('holds the eligible enterprises the search finds, checked again now, for the administration', async () => {
    const path = `/api/v1/policy/items/${autoItem.id}/auto-candidates/export.xlsx`;
    const all = await sheet(path, admin, `policy-item-${autoItem.id}-candidates`);
    expect(all.map((r) => r['企业 Enterprise']).sort()).toEqual(members.map((m) => m.org.name).sort());
    expect(all[0]).toMatchObject({ '当前测算 Result now': '符合', '测算金额(元) Amount (yuan)': 20000 });
    expect(await exportRowCount(api, `${path}?q=${q(members[0]?.org.name as string)}`, admin)).toBe(1);
    expect((await api.get(path, { as: members[0]?.cookie })).statusCode).toBe(403);
  });
});

describe("the zone's calendar", () => {
  it('pages a year in date order with a total, searched by name and filtered by kind', async () => {
    const { total, keys } = await walkPages(api, '/api/v1/policy/holidays?year=2026', admin, 10, 'day');
    expect(total).toBe(39);
    expect(keys).toEqual([...keys].sort());
    const spring = (
      await api.get(`/api/v1/policy/holidays?year=2026&q=${q('春节')}&pageSize=50`, { as: admin })
    ).json();
    expect(spring.total).toBeGreaterThan(5);
    expect(spring.items.every((h: { name: string }) => h.name.includes('春节'))).toBe(true);
    const worked = await walkPages(api, '/api/v1/policy/holidays?year=2026&kind=workday', admin, 4, 'day');
    expect(worked.keys).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect((await api.get('/api/v1/policy/holidays?year=2025', { as: admin })).json().total).toBe(0);
  });

  it('exports what the list shows, the kinds in words', async () => {
    const rows = await sheet(
      '/api/v1/policy/holidays/export.xlsx?year=2026&kind=workday',
      admin,
      'policy-holidays-2026',
    );
    expect(rows.map((r) => r['日期 Date'])).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(rows[0]?.['类型 Kind']).toBe('调休上班');
    expect(
      await exportRowCount(api, `/api/v1/policy/holidays/export.xlsx?year=2026&q=${q('国庆')}`, admin),
    ).toBeGreaterThan(3);
  });
});

describe('policies that fit me', () => {
  it("are searched by the item's title, the counts staying those of every fit, and exported alike", async () => {
    const e = members[0] as Member;
    const path = `/api/v1/policy/orgs/${e.org.id}/fits`;
    const all = (await api.get(path, { as: e.cookie })).json();
    expect(all.total).toBe(2);
    const one = (await api.get(`${path}?q=${q(autoItem.title)}`, { as: e.cookie })).json();
    expect(one.items.map((f: { item: { id: number } }) => f.item.id)).toEqual([autoItem.id]);
    expect(one).toMatchObject({ total: 1, eligible: all.eligible, totalFen: all.totalFen });
    expect((await api.get(`${path}?q=${q('科技创新部')}`, { as: e.cookie })).json().total).toBe(2);
    expect(await exportRowCount(api, `${path}/export.xlsx?q=${q(applyItem.title)}`, e.cookie)).toBe(1);
  });
});
