import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { walkPages } from '../../../test/paging.ts';
import { client } from '../../../test/request.ts';

// The partner registry pages, searches and filters on the server, for the administration only.
let t: TestApp;
const api = client(() => t);
const q = (s: string) => encodeURIComponent(s);
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const secret = `s3cret-${tag}-${'k'.repeat(32)}`;
const code = (side: string) => `${tag}-${side}`;

let admin: string;
let enterprise: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
  enterprise = (await enterpriseWithUser(t)).cookie;
  const regions = [
    { side: 'east', name: `示例东部伙伴区${tag}`, active: true },
    { side: 'west', name: `示例西部伙伴区${tag}`, active: true },
    { side: 'north', name: `示例北部伙伴区${tag}`, active: false },
  ];
  for (const r of regions) {
    const res = await api.put(
      `/api/v1/interop/partners/${code(r.side)}`,
      { code: code(r.side), name: r.name, baseUrl: `https://${r.side}.example.test/api`, secret, active: r.active },
      { as: admin },
    );
    expect(res.json()).toEqual({ ok: true });
  }
});
afterAll(() => t.close());

const codes = async (path: string) => {
  const res = await api.get(path, { as: admin });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { code: string }[]).map((p) => p.code);
};

async function sheetRows(path: string) {
  const res = await api.get(path, { as: admin });
  expect(res.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return (wb.worksheets[0] as ExcelJS.Worksheet).rowCount - 1;
}

describe('the partner region list', () => {
  it('pages the regions by code, with no region on two pages and no shared key in the reply', async () => {
    const { total, keys } = await walkPages(api, `/api/v1/interop/partners?q=${q(tag)}`, admin, 2, 'code');
    expect(total).toBe(3);
    expect(keys).toEqual([code('east'), code('north'), code('west')]);
    const res = await api.get(`/api/v1/interop/partners?q=${q(tag)}`, { as: admin });
    expect(res.body.includes(secret)).toBe(false);
  });

  it('finds regions by a part of the code, the name or the address, with % and _ literal', async () => {
    expect(await codes(`/api/v1/interop/partners?q=${q(`西部伙伴区${tag}`)}`)).toEqual([code('west')]);
    expect(await codes(`/api/v1/interop/partners?q=${q(`${tag}-ea`)}`)).toEqual([code('east')]);
    expect(await codes(`/api/v1/interop/partners?q=${q('north.example')}`)).toEqual([code('north')]);
    expect(await codes(`/api/v1/interop/partners?q=${q('%')}`)).toEqual([]);
    expect(await codes(`/api/v1/interop/partners?q=${q(`${tag}_east`)}`)).toEqual([]);
  });

  it('filters active and inactive regions with the search', async () => {
    expect(await codes(`/api/v1/interop/partners?active=false&q=${q(tag)}`)).toEqual([code('north')]);
    expect(await codes(`/api/v1/interop/partners?active=true&q=${q(tag)}`)).toEqual([code('east'), code('west')]);
    for (const bad of ['active=maybe', 'pageSize=201', 'page=0'])
      expect((await api.get(`/api/v1/interop/partners?${bad}`, { as: admin })).statusCode).toBe(400);
  });

  it('is the administration’s only, as its export', async () => {
    expect((await api.get(`/api/v1/interop/partners?q=${q(tag)}`, { as: enterprise })).statusCode).toBe(403);
    expect((await api.get(`/api/v1/interop/partners/export.xlsx?q=${q(tag)}`, { as: enterprise })).statusCode).toBe(
      403,
    );
    expect((await api.get('/api/v1/interop/partners')).statusCode).toBe(401);
  });

  it('exports the regions the search and the filter find', async () => {
    expect(await sheetRows(`/api/v1/interop/partners/export.xlsx?q=${q(tag)}`)).toBe(3);
    expect(await sheetRows(`/api/v1/interop/partners/export.xlsx?q=${q(tag)}&active=true`)).toBe(2);
    expect(await sheetRows(`/api/v1/interop/partners/export.xlsx?q=${q(`东部伙伴区${tag}`)}`)).toBe(1);
  });
});
