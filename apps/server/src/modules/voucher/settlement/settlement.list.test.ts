import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/harness.ts';
import { exportRowCount, listIds, walkPages } from '../../../../test/paging.ts';
import { client } from '../../../../test/request.ts';
import { seed } from '../../../../test/seed.ts';

// The claim list pages, searches and filters on the server; a provider reads only its own claims.
let t: TestApp;
const api = client(() => t);
const q = (s: string) => encodeURIComponent(s);
// Letters only, so that a search for a claim number matches no name.
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

let admin: string;
let p1: string;
let p2: string;
let enterprise: string;
// Claims 1–3 are the first provider's (of buyers A, A, B), claim 4 the second's (of buyer B).
const claims: { id: number; orderId: number }[] = [];

async function upload(cookie: string, text: string) {
  const res = await api.post('/api/v1/uploads?name=doc.pdf', Buffer.from(`%PDF-1.4 ${text} ${tag}`), {
    as: cookie,
    headers: { 'content-type': 'application/pdf' },
  });
  return res.json().hash as string;
}

/** A completed order of a service, half of it paid by the buyer's voucher, claimed by the provider. */
async function claimed(provider: string, buyer: string, serviceId: number, voucherId: number) {
  const order = (await api.post('/api/v1/orders', { serviceId }, { as: buyer })).json();
  await api.post(`/api/v1/orders/${order.id}/quote`, { amount: 1_000_000 }, { as: provider });
  await api.post(`/api/v1/orders/${order.id}/accept`, { vouchers: [voucherId] }, { as: buyer });
  await api.post(`/api/v1/orders/${order.id}/deliver`, { note: '报告' }, { as: provider });
  await api.post(`/api/v1/orders/${order.id}/accept-delivery`, undefined, { as: buyer });
  const docs = {
    contractFile: await upload(provider, `合同${order.id}`),
    invoiceFile: await upload(provider, `发票${order.id}`),
    paymentProofFile: await upload(provider, `付款凭证${order.id}`),
    resultFiles: [await upload(provider, `报告${order.id}`)],
  };
  const res = await api.post('/api/v1/voucher-claims', { orderId: order.id, ...docs }, { as: provider });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as number, orderId: order.id as number };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
  const s = await seed(t, {
    organisations: [
      { key: 'p1', kind: 'provider', name: `示例一号兑付中心${tag}` },
      { key: 'p2', kind: 'provider', name: `示例二号兑付中心${tag}` },
      { key: 'a', name: `示例甲方委托企业${tag}`, park: '光伏产业园' },
      { key: 'b', name: `示例乙方委托企业${tag}`, park: '光伏产业园' },
    ],
    users: [
      { role: 'provider', org: 'p1', login: true },
      { role: 'provider', org: 'p2', login: true },
      { role: 'enterprise', org: 'a', login: true },
      { role: 'enterprise', org: 'b', login: true },
    ],
    voucherSchemes: [{ key: 's', budget: 50_000_000, perEnterpriseCap: 10_000_000 }],
    vouchers: [
      { scheme: 's', org: 'a', amount: 5_000_000 },
      { scheme: 's', org: 'b', amount: 5_000_000 },
    ],
    services: [
      { provider: 'p1', category: 'testing', title: `示例结算检测${tag}一`, pricing: 'quote', voucherEligible: true },
      { provider: 'p1', category: 'testing', title: `示例结算检测${tag}二`, pricing: 'quote', voucherEligible: true },
      { provider: 'p1', category: 'testing', title: `示例结算检测${tag}三`, pricing: 'quote', voucherEligible: true },
    ],
  });
  const {
    services: [other],
  } = await seed(t, {
    services: [
      {
        provider: s.organisations[1],
        category: 'testing',
        title: `示例二号结算${tag}`,
        pricing: 'quote',
        voucherEligible: true,
      },
    ],
  });
  const [u1, u2, ua, ub] = s.users;
  p1 = u1.cookie;
  p2 = u2.cookie;
  enterprise = ua.cookie;
  const [va, vb] = s.vouchers;
  const [s1, s2, s3] = s.services;
  claims.push(await claimed(p1, ua.cookie, s1.id, va.id));
  claims.push(await claimed(p1, ua.cookie, s2.id, va.id));
  claims.push(await claimed(p1, ub.cookie, s3.id, vb.id));
  claims.push(await claimed(p2, ub.cookie, other.id, vb.id));
});
afterAll(() => t.close());

const ids = (path: string, cookie: string) => listIds(api, path, cookie);
const idOf = (i: number) => claims[i]?.id as number;

const sheetRows = (path: string, cookie: string) => exportRowCount(api, path, cookie);

describe('the settlement claim list', () => {
  it("pages a provider's own claims, newest first, with no claim on two pages", async () => {
    const { total, keys } = await walkPages(api, '/api/v1/voucher-claims', p1, 2);
    expect(total).toBe(3);
    expect(keys).toEqual([idOf(2), idOf(1), idOf(0)]);
    expect((await walkPages(api, '/api/v1/voucher-claims', p2, 2)).keys).toEqual([idOf(3)]);
  });

  it("pages every provider's claims for the administration", async () => {
    const { total, keys } = await walkPages(api, `/api/v1/voucher-claims?q=${q(tag)}`, admin, 3);
    expect(total).toBe(4);
    expect([...keys].sort((x, y) => Number(x) - Number(y))).toEqual(claims.map((c) => c.id));
  });

  it('finds claims by the service, the buyer or the number, with % and _ literal', async () => {
    expect(await ids(`/api/v1/voucher-claims?q=${q(`检测${tag}二`)}`, p1)).toEqual([idOf(1)]);
    expect(await ids(`/api/v1/voucher-claims?q=${q(`乙方委托企业${tag}`)}`, p1)).toEqual([idOf(2)]);
    const byNumber = (await api.get(`/api/v1/voucher-claims?q=${idOf(1)}`, { as: p1 })).json();
    expect(byNumber.items.map((c: { id: number }) => c.id)).toContain(idOf(1));
    for (const c of byNumber.items as { id: number; orderId: number }[]) expect([c.id, c.orderId]).toContain(idOf(1));
    expect(await ids(`/api/v1/voucher-claims?q=${claims[2]?.orderId}`, p1)).toContain(idOf(2));
    expect(await ids(`/api/v1/voucher-claims?q=${q('%')}`, p1)).toEqual([]);
    expect(await ids(`/api/v1/voucher-claims?q=${q('_')}`, admin)).toEqual([]);
  });

  it("keeps to the provider's own claims while searching, and shows an enterprise none", async () => {
    expect(await ids(`/api/v1/voucher-claims?q=${q(`二号结算${tag}`)}`, p1)).toEqual([]);
    expect(await ids(`/api/v1/voucher-claims?q=${q(`二号结算${tag}`)}`, p2)).toEqual([idOf(3)]);
    expect(await ids(`/api/v1/voucher-claims?q=${q(`乙方委托企业${tag}`)}`, admin)).toEqual([idOf(3), idOf(2)]);
    const none = (await api.get(`/api/v1/voucher-claims?q=${q(tag)}`, { as: enterprise })).json();
    expect(none).toMatchObject({ items: [], total: 0 });
    expect((await api.get('/api/v1/voucher-claims')).statusCode).toBe(401);
  });

  it('filters by status with the search, and refuses pages out of bounds', async () => {
    const returned = await api.post(
      `/api/v1/voucher-claims/${idOf(0)}/review`,
      { decision: 'return', reason: '发票抬头有误' },
      { as: admin },
    );
    expect(returned.statusCode).toBe(200);
    expect(await ids(`/api/v1/voucher-claims?status=returned&q=${q(tag)}`, admin)).toEqual([idOf(0)]);
    const submitted = (await api.get(`/api/v1/voucher-claims?status=submitted&q=${q(tag)}`, { as: admin })).json();
    expect(submitted.total).toBe(3);
    for (const bad of ['pageSize=201', 'pageSize=0', 'page=0', 'status=lost'])
      expect((await api.get(`/api/v1/voucher-claims?${bad}`, { as: admin })).statusCode).toBe(400);
  });

  it('exports the rows the search and the filter find, in the same scope', async () => {
    expect(await sheetRows(`/api/v1/voucher-claims/export.xlsx?q=${q(`乙方委托企业${tag}`)}`, p1)).toBe(1);
    expect(await sheetRows(`/api/v1/voucher-claims/export.xlsx?q=${q(tag)}`, p2)).toBe(1);
    expect(await sheetRows(`/api/v1/voucher-claims/export.xlsx?q=${q(tag)}`, admin)).toBe(4);
    expect(await sheetRows(`/api/v1/voucher-claims/export.xlsx?q=${q(tag)}&status=returned`, admin)).toBe(1);
    expect((await api.get(`/api/v1/voucher-claims/export.xlsx?q=${q(tag)}`)).statusCode).toBe(401);
  });
});
