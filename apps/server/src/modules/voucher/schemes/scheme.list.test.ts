import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/harness.ts';
import { walkPages } from '../../../../test/paging.ts';
import { client } from '../../../../test/request.ts';
import { seed } from '../../../../test/seed.ts';

// The scheme list pages, searches and filters on the server; drafts stay the administration's.
let t: TestApp;
const api = client(() => t);
const q = (s: string) => encodeURIComponent(s);
// Letters only, so that a search for a scheme number matches no name.
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

let admin: string;
let enterprise: string;
let ids: { open1: number; open2: number; open3: number; closed: number; draft: number };

beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
  enterprise = (await enterpriseWithUser(t)).cookie;
  const { voucherSchemes: s } = await seed(t, {
    voucherSchemes: [
      { name: `示例${tag}开放甲方案`, year: 2026, status: 'open' },
      { name: `示例${tag}开放乙方案`, year: 2026, status: 'open' },
      { name: `示例${tag}开放丙方案`, year: 2025, status: 'open' },
      { name: `示例${tag}关闭方案`, year: 2024, status: 'closed' },
      { name: `示例${tag}草稿方案`, year: 2026, status: 'draft' },
    ],
  });
  ids = { open1: s[0].id, open2: s[1].id, open3: s[2].id, closed: s[3].id, draft: s[4].id };
});
afterAll(() => t.close());

const found = async (path: string, cookie?: string) => {
  const res = await api.get(path, { as: cookie });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: number }[]).map((x) => x.id);
};

async function sheetRows(path: string, cookie: string) {
  const res = await api.get(path, { as: cookie });
  expect(res.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return (wb.worksheets[0] as ExcelJS.Worksheet).rowCount - 1;
}

describe('the voucher scheme list', () => {
  it('pages the published schemes for everyone, newest year first, with no scheme on two pages', async () => {
    const published = [ids.open2, ids.open1, ids.open3, ids.closed];
    const anonymous = await walkPages(api, `/api/v1/voucher-schemes?q=${q(tag)}`, undefined, 2);
    expect(anonymous).toEqual({ total: 4, keys: published });
    expect((await walkPages(api, `/api/v1/voucher-schemes?q=${q(tag)}`, enterprise, 3)).keys).toEqual(published);
  });

  it('pages the drafts too for the administration', async () => {
    const { total, keys } = await walkPages(api, `/api/v1/voucher-schemes?q=${q(tag)}`, admin, 2);
    expect(total).toBe(5);
    expect(keys).toEqual([ids.draft, ids.open2, ids.open1, ids.open3, ids.closed]);
  });

  it('finds schemes by a part of the name or the number, with % and _ literal', async () => {
    expect(await found(`/api/v1/voucher-schemes?q=${q(`${tag}开放乙`)}`)).toEqual([ids.open2]);
    expect(await found(`/api/v1/voucher-schemes?q=${ids.open3}`)).toContain(ids.open3);
    expect(await found(`/api/v1/voucher-schemes?q=${q('%')}`, admin)).toEqual([]);
    expect(await found(`/api/v1/voucher-schemes?q=${q('_')}`)).toEqual([]);
  });

  it('filters by year and status, and never shows a draft to anyone but the administration', async () => {
    expect(await found(`/api/v1/voucher-schemes?year=2025&q=${q(tag)}`)).toEqual([ids.open3]);
    expect(await found(`/api/v1/voucher-schemes?status=closed&q=${q(tag)}`)).toEqual([ids.closed]);
    expect(await found(`/api/v1/voucher-schemes?status=open,closed&q=${q(tag)}`, admin)).toHaveLength(4);
    expect(await found(`/api/v1/voucher-schemes?status=draft&q=${q(tag)}`, admin)).toEqual([ids.draft]);
    expect(await found(`/api/v1/voucher-schemes?status=draft&q=${q(tag)}`, enterprise)).toEqual([]);
    expect(await found(`/api/v1/voucher-schemes?q=${q(`${tag}草稿`)}`)).toEqual([]);
    expect(await found(`/api/v1/voucher-schemes?q=${ids.draft}`, enterprise)).not.toContain(ids.draft);
    for (const bad of ['pageSize=201', 'page=0', 'status=lost'])
      expect((await api.get(`/api/v1/voucher-schemes?${bad}`)).statusCode).toBe(400);
  });

  it('exports the schemes the search and the filters find, drafts for the administration only', async () => {
    expect(await sheetRows(`/api/v1/voucher-schemes/export.xlsx?q=${q(tag)}`, enterprise)).toBe(4);
    expect(await sheetRows(`/api/v1/voucher-schemes/export.xlsx?q=${q(tag)}`, admin)).toBe(5);
    expect(await sheetRows(`/api/v1/voucher-schemes/export.xlsx?q=${q(tag)}&status=draft`, admin)).toBe(1);
    expect(await sheetRows(`/api/v1/voucher-schemes/export.xlsx?q=${q(tag)}&year=2026`, enterprise)).toBe(2);
  });
});
