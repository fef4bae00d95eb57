import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/harness.ts';
import { exportRowCount, listIds, walkPages } from '../../../../test/paging.ts';
import { client } from '../../../../test/request.ts';
import { seed } from '../../../../test/seed.ts';

// The reimbursement list pages, searches and filters on the server; an enterprise reads only its own claims.
let t: TestApp;
const api = client(() => t);
const q = (s: string) => encodeURIComponent(s);
// Letters only, so that a search for a claim number matches no name or voucher number.
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

let admin: string;
let a: string;
let b: string;
let voucherNumberB: string;
// Claims 1–3 are enterprise A's, claim 4 enterprise B's.
const claims: number[] = [];

async function upload(cookie: string, text: string) {
  const res = await api.post('/api/v1/uploads', Buffer.from(`%PDF-1.4 ${text} ${tag}`), {
    as: cookie,
    headers: { 'content-type': 'application/pdf' },
  });
  return res.json().hash as string;
}

async function claim(cookie: string, voucherId: number, region: string, providerName: string) {
  const body = {
    region,
    providerName,
    category: 'testing',
    paidAmount: 100_000,
    invoiceFile: await upload(cookie, `发票${providerName}`),
    paymentProofFile: await upload(cookie, `付款${providerName}`),
  };
  const res = await api.post(`/api/v1/vouchers/${voucherId}/reimbursements`, body, { as: cookie });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
  const s = await seed(t, {
    organisations: [
      { key: 'a', name: `示例甲方报销企业${tag}`, park: '高新区本部' },
      { key: 'b', name: `示例乙方报销企业${tag}`, park: '高新区本部' },
    ],
    users: [
      { role: 'enterprise', org: 'a', login: true },
      { role: 'enterprise', org: 'b', login: true },
    ],
    voucherSchemes: [{ key: 's', budget: 10_000_000, perEnterpriseCap: 5_000_000, coveragePercent: 50 }],
    vouchers: [
      { scheme: 's', org: 'a', amount: 1_000_000 },
      { scheme: 's', org: 'b', amount: 1_000_000 },
    ],
  });
  const [ua, ub] = s.users;
  const [va, vb] = s.vouchers;
  a = ua.cookie;
  b = ub.cookie;
  voucherNumberB = vb.number;
  claims.push(await claim(a, va.id, `示例东区${tag}`, `示例甲一检测所${tag}`));
  claims.push(await claim(a, va.id, `示例西区${tag}`, `示例甲二检测所${tag}`));
  claims.push(await claim(a, va.id, `示例东区${tag}`, `示例甲三检测所${tag}`));
  claims.push(await claim(b, vb.id, `示例西区${tag}`, `示例乙方检测所${tag}`));
});
afterAll(() => t.close());

const ids = (path: string, cookie: string) => listIds(api, path, cookie);
const idOf = (i: number) => claims[i] as number;

const sheetRows = (path: string, cookie: string) => exportRowCount(api, path, cookie);

describe('the reimbursement list', () => {
  it("pages an enterprise's own claims, newest first, with no claim on two pages", async () => {
    const { total, keys } = await walkPages(api, '/api/v1/voucher-reimbursements', a, 2);
    expect(total).toBe(3);
    expect(keys).toEqual([idOf(2), idOf(1), idOf(0)]);
    expect((await walkPages(api, '/api/v1/voucher-reimbursements', b, 2)).keys).toEqual([idOf(3)]);
    const all = await walkPages(api, `/api/v1/voucher-reimbursements?q=${q(tag)}`, admin, 3);
    expect(all.keys).toEqual([idOf(3), idOf(2), idOf(1), idOf(0)]);
  });

  it('finds claims by the provider, the region, the enterprise, the voucher or the number, with % and _ literal', async () => {
    expect(await ids(`/api/v1/voucher-reimbursements?q=${q(`甲二检测所${tag}`)}`, a)).toEqual([idOf(1)]);
    expect(await ids(`/api/v1/voucher-reimbursements?q=${q(`东区${tag}`)}`, a)).toEqual([idOf(2), idOf(0)]);
    expect(await ids(`/api/v1/voucher-reimbursements?q=${q(`甲方报销企业${tag}`)}`, admin)).toEqual([
      idOf(2),
      idOf(1),
      idOf(0),
    ]);
    expect(await ids(`/api/v1/voucher-reimbursements?q=${q(voucherNumberB)}`, admin)).toEqual([idOf(3)]);
    // A number is the claim's, or a part of a voucher number.
    const byNumber = (await api.get(`/api/v1/voucher-reimbursements?q=${idOf(1)}`, { as: a })).json();
    expect(byNumber.items.map((r: { id: number }) => r.id)).toContain(idOf(1));
    for (const r of byNumber.items as { id: number; number: string }[])
      expect(r.id === idOf(1) || r.number.includes(String(idOf(1)))).toBe(true);
    expect(await ids(`/api/v1/voucher-reimbursements?q=${q('%')}`, a)).toEqual([]);
    expect(await ids(`/api/v1/voucher-reimbursements?q=${q('_')}`, admin)).toEqual([]);
  });

  it("keeps to the enterprise's own claims while searching", async () => {
    expect(await ids(`/api/v1/voucher-reimbursements?q=${q(`西区${tag}`)}`, a)).toEqual([idOf(1)]);
    expect(await ids(`/api/v1/voucher-reimbursements?q=${q(`西区${tag}`)}`, b)).toEqual([idOf(3)]);
    expect(await ids(`/api/v1/voucher-reimbursements?q=${q(voucherNumberB)}`, a)).toEqual([]);
    expect(await ids(`/api/v1/voucher-reimbursements?q=${idOf(3)}`, a)).not.toContain(idOf(3));
    expect((await api.get('/api/v1/voucher-reimbursements')).statusCode).toBe(401);
  });

  it('filters by status with the search, and refuses pages out of bounds', async () => {
    const rejected = await api.post(
      `/api/v1/voucher-reimbursements/${idOf(1)}/decision`,
      { decision: 'reject', reason: '票据不清晰' },
      { as: admin },
    );
    expect(rejected.statusCode).toBe(200);
    expect(await ids(`/api/v1/voucher-reimbursements?status=rejected&q=${q(tag)}`, admin)).toEqual([idOf(1)]);
    expect(await ids(`/api/v1/voucher-reimbursements?status=submitted&q=${q(`西区${tag}`)}`, admin)).toEqual([idOf(3)]);
    for (const bad of ['pageSize=201', 'page=0', 'status=lost'])
      expect((await api.get(`/api/v1/voucher-reimbursements?${bad}`, { as: a })).statusCode).toBe(400);
  });

  it('exports the rows the search and the filter find, in the same scope', async () => {
    expect(await sheetRows(`/api/v1/voucher-reimbursements/export.xlsx?q=${q(`东区${tag}`)}`, a)).toBe(2);
    expect(await sheetRows(`/api/v1/voucher-reimbursements/export.xlsx?q=${q(tag)}`, b)).toBe(1);
    expect(await sheetRows(`/api/v1/voucher-reimbursements/export.xlsx?q=${q(tag)}`, admin)).toBe(4);
    expect(await sheetRows(`/api/v1/voucher-reimbursements/export.xlsx?q=${q(tag)}&status=submitted`, admin)).toBe(3);
  });
});
