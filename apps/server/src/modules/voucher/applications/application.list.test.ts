import { shanghaiInstant } from '@cz/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/harness.ts';
import { exportRowCount, listIds, walkPages } from '../../../../test/paging.ts';
import { client } from '../../../../test/request.ts';
import { seed } from '../../../../test/seed.ts';
import { fixedClock } from '../../../kernel/clock.ts';

// The application list searches on the server; a scheme's 公示 of awards pages, searches and exports.
const clock = fixedClock(shanghaiInstant('2026-03-02', 9 * 60));
let t: TestApp;
const api = client(() => t);
const q = (s: string) => encodeURIComponent(s);
// Letters only, so that a search for an application number matches no name.
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

let admin: string;
let a: string;
let b: string;
let schemeId: number;
let draftId: number;
// Applications of enterprise A (two) and B (one), in the order made.
const apps: number[] = [];
let voucherNumbers: string[];

beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
  const tsme = () => `2026140400${Math.floor(Math.random() * 1e6)}`;
  const s = await seed(t, {
    organisations: [
      { key: 'a', name: `示例甲方创新企业${tag}`, park: '光伏产业园', tsmeRegNo: tsme() },
      { key: 'b', name: `示例乙方创新企业${tag}`, park: '光伏产业园', tsmeRegNo: tsme() },
    ],
    users: [
      { role: 'enterprise', org: 'a', login: true },
      { role: 'enterprise', org: 'b', login: true },
    ],
    voucherSchemes: [
      { key: 's', name: `示例公示方案${tag}`, status: 'open', budget: 100_000_000, perEnterpriseCap: 50_000_000 },
      { key: 'd', name: `示例草稿方案${tag}`, status: 'draft' },
      { key: 'r', name: `示例研发方案${tag}`, status: 'open' },
    ],
    vouchers: [
      { scheme: 's', org: 'a', amount: 1_000_000, issuedAt: new Date('2026-01-05T02:00:00Z') },
      { scheme: 's', org: 'b', amount: 2_000_000, issuedAt: new Date('2026-01-06T02:00:00Z') },
      { scheme: 's', org: 'a', amount: 3_000_000, issuedAt: new Date('2026-01-07T02:00:00Z') },
      { scheme: 'd', org: 'a', amount: 1_000_000 },
    ],
  });
  a = s.users[0]?.cookie as string;
  b = s.users[1]?.cookie as string;
  schemeId = s.voucherSchemes[0]?.id as number;
  draftId = s.voucherSchemes[1]?.id as number;
  voucherNumbers = s.vouchers.slice(0, 3).map((v) => v.number);
  const apply = async (cookie: string, purpose: string, scheme = schemeId) => {
    const res = await api.post(
      `/api/v1/voucher-schemes/${scheme}/applications`,
      { amount: 500_000, purpose },
      { as: cookie },
    );
    expect(res.statusCode, res.body).toBe(201);
    apps.push(res.json().id as number);
  };
  await apply(a, `示例委托检测${tag}甲一`);
  await apply(a, `示例委托研发${tag}甲二`, s.voucherSchemes[2]?.id);
  await apply(b, `示例委托检测${tag}乙一`);
});
afterAll(() => t.close());

const ids = (path: string, cookie: string) => listIds(api, path, cookie);

describe('the voucher application list', () => {
  it("finds applications by the enterprise's name, the scheme's name, the purpose or the number", async () => {
    const all = `/api/v1/voucher-applications?scope=all`;
    expect(await ids(`${all}&q=${q(`乙方创新企业${tag}`)}`, admin)).toEqual([apps[2]]);
    expect((await walkPages(api, `${all}&q=${q(tag)}`, admin, 2)).keys).toEqual([...apps].reverse());
    expect(await ids(`${all}&q=${q(`公示方案${tag}`)}`, admin)).toEqual([apps[2], apps[0]]);
    expect(await ids(`${all}&q=${q(`委托研发${tag}`)}`, admin)).toEqual([apps[1]]);
    expect(await ids(`${all}&q=${apps[1]}`, admin)).toContain(apps[1]);
    expect(await ids(`${all}&q=${q('%')}`, admin)).toEqual([]);
  });

  it("keeps to the enterprise's own applications while searching", async () => {
    expect(await ids(`/api/v1/voucher-applications?q=${q(`委托检测${tag}`)}`, a)).toEqual([apps[0]]);
    expect(await ids(`/api/v1/voucher-applications?q=${q(`甲方创新企业${tag}`)}`, b)).toEqual([]);
    const page = (await api.get(`/api/v1/voucher-applications?q=${q(tag)}`, { as: a })).json();
    expect(page.total).toBe(2);
  });

  it('exports the applications the search finds', async () => {
    expect(await exportRowCount(api, `/api/v1/voucher-applications/export.xlsx?scope=all&q=${q(tag)}`, admin)).toBe(3);
    expect(await exportRowCount(api, `/api/v1/voucher-applications/export.xlsx?q=${q(`研发${tag}`)}`, a)).toBe(1);
  });
});

describe('the 公示 of a scheme', () => {
  const awards = `/api/v1/voucher-schemes`;
  it('pages the awards in the order issued for everyone, with a total', async () => {
    const { total, keys } = await walkPages(api, `${awards}/${schemeId}/awards`, undefined, 2, 'number');
    expect(total).toBe(3);
    expect(keys).toEqual(voucherNumbers);
    const second = (await api.get(`${awards}/${schemeId}/awards?page=2&pageSize=2`)).json();
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2, items: [{ number: voucherNumbers[2] }] });
  });

  it("finds awards by the enterprise's name or the voucher number, and shows a draft scheme's none", async () => {
    const numbers = async (path: string) =>
      ((await api.get(path)).json().items as { number: string }[]).map((x) => x.number);
    expect(await numbers(`${awards}/${schemeId}/awards?q=${q(`乙方创新企业${tag}`)}`)).toEqual([voucherNumbers[1]]);
    expect(await numbers(`${awards}/${schemeId}/awards?q=${q(voucherNumbers[2] as string)}`)).toEqual([
      voucherNumbers[2],
    ]);
    expect((await api.get(`${awards}/${draftId}/awards`)).json()).toMatchObject({ items: [], total: 0 });
    expect((await api.get(`${awards}/${schemeId}/awards?pageSize=201`)).statusCode).toBe(400);
  });

  it('exports the awards the search finds, amounts in yuan and times at Shanghai time, in a dated file', async () => {
    const res = await api.get(`${awards}/${schemeId}/awards/export.xlsx?q=${q(`甲方创新企业${tag}`)}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''voucher-scheme-${schemeId}-awards-${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)}.xlsx`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '企业 Enterprise',
      '券号 Voucher',
      '面额(元) Amount',
      '发放时间 Issued',
    ]);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      `示例甲方创新企业${tag}`,
      voucherNumbers[0],
      10000,
      '2026-01-05 10:00:00',
    ]);
    expect(sheet.rowCount).toBe(3);
    expect(await exportRowCount(api, `${awards}/${draftId}/awards/export.xlsx`, undefined)).toBe(0);
  });
});
