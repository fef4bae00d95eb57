import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/harness.ts';
import { exportRowCount, listIds, walkPages } from '../../../../test/paging.ts';
import { client } from '../../../../test/request.ts';
import { seed } from '../../../../test/seed.ts';

// The settlement batches (admin) and a provider's orders still to claim page, search and export on the server.
let t: TestApp;
const api = client(() => t);
const q = (s: string) => encodeURIComponent(s);
// Letters only, so that a search for a batch or order number matches no name.
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

let admin: string;
let p1: string;
let p2: string;
// Batches 0–2 hold one claim each of provider 1 (batch 2 paid); orders to claim: 2 of provider 1, 1 of provider 2.
const batches: number[] = [];
const open1: number[] = [];
let open2: number;

async function upload(cookie: string, text: string) {
  const res = await api.post('/api/v1/uploads?name=doc.pdf', Buffer.from(`%PDF-1.4 ${text} ${tag}`), {
    as: cookie,
    headers: { 'content-type': 'application/pdf' },
  });
  return res.json().hash as string;
}

/** A completed order of a service, half of it paid by the buyer's voucher. */
async function completed(provider: string, buyer: string, serviceId: number, voucherId: number) {
  const order = (await api.post('/api/v1/orders', { serviceId }, { as: buyer })).json();
  await api.post(`/api/v1/orders/${order.id}/quote`, { amount: 1_000_000 }, { as: provider });
  await api.post(`/api/v1/orders/${order.id}/accept`, { vouchers: [voucherId] }, { as: buyer });
  await api.post(`/api/v1/orders/${order.id}/deliver`, { note: '报告' }, { as: provider });
  const done = await api.post(`/api/v1/orders/${order.id}/accept-delivery`, undefined, { as: buyer });
  expect(done.json().status, done.body).toBe('completed');
  return order.id as number;
}

/** The order claimed, the claim approved, and batched alone with `note`. */
async function batched(provider: string, orderId: number, note: string) {
  const docs = {
    contractFile: await upload(provider, `合同${orderId}`),
    invoiceFile: await upload(provider, `发票${orderId}`),
    paymentProofFile: await upload(provider, `付款凭证${orderId}`),
    resultFiles: [],
  };
  const claim = (await api.post('/api/v1/voucher-claims', { orderId, ...docs }, { as: provider })).json();
  await api.post(`/api/v1/voucher-claims/${claim.id}/review`, { decision: 'approve' }, { as: admin });
  const res = await api.post('/api/v1/settlement-batches', { claimIds: [claim.id], note }, { as: admin });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
  const s = await seed(t, {
    organisations: [
      { key: 'p1', kind: 'provider', name: `示例一号拨付机构${tag}` },
      { key: 'p2', kind: 'provider', name: `示例二号拨付机构${tag}` },
      { key: 'a', name: `示例甲方委托企业${tag}`, park: '光伏产业园' },
      { key: 'b', name: `示例乙方委托企业${tag}`, park: '光伏产业园' },
    ],
    users: [
      { role: 'provider', org: 'p1', login: true },
      { role: 'provider', org: 'p2', login: true },
      { role: 'enterprise', org: 'a', login: true },
      { role: 'enterprise', org: 'b', login: true },
    ],
    voucherSchemes: [{ key: 's', budget: 50_000_000, perEnterpriseCap: 20_000_000 }],
    vouchers: [
      { scheme: 's', org: 'a', amount: 10_000_000 },
      { scheme: 's', org: 'b', amount: 10_000_000 },
    ],
    services: [
      { key: 'x', provider: 'p1', title: `示例拨付检测${tag}` },
      { key: 'y', provider: 'p1', title: `示例拨付分析${tag}` },
      { key: 'z', provider: 'p2', title: `示例二号检测${tag}` },
    ].map((x) => ({ ...x, category: 'testing' as const, pricing: 'quote' as const, voucherEligible: true })),
  });
  [p1, p2] = s.users.map((u) => u.cookie as string) as [string, string];
  const [ua, ub] = s.users.slice(2).map((u) => u.cookie as string) as [string, string];
  const [va, vb] = s.vouchers.map((v) => v.id);
  const [x, y, z] = s.services.map((v) => v.id) as [number, number, number];
  const orders = [];
  for (let i = 0; i < 3; i++) orders.push(await completed(p1, ua, x, va as number));
  batches.push(await batched(p1, orders[0] as number, `示例一月批次${tag}`));
  batches.push(await batched(p1, orders[1] as number, `示例二月批次${tag}`));
  batches.push(await batched(p1, orders[2] as number, `示例三月批次${tag}`));
  const paid = await api.post(
    `/api/v1/settlement-batches/${batches[2]}/paid`,
    { paymentRef: `PAY-${tag}-3` },
    { as: admin },
  );
  expect(paid.statusCode, paid.body).toBe(200);
  open1.push(await completed(p1, ua, x, va as number));
  open1.push(await completed(p1, ub, y, vb as number));
  open2 = await completed(p2, ub, z, vb as number);
});
afterAll(() => t.close());

describe('the settlement batches', () => {
  it('page newest first with a total, for the administration only', async () => {
    const { total, keys } = await walkPages(api, `/api/v1/settlement-batches?q=${q(tag)}`, admin, 2);
    expect(total).toBe(3);
    expect(keys).toEqual([...batches].reverse());
    const second = (await api.get(`/api/v1/settlement-batches?q=${q(tag)}&page=2&pageSize=2`, { as: admin })).json();
    expect(second).toMatchObject({ total: 3, page: 2, items: [{ id: batches[0], claims: 1, total: 500_000 }] });
    expect((await api.get('/api/v1/settlement-batches', { as: p1 })).statusCode).toBe(403);
    expect((await api.get('/api/v1/settlement-batches?pageSize=201', { as: admin })).statusCode).toBe(400);
  });

  it('are found by the note, the payment reference, a provider or the number, and filtered by status', async () => {
    const ids = (query: string) => listIds(api, `/api/v1/settlement-batches?${query}`, admin);
    expect(await ids(`q=${q(`二月批次${tag}`)}`)).toEqual([batches[1]]);
    expect(await ids(`q=${q(`PAY-${tag}`)}`)).toEqual([batches[2]]);
    expect(await ids(`q=${q(`一号拨付机构${tag}`)}`)).toEqual([...batches].reverse());
    expect(await ids(`q=${batches[0]}`)).toContain(batches[0]);
    expect(await ids(`q=${q(tag)}&status=paid`)).toEqual([batches[2]]);
    expect(await ids(`q=${q(tag)}&status=open`)).toEqual([batches[1], batches[0]]);
    expect(await ids(`q=${q('%')}`)).toEqual([]);
  });

  it('export what the search and the filter find, in words and yuan, in a dated file', async () => {
    const res = await api.get(`/api/v1/settlement-batches/export.xlsx?q=${q(tag)}&status=paid`, { as: admin });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''settlement-batches-${today()}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(2);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = Object.fromEntries(header.map((h, i) => [h, (sheet.getRow(2).values as unknown[])[i + 1]]));
    expect(row).toMatchObject({
      '批次号 Batch': batches[2],
      '状态 Status': '已拨付',
      '申请数 Claims': 1,
      '合计(元) Total': 5000,
      '服务机构 Providers': `示例一号拨付机构${tag}`,
      '付款凭证号 Payment reference': `PAY-${tag}-3`,
    });
    expect(String(row['拨付时间 Paid'])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(await exportRowCount(api, `/api/v1/settlement-batches/export.xlsx?q=${q(tag)}`, admin)).toBe(3);
    expect((await api.get('/api/v1/settlement-batches/export.xlsx', { as: p1 })).statusCode).toBe(403);
  });
});

describe("a provider's orders to claim", () => {
  const path = '/api/v1/voucher-claims/claimable';
  it('page newest first with a total, only the provider’s own and not yet claimed', async () => {
    const { total, keys } = await walkPages(api, path, p1, 1, 'orderId');
    expect(total).toBe(2);
    expect(keys).toEqual([...open1].reverse());
    expect((await walkPages(api, path, p2, 1, 'orderId')).keys).toEqual([open2]);
    expect((await api.get(path, { as: admin })).statusCode).toBe(403);
  });

  it("are found by the service, the buyer's name or the order number", async () => {
    const ids = async (query: string) =>
      ((await api.get(`${path}?${query}`, { as: p1 })).json().items as { orderId: number }[]).map((x) => x.orderId);
    expect(await ids(`q=${q(`拨付分析${tag}`)}`)).toEqual([open1[1]]);
    expect(await ids(`q=${q(`甲方委托企业${tag}`)}`)).toEqual([open1[0]]);
    expect(await ids(`q=${open1[0]}`)).toContain(open1[0]);
    expect(await ids(`q=${q(`二号检测${tag}`)}`)).toEqual([]);
    expect(await ids(`q=${q('_')}`)).toEqual([]);
  });

  it('export what the search finds, amounts in yuan, in a dated file', async () => {
    const res = await api.get(`${path}/export.xlsx?q=${q(`乙方委托企业${tag}`)}`, { as: p1 });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''claimable-orders-${today()}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    expect((sheet.getRow(2).values as unknown[]).slice(1, 6)).toEqual([
      open1[1],
      `示例拨付分析${tag}`,
      `示例乙方委托企业${tag}`,
      10000,
      5000,
    ]);
    expect(sheet.rowCount).toBe(2);
    expect(await exportRowCount(api, `${path}/export.xlsx`, p2)).toBe(1);
  });
});
