import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCookie,
  enterpriseWithUser,
  login,
  makeInstrument,
  makeUser,
  providerWithUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

const PDF = (text: string) => Buffer.from(`%PDF-1.4 ${text} ${Math.random()}`);
const PNG = (text: string) =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(`${text} ${Math.random()}`),
  ]);

async function upload(cookie: string, body: Buffer, type = 'application/pdf') {
  const res = await api.post('/api/v1/uploads?name=doc', body, { as: cookie, headers: { 'content-type': type } });
  expect(res.statusCode).toBe(201);
  return res.json().hash as string;
}
const read = (hash: string, cookie?: string) => api.get(`/api/v1/uploads/${hash}`, cookie ? { as: cookie } : {});

/** An order of `buyer` for a service of `provider`, quoted, accepted and started: the provider may deliver it. */
async function orderInService(provider: { cookie: string; org: { id: number } }, buyer: { cookie: string }) {
  const {
    services: [svc],
  } = await seed(t, {
    services: [{ provider: provider.org, category: 'testing', title: '示例附件检测', pricing: 'quote' }],
  });
  const order = (await api.post('/api/v1/orders', { serviceId: svc.id }, { as: buyer.cookie })).json();
  await api.post(`/api/v1/orders/${order.id}/quote`, { amount: 100_000 }, { as: provider.cookie });
  await api.post(`/api/v1/orders/${order.id}/accept`, undefined, { as: buyer.cookie });
  const started = await api.post(`/api/v1/orders/${order.id}/start`, undefined, { as: provider.cookie });
  expect(started.json().status).toBe('in_service');
  return order.id as number;
}
const deliver = (orderId: number, cookie: string, files: string[]) =>
  api.post(`/api/v1/orders/${orderId}/deliver`, { note: '报告已出具', files }, { as: cookie });

/** Enterprise B with a voucher that reimburses, and its invoice attached to a reimbursement claim. */
async function enterpriseWithReimbursedInvoice() {
  const {
    organisations: [org],
    users: [user],
    vouchers: [voucher],
  } = await seed(t, {
    organisations: [{ key: 'e', park: '高新区本部', tsmeRegNo: `R-${Math.random()}` }],
    users: [{ role: 'enterprise', org: 'e', login: true }],
    voucherSchemes: [
      { key: 's', name: '示例附件报销券', budget: 10_000_000, perEnterpriseCap: 5_000_000, coveragePercent: 40 },
    ],
    vouchers: [{ scheme: 's', org: 'e', amount: 1_000_000 }],
  });
  const invoice = await upload(user.cookie, PDF('企业B发票'));
  const proof = await upload(user.cookie, PDF('企业B付款凭证'));
  const claim = await api.post(
    `/api/v1/vouchers/${voucher.id}/reimbursements`,
    {
      region: '示例伙伴区',
      providerName: '示例异地检测所',
      category: 'testing',
      paidAmount: 500_000,
      invoiceFile: invoice,
      paymentProofFile: proof,
    },
    { as: user.cookie },
  );
  expect(claim.statusCode).toBe(201);
  return { org, cookie: user.cookie, invoice, voucherId: voucher.id };
}

describe('attaching files', () => {
  it("refuses a provider attaching an enterprise's invoice to its own delivery, and changes nothing", async () => {
    const b = await enterpriseWithReimbursedInvoice();
    const a = await providerWithUser(t);
    const buyer = await enterpriseWithUser(t);
    const orderId = await orderInService(a, buyer);
    const res = await deliver(orderId, a.cookie, [b.invoice]);
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'upload.not_attachable', details: [{ hash: b.invoice }] });
    const order = (await api.get(`/api/v1/orders/${orderId}`, { as: a.cookie })).json();
    expect(order).toMatchObject({ status: 'in_service', deliveryFiles: [] });
    // Neither the provider nor its buyer can read the invoice: it was never attached to their order.
    expect((await read(b.invoice, a.cookie)).statusCode).toBe(404);
    expect((await read(b.invoice, buyer.cookie)).statusCode).toBe(404);
    expect((await read(b.invoice)).statusCode).toBe(401);
    // Its owner and the administration still read it.
    expect((await read(b.invoice, b.cookie)).statusCode).toBe(200);
    expect((await read(b.invoice, admin)).statusCode).toBe(200);
  });

  it('refuses a file that was never uploaded', async () => {
    const a = await providerWithUser(t);
    const orderId = await orderInService(a, await enterpriseWithUser(t));
    const res = await deliver(orderId, a.cookie, ['f'.repeat(64)]);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('upload.not_attachable');
    expect((await api.get(`/api/v1/orders/${orderId}`, { as: a.cookie })).json().status).toBe('in_service');
  });

  it('lets the uploader and colleagues of its organisation attach its uploads; the parties then read them privately', async () => {
    const a = await providerWithUser(t);
    const colleague = await makeUser(t, { role: 'provider', orgId: a.org.id });
    const colleagueCookie = await login(t, colleague.username);
    const buyer = await enterpriseWithUser(t);
    const stranger = await enterpriseWithUser(t);
    const report = await upload(a.cookie, PDF('检测报告'));
    const photo = await upload(a.cookie, PNG('样品照片'), 'image/png');
    // Before it is attached, only the uploader's organisation reads a file.
    expect((await read(report, buyer.cookie)).statusCode).toBe(404);
    const orderId = await orderInService(a, buyer);
    const res = await deliver(orderId, colleagueCookie, [report, photo]);
    expect(res.statusCode).toBe(200);
    expect(res.json().deliveryFiles).toEqual([report, photo]);
    for (const hash of [report, photo]) {
      const got = await read(hash, buyer.cookie);
      expect(got.statusCode).toBe(200);
      expect(got.headers['cache-control']).toBe('private, no-store');
      expect((await read(hash, a.cookie)).statusCode).toBe(200);
      expect((await read(hash, admin)).statusCode).toBe(200);
      expect((await read(hash, stranger.cookie)).statusCode).toBe(404);
      // A delivered image is a document like any other: not public.
      expect((await read(hash)).statusCode).toBe(401);
    }
  });

  it('lets a party attach what it can already read, and lets a second uploader of the same bytes attach them', async () => {
    const b = await enterpriseWithReimbursedInvoice();
    const a = await providerWithUser(t);
    const orderId = await orderInService(a, b);
    const report = await upload(a.cookie, PDF('交付报告'));
    const reimburse = () =>
      api.post(
        `/api/v1/vouchers/${b.voucherId}/reimbursements`,
        {
          region: '示例伙伴区',
          providerName: '示例异地检测所',
          category: 'testing',
          paidAmount: 100_000,
          invoiceFile: b.invoice,
          paymentProofFile: b.invoice,
          resultFiles: [report],
        },
        { as: b.cookie },
      );
    // Before delivery B cannot read A's report, so B cannot attach it either.
    const early = await reimburse();
    expect(early.statusCode).toBe(403);
    expect(early.json().error).toMatchObject({ code: 'upload.not_attachable', details: [{ hash: report }] });
    expect((await api.get(`/api/v1/vouchers/${b.voucherId}`, { as: b.cookie })).json().balance).toBe(800_000);
    expect((await deliver(orderId, a.cookie, [report])).statusCode).toBe(200);
    // B reads the delivered report, so B may attach it to its own reimbursement as a result file.
    expect((await reimburse()).statusCode).toBe(201);
    // A second provider who uploads the very same bytes holds them too, and may deliver them.
    const c = await providerWithUser(t);
    const bytes = PDF('同一份文件');
    const first = await upload(a.cookie, bytes);
    const second = await upload(c.cookie, bytes);
    expect(second).toBe(first);
    const cOrder = await orderInService(c, await enterpriseWithUser(t));
    expect((await deliver(cOrder, c.cookie, [second])).statusCode).toBe(200);
  });
});

describe('public images', () => {
  it("serves instrument photos to anyone with public caching, and only a provider's own images become photos", async () => {
    const p = await providerWithUser(t);
    const photo = await upload(p.cookie, PNG('仪器照片'), 'image/png');
    expect((await read(photo)).statusCode).toBe(401);
    const inst = await makeInstrument(t, p.cookie, { photos: [photo] });
    const got = await read(photo);
    expect(got.statusCode).toBe(200);
    expect(got.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(got.headers['content-type']).toBe('image/png');

    // Provider P2 bought a service of P1 and can read the delivered scan; it still may not publish it as a photo.
    const p2 = await providerWithUser(t);
    const orderId = await orderInService(p, p2);
    const scan = await upload(p.cookie, PNG('营业执照扫描件'), 'image/png');
    expect((await deliver(orderId, p.cookie, [scan])).statusCode).toBe(200);
    expect((await read(scan, p2.cookie)).statusCode).toBe(200);
    const publish = await api.post('/api/v1/instruments', { ...instrumentBody(), photos: [scan] }, { as: p2.cookie });
    expect(publish.statusCode).toBe(403);
    expect(publish.json().error.code).toBe('upload.not_attachable');
    expect((await read(scan)).statusCode).toBe(401);
    // Another instrument may reuse a photo that is public already.
    expect(
      (await api.post('/api/v1/instruments', { ...instrumentBody(), photos: [photo] }, { as: p2.cookie })).statusCode,
    ).toBe(201);

    // A photo taken off the instrument is no longer public (the other instrument still shows the shared one).
    const own = await upload(p.cookie, PNG('旧照片'), 'image/png');
    const base = (await api.get(`/api/v1/instruments/${inst.id}`, { as: p.cookie })).json();
    const update = async (photos: string[]) =>
      api.put(`/api/v1/instruments/${inst.id}`, { ...instrumentBody(), name: base.name, photos }, { as: p.cookie });
    expect((await update([photo, own])).statusCode).toBe(200);
    expect((await read(own)).statusCode).toBe(200);
    expect((await update([photo])).statusCode).toBe(200);
    expect((await read(own)).statusCode).toBe(401);
    expect((await read(own, p.cookie)).headers['cache-control']).toBe('private, no-store');
  });
});

function instrumentBody() {
  return {
    name: `示例光谱仪${Math.random().toString(36).slice(2, 6)}`,
    category: 'microscopy',
    originalValue: 100_000_000,
    priceInternal: 10_000,
    priceExternal: 20_000,
    openingHours: {
      mon: [['08:30', '17:30']],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [],
    },
  };
}
