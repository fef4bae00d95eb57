import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { exportRowCount, walkPages } from '../../../test/paging.ts';
import { putMaterial } from '../../../test/policy-fixtures.ts';
import { client } from '../../../test/request.ts';

// An enterprise's vault pages, searches by title and exports on the server, for its members and the administration.
let t: TestApp;
const api = client(() => t);
const q = (s: string) => encodeURIComponent(s);
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
let admin: string;
let e: { org: { id: number; name: string }; cookie: string };
let other: string;
const titles = [`示例2025年度财务报表${tag}`, `示例2025年度审计报告${tag}`, `示例营业执照${tag}`];

beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
  const x = await enterpriseWithUser(t);
  e = { org: { id: x.org.id, name: x.org.name }, cookie: x.cookie };
  other = (await enterpriseWithUser(t)).cookie;
  await putMaterial(t, e, { kind: 'financial_statements', title: titles[0], year: 2025 });
  await putMaterial(t, e, { kind: 'audit_report', title: titles[1], year: 2025 });
  await putMaterial(t, e, { kind: 'business_licence', title: titles[2], validFrom: '2015-03-01' });
});
afterAll(() => t.close());

describe("an enterprise's vault", () => {
  const path = () => `/api/v1/materials/orgs/${e.org.id}`;
  it('pages with a total and finds materials by title, for its members and the administration', async () => {
    const { total } = await walkPages(api, path(), e.cookie, 2);
    expect(total).toBe(3);
    const found = (await api.get(`${path()}?q=${q(`审计报告${tag}`)}`, { as: admin })).json();
    expect(found.items.map((m: { title: string }) => m.title)).toEqual([titles[1]]);
    expect((await api.get(`${path()}?q=${q('%')}`, { as: e.cookie })).json().total).toBe(0);
    expect((await api.get(path(), { as: other })).statusCode).toBe(403);
  });

  it('exports what the search and the filters find, in a dated file', async () => {
    const res = await api.get(`${path()}/export.xlsx?q=${q(tag)}`, { as: e.cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''materials-${e.org.id}-${today()}.xlsx`,
    );
    expect(await exportRowCount(api, `${path()}/export.xlsx?q=${q(tag)}`, admin)).toBe(3);
    expect(await exportRowCount(api, `${path()}/export.xlsx?kind=business_licence`, e.cookie)).toBe(1);
    expect((await api.get(`${path()}/export.xlsx`, { as: other })).statusCode).toBe(403);
  });
});
