import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser, makeInstrument } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';

// Migration 0015 must give files uploaded and attached before it the holders and attachments the platform writes now:
// records are made through the API, the two tables are dropped, and the migration is run again over what is left.

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

const MIGRATION = new URL('../../../migrations/0015_upload_access.sql', import.meta.url);

async function upload(cookie: string, body: Buffer, type = 'application/pdf') {
  const res = await api.post('/api/v1/uploads?name=doc', body, { as: cookie, headers: { 'content-type': type } });
  expect(res.statusCode).toBe(201);
  return res.json().hash as string;
}
const pdf = (text: string) => Buffer.from(`%PDF-1.4 ${text} ${Math.random()}`);
const png = (text: string) =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(`${text} ${Math.random()}`),
  ]);

const snapshot = async () => ({
  holders: (await t.db.execute(sql`SELECT hash, user_id, org_id FROM upload_holders ORDER BY hash, user_id`)).rows,
  attachments: (
    await t.db.execute(sql`
      SELECT hash, record_kind, record_id, org_ids::int[] AS org_ids, public FROM upload_attachments
      ORDER BY record_kind, record_id, hash`)
  ).rows,
});

describe('migration 0015', () => {
  it("gives existing uploads their uploaders and existing attachments their records' parties", async () => {
    const {
      organisations: [ent, lab],
      users: [buyer, provider],
      services: [svc],
      vouchers: [voucher],
    } = await seed(t, {
      organisations: [
        { key: 'e', park: '光伏产业园', tsmeRegNo: `M-${Math.random()}` },
        { key: 'p', kind: 'provider' },
      ],
      users: [
        { role: 'enterprise', org: 'e', login: true },
        { role: 'provider', org: 'p', login: true },
      ],
      voucherSchemes: [
        { key: 's', name: '示例迁移测试券', budget: 50_000_000, perEnterpriseCap: 10_000_000, coveragePercent: 50 },
      ],
      vouchers: [{ scheme: 's', org: 'e', amount: 5_000_000 }],
      services: [
        { provider: 'p', category: 'testing', title: '示例迁移检测', pricing: 'quote', voucherEligible: true },
      ],
    });
    // An order delivered with a report, paid half by the voucher, then claimed by the provider.
    const order = (await api.post('/api/v1/orders', { serviceId: svc.id }, { as: buyer.cookie })).json();
    await api.post(`/api/v1/orders/${order.id}/quote`, { amount: 400_000 }, { as: provider.cookie });
    await api.post(`/api/v1/orders/${order.id}/accept`, { vouchers: [voucher.id] }, { as: buyer.cookie });
    const report = await upload(provider.cookie, pdf('报告'));
    const delivered = await api.post(
      `/api/v1/orders/${order.id}/deliver`,
      { note: '报告', files: [report] },
      { as: provider.cookie },
    );
    expect(delivered.statusCode).toBe(200);
    await api.post(`/api/v1/orders/${order.id}/accept-delivery`, undefined, { as: buyer.cookie });
    const claim = await api.post(
      '/api/v1/voucher-claims',
      {
        orderId: order.id,
        contractFile: await upload(provider.cookie, pdf('合同')),
        invoiceFile: await upload(provider.cookie, pdf('发票')),
        paymentProofFile: await upload(provider.cookie, pdf('付款凭证')),
        resultFiles: [report],
      },
      { as: provider.cookie },
    );
    expect(claim.statusCode).toBe(201);
    // A reimbursement claim of the enterprise and an instrument photo of the provider.
    const reimbursement = await api.post(
      `/api/v1/vouchers/${voucher.id}/reimbursements`,
      {
        region: '示例伙伴区',
        providerName: '示例异地检测所',
        category: 'testing',
        paidAmount: 100_000,
        invoiceFile: await upload(buyer.cookie, pdf('报销发票')),
        paymentProofFile: await upload(buyer.cookie, pdf('报销付款')),
      },
      { as: buyer.cookie },
    );
    expect(reimbursement.statusCode).toBe(201);
    const photo = await upload(provider.cookie, png('仪器照片'), 'image/png');
    await makeInstrument(t, provider.cookie, { photos: [photo] });
    // An upload attached to nothing stays its uploader's.
    await upload(admin, pdf('管理员文件'));
    // Before the fix a provider could name another enterprise's invoice in its delivery: such a hash grants nothing.
    const victim = await enterpriseWithUser(t);
    const stolen = await upload(victim.cookie, pdf('他人发票'));
    await t.db.execute(sql`
      UPDATE service_orders SET delivery_files = delivery_files || ${stolen}::text WHERE id = ${order.id}`);

    const live = await snapshot();
    expect(live.attachments.map((a) => a.record_kind).sort()).toEqual([
      'instrument_photo',
      'order_delivery',
      'voucher_claim',
      'voucher_claim',
      'voucher_claim',
      'voucher_claim',
      'voucher_reimbursement',
      'voucher_reimbursement',
    ]);
    expect(live.holders).toContainEqual({ hash: report, user_id: provider.id, org_id: lab?.id });
    expect(live.attachments).toContainEqual({
      hash: report,
      record_kind: 'order_delivery',
      record_id: order.id,
      org_ids: [ent?.id, lab?.id],
      public: false,
    });

    await t.db.transaction(async (tx) => {
      await tx.execute(sql`DROP TABLE upload_attachments, upload_holders`);
      await tx.execute(sql.raw(await readFile(MIGRATION, 'utf8')));
      // What later migrations add to these tables, so that today's code reads them (0025: public from a set time).
      await tx.execute(sql`ALTER TABLE upload_attachments ADD COLUMN public_from timestamptz`);
    });
    expect(await snapshot()).toEqual(live);
    expect((await api.get(`/api/v1/uploads/${report}`, { as: buyer.cookie })).statusCode).toBe(200);
    expect((await api.get(`/api/v1/uploads/${stolen}`, { as: provider.cookie })).statusCode).toBe(404);
    expect((await api.get(`/api/v1/uploads/${stolen}`, { as: victim.cookie })).statusCode).toBe(200);
    expect((await api.get(`/api/v1/uploads/${photo}`)).headers['cache-control']).toContain('public');
  });
});
