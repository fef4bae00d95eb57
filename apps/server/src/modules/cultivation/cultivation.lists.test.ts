import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { exportRowCount, listIds, walkPages } from '../../../test/paging.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { declared, indicator } from './cultivation.fixtures.ts';
import { cultivationBatches } from './cultivation.table.ts';

// The cultivation area's lists page, filter or search, and export on the server: batch runs, saved criteria, my pool
// tasks, and an enterprise's evaluations.
let t: TestApp;
const api = client(() => t);
const q = (s: string) => encodeURIComponent(s);
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const today = () => shanghaiDate(new Date());
const inDays = (n: number) => shanghaiDate(new Date(Date.now() + n * 86_400_000));

let admin: string;
let other: string;
let adminId: number;
let otherId: number;
const batches: number[] = [];

async function sheet(path: string, cookie: string, name: string) {
  const res = await api.get(path, { as: cookie });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${name}-${today()}.xlsx`);
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
  t = await createTestApp();
  const s = await seed(t, {
    users: [
      { role: 'admin', login: true, displayName: `示例专员${tag}` },
      { role: 'admin', login: true },
    ],
  });
  admin = s.users[0]?.cookie as string;
  other = s.users[1]?.cookie as string;
  adminId = s.users[0]?.id as number;
  otherId = s.users[1]?.id as number;
  // Oldest first: a nightly run done, a manual run failed, a nightly run done.
  const finishedAt = new Date();
  const rows = await t.db
    .insert(cultivationBatches)
    .values(
      [
        { trigger: 'nightly', status: 'done', assessedOn: '2026-03-01', total: 10, processed: 10 },
        { trigger: 'manual', status: 'failed', assessedOn: '2026-03-02', total: 10, error: '示例故障' },
        { trigger: 'nightly', status: 'done', assessedOn: '2026-03-03', total: 12, processed: 11, failed: 1 },
      ].map((b) => ({
        ...b,
        trigger: b.trigger as 'manual' | 'nightly',
        status: b.status as 'done' | 'failed',
        maxOrgId: 0,
        finishedAt,
      })),
    )
    .returning({ id: cultivationBatches.id });
  batches.push(...rows.map((r) => r.id));
});
afterAll(() => t.close());

describe('batch runs', () => {
  it('page newest first with a total, filtered by status and trigger, for the administration only', async () => {
    const mine = (ids: unknown[]) => ids.filter((id) => batches.includes(id as number));
    const { total, keys } = await walkPages(api, '/api/v1/cultivation/batches', admin, 2);
    expect(total).toBeGreaterThanOrEqual(3);
    expect(mine(keys)).toEqual([...batches].reverse());
    expect(mine(await listIds(api, '/api/v1/cultivation/batches?status=failed', admin))).toEqual([batches[1]]);
    expect(mine(await listIds(api, '/api/v1/cultivation/batches?trigger=nightly&status=done', admin))).toEqual([
      batches[2],
      batches[0],
    ]);
    const { cookie } = await enterpriseWithUser(t);
    expect((await api.get('/api/v1/cultivation/batches', { as: cookie })).statusCode).toBe(403);
    expect((await api.get('/api/v1/cultivation/batches?status=lost', { as: admin })).statusCode).toBe(400);
  });

  it('export with the filters, in words and Shanghai time', async () => {
    const rows = await sheet('/api/v1/cultivation/batches/export.xlsx?status=failed', admin, 'cultivation-batches');
    expect(rows.find((r) => r['编号 No.'] === batches[1])).toMatchObject({
      '触发 Trigger': '手动',
      '状态 Status': '失败',
      '评价日 Assessed on': '2026-03-02',
      '错误 Error': '示例故障',
    });
    expect(rows.every((r) => r['状态 Status'] === '失败')).toBe(true);
    expect(String(rows[0]?.['开始时间 Started'])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });
});

describe('saved pool criteria', () => {
  it('are searched by name and exported with what each asks in words', async () => {
    for (const [name, filter] of [
      [`示例冲刺条件${tag}`, { techSme: 'eligible', scoreMin: 60 }],
      [`示例种子条件${tag}`, { park: '光伏产业园' }],
    ] as const) {
      const res = await api.post('/api/v1/cultivation/pool/build', { name, filter, tier: 'seed' }, { as: admin });
      expect(res.statusCode, res.body).toBe(200);
    }
    const found = (await api.get(`/api/v1/cultivation/pool/criteria?q=${q(`冲刺条件${tag}`)}`, { as: admin })).json();
    expect(found.total).toBe(1);
    const rows = await sheet(
      `/api/v1/cultivation/pool/criteria/export.xlsx?q=${q(`冲刺条件${tag}`)}`,
      admin,
      'cultivation-criteria',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      '名称 Name': `示例冲刺条件${tag}`,
      '条件 Conditions': '评价：科技型中小企业；科技型中小企业：符合；得分 60–100',
      '梯队 Tier': '种子',
      '每晚自动入库 Nightly': '否',
      '状态 Status': '启用',
    });
    expect(await exportRowCount(api, `/api/v1/cultivation/pool/criteria/export.xlsx?q=${q(tag)}`, admin)).toBe(2);
  });
});

describe('my pool tasks', () => {
  let tasks: { title: string; dueOn: string }[];
  beforeAll(async () => {
    const a = await enterpriseWithUser(t);
    const b = await enterpriseWithUser(t);
    for (const [org, owner] of [
      [a.org.id, adminId],
      [b.org.id, undefined],
    ] as const) {
      const res = await api.post(
        '/api/v1/cultivation/pool',
        { orgId: org, tier: 'seed', ownerId: owner },
        { as: admin },
      );
      expect(res.statusCode, res.body).toBe(201);
    }
    tasks = [
      { title: `示例补充研发台账${tag}`, dueOn: inDays(1) },
      { title: `示例准备高企材料${tag}`, dueOn: inDays(3) },
      { title: `示例核对知识产权${tag}`, dueOn: inDays(10) },
    ];
    for (const task of tasks) await api.post(`/api/v1/cultivation/pool/${a.org.id}/tasks`, task, { as: admin });
    // Not mine (another's task of an enterprise nobody owns), and not due within 14 days.
    const theirs = { title: `示例他人任务${tag}`, dueOn: inDays(1), assigneeId: otherId };
    await api.post(`/api/v1/cultivation/pool/${b.org.id}/tasks`, theirs, { as: admin });
    await api.post(
      `/api/v1/cultivation/pool/${a.org.id}/tasks`,
      { title: `示例远期任务${tag}`, dueOn: inDays(30) },
      { as: admin },
    );
  });

  it('page soonest first with a total, only those I own or am assigned and due within 14 days', async () => {
    const { total, keys } = await walkPages(api, `/api/v1/cultivation/pool/my-tasks?q=${q(tag)}`, admin, 2, 'title');
    expect(total).toBe(3);
    expect(keys).toEqual(tasks.map((x) => x.title));
    const others = (await api.get(`/api/v1/cultivation/pool/my-tasks?q=${q(tag)}`, { as: other })).json();
    expect(others.items.map((x: { title: string }) => x.title)).toEqual([`示例他人任务${tag}`]);
  });

  it("are found by the task's title or the enterprise's name, and exported", async () => {
    const titles = async (query: string) =>
      (
        (await api.get(`/api/v1/cultivation/pool/my-tasks?${query}`, { as: admin })).json().items as { title: string }[]
      ).map((x) => x.title);
    expect(await titles(`q=${q(`高企材料${tag}`)}`)).toEqual([tasks[1]?.title]);
    expect(await titles(`q=${q('%')}`)).toEqual([]);
    const rows = await sheet(
      `/api/v1/cultivation/pool/my-tasks/export.xlsx?q=${q(tag)}`,
      admin,
      'cultivation-my-tasks',
    );
    expect(rows.map((r) => r['任务 Task'])).toEqual(tasks.map((x) => x.title));
    expect(rows[0]).toMatchObject({ '到期日 Due on': tasks[0]?.dueOn, '状态 Status': '待办' });
  });
});

describe("an enterprise's evaluations", () => {
  it('page newest first with a total, by kind, for its members and the administration, and export', async () => {
    const e = await enterpriseWithUser(t);
    await api.put(`/api/v1/cultivation/orgs/${e.org.id}/declarations`, declared, { as: e.cookie });
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, indicator(), { as: e.cookie });
    for (let i = 0; i < 2; i++)
      expect(
        (await api.post(`/api/v1/cultivation/orgs/${e.org.id}/evaluations`, {}, { as: e.cookie })).statusCode,
      ).toBe(200);
    const { rows } = await t.db.execute(sql`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE kind = 'tech_sme')::int AS tsme
      FROM cultivation_evaluations WHERE org_id = ${e.org.id}`);
    const path = `/api/v1/cultivation/orgs/${e.org.id}/evaluations/history`;
    const all = await walkPages(api, path, e.cookie, 2);
    expect(all.total).toBe(rows[0]?.n);
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect([...all.keys]).toEqual([...all.keys].sort((x, y) => Number(y) - Number(x)));
    expect((await walkPages(api, `${path}?kind=tech_sme`, admin, 2)).total).toBe(rows[0]?.tsme);
    const other = await enterpriseWithUser(t);
    expect((await api.get(path, { as: other.cookie })).statusCode).toBe(403);
    const sheetRows = await sheet(`${path}/export.xlsx?kind=tech_sme`, e.cookie, `evaluations-${e.org.id}`);
    expect(sheetRows).toHaveLength(rows[0]?.tsme as number);
    expect(sheetRows[0]).toMatchObject({ '评价 Kind': '科技型中小企业', '触发 Trigger': '手动' });
  });
});
