import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { exportRowCount, listIds, walkPages } from '../../../test/paging.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';

// Requests to change verified facts page, search and export on the server: one organisation's and the administration's.
let t: TestApp;
const api = client(() => t);
const q = (s: string) => encodeURIComponent(s);
// Letters only, so that a search for a request number matches no name.
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

let admin: string;
let e: { id: number; cookie: string };
let f: { id: number; cookie: string };
// Of enterprise E: rejected, approved, pending (in that order); of enterprise F: pending.
const ids: number[] = [];

/** The member's form as the web sends it, with `patch` applied: answers the organisation's open request. */
async function ask(o: { id: number; cookie: string }, patch: Record<string, unknown>) {
  const current = (await api.get(`/api/v1/orgs/${o.id}`, { as: o.cookie })).json();
  expect((await api.put(`/api/v1/orgs/${o.id}`, { ...current, ...patch }, { as: o.cookie })).statusCode).toBe(200);
  const open = (await api.get(`/api/v1/orgs/${o.id}/fact-changes?status=pending`, { as: o.cookie })).json();
  return open.items[0].id as number;
}
const decide = async (id: number, body: Record<string, unknown>) =>
  expect((await api.post(`/api/v1/org-fact-changes/${id}/decision`, body, { as: admin })).statusCode).toBe(200);

beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
  const s = await seed(t, {
    organisations: [
      { key: 'e', name: `示例甲方变更企业${tag}`, legalRep: '示例法人甲', park: '光伏产业园' },
      { key: 'f', name: `示例乙方变更企业${tag}`, legalRep: '示例法人乙', park: '光伏产业园' },
    ],
    users: [
      { role: 'enterprise', org: 'e', login: true },
      { role: 'enterprise', org: 'f', login: true },
    ],
  });
  e = { id: s.organisations[0]?.id as number, cookie: s.users[0]?.cookie as string };
  f = { id: s.organisations[1]?.id as number, cookie: s.users[1]?.cookie as string };
  ids.push(await ask(e, { legalRep: `示例驳回法人${tag}` }));
  await decide(ids[0] as number, { decision: 'reject', reason: `示例材料不全${tag}` });
  ids.push(await ask(e, { legalRep: `示例新任法人${tag}` }));
  await decide(ids[1] as number, { decision: 'approve' });
  ids.push(await ask(e, { tsmeRegNo: `2026${tag.length}1404001234` }));
  ids.push(await ask(f, { legalRep: `示例乙方新法人${tag}` }));
});
afterAll(() => t.close());

describe("one organisation's requests", () => {
  const path = () => `/api/v1/orgs/${e.id}/fact-changes`;
  it('page newest first with a total, every status, for its members and the administration', async () => {
    const { total, keys } = await walkPages(api, path(), e.cookie, 2);
    expect(total).toBe(3);
    expect(keys).toEqual([ids[2], ids[1], ids[0]]);
    expect((await walkPages(api, path(), admin, 2)).keys).toEqual([ids[2], ids[1], ids[0]]);
    expect((await api.get(path(), { as: f.cookie })).statusCode).toBe(403);
    expect(await listIds(api, `${path()}?status=rejected`, e.cookie)).toEqual([ids[0]]);
  });

  it('are found by a value asked for or replaced, by the reason, or by the number', async () => {
    expect(await listIds(api, `${path()}?q=${q(`新任法人${tag}`)}`, e.cookie)).toEqual([ids[1]]);
    // The request after the approval replaces nothing of 示例新任法人, so only the approved one holds it.
    expect(await listIds(api, `${path()}?q=${q(`材料不全${tag}`)}`, e.cookie)).toEqual([ids[0]]);
    expect(await listIds(api, `${path()}?q=${ids[2]}`, e.cookie)).toContain(ids[2]);
    expect(await listIds(api, `${path()}?q=${q(`乙方新法人${tag}`)}`, e.cookie)).toEqual([]);
  });

  it('export what the search finds, in a dated file', async () => {
    const res = await api.get(`${path()}/export.xlsx`, { as: e.cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''org-${e.id}-fact-changes-${today()}.xlsx`,
    );
    expect(await exportRowCount(api, `${path()}/export.xlsx?q=${q(`驳回法人${tag}`)}`, e.cookie)).toBe(1);
    expect((await api.get(`${path()}/export.xlsx`, { as: f.cookie })).statusCode).toBe(403);
  });
});

describe("the administration's list of requests", () => {
  it("finds pending requests by the organisation's name or the value asked for, and pages them oldest first", async () => {
    const { total, keys } = await walkPages(api, `/api/v1/org-fact-changes?q=${q(tag)}`, admin, 1);
    expect(total).toBe(2);
    expect(keys).toEqual([ids[2], ids[3]]);
    expect(await listIds(api, `/api/v1/org-fact-changes?q=${q(`乙方变更企业${tag}`)}`, admin)).toEqual([ids[3]]);
    expect(await listIds(api, `/api/v1/org-fact-changes?q=${q(`乙方新法人${tag}`)}`, admin)).toEqual([ids[3]]);
    expect(await listIds(api, `/api/v1/org-fact-changes?status=rejected&q=${q(tag)}`, admin)).toEqual([ids[0]]);
    expect(await listIds(api, `/api/v1/org-fact-changes?q=${q('%')}`, admin)).toEqual([]);
    expect((await api.get('/api/v1/org-fact-changes', { as: e.cookie })).statusCode).toBe(403);
  });

  it('exports what the search and the status find, each change in words', async () => {
    const res = await api.get(`/api/v1/org-fact-changes/export.xlsx?status=rejected&q=${q(tag)}`, { as: admin });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''org-fact-changes-${today()}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(2);
    const values = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(values.slice(0, 4)).toEqual([
      ids[0],
      `示例甲方变更企业${tag}`,
      '已驳回',
      `法定代表人：示例法人甲 → 示例驳回法人${tag}`,
    ]);
    expect(values[6]).toBe(`示例材料不全${tag}`);
    expect(await exportRowCount(api, `/api/v1/org-fact-changes/export.xlsx?q=${q(tag)}`, admin)).toBe(2);
    expect((await api.get('/api/v1/org-fact-changes/export.xlsx', { as: e.cookie })).statusCode).toBe(403);
  });
});
