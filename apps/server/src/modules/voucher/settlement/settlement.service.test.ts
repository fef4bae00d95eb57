import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, providerWithUser } from '../../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/harness.ts';
import { client } from '../../../../test/request.ts';
import { seed } from '../../../../test/seed.ts';
import { reconcile } from '../ledger/reconcile.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());

const api = client(() => t);

async function upload(cookie: string, text: string) {
  const res = await api.post('/api/v1/uploads?name=doc.pdf', Buffer.from(`%PDF-1.4 ${text}`), {
    as: cookie,
    headers: { 'content-type': 'application/pdf' },
  });
  return res.json().hash as string;
}

/** A completed order of `amount` fen, half of it paid by a voucher. */
async function voucherPaidOrder(provider: { cookie: string; org: { id: number } }, amount: number) {
  const today = new Date().toISOString().slice(0, 10);
  const {
    users: [user],
    services: [svc],
    vouchers: [voucher],
  } = await seed(t, {
    organisations: [{ key: 'e', park: '光伏产业园', tsmeRegNo: `T${today}${Math.random()}` }],
    users: [{ role: 'enterprise', org: 'e', login: true }],
    voucherSchemes: [{ key: 's', name: '示例结算测试券', budget: 50_000_000, perEnterpriseCap: 10_000_000 }],
    vouchers: [{ scheme: 's', org: 'e', amount: 5_000_000 }],
    services: [
      { provider: provider.org, category: 'testing', title: '示例结算检测', pricing: 'quote', voucherEligible: true },
    ],
  });
  const buyer = user.cookie;
  const voucherId = voucher.id;
  const order = (await api.post('/api/v1/orders', { serviceId: svc.id }, { as: buyer })).json();
  await api.post(`/api/v1/orders/${order.id}/quote`, { amount }, { as: provider.cookie });
  await api.post(`/api/v1/orders/${order.id}/accept`, { vouchers: [voucherId] }, { as: buyer });
  await api.post(`/api/v1/orders/${order.id}/deliver`, { note: '报告' }, { as: provider.cookie });
  await api.post(`/api/v1/orders/${order.id}/accept-delivery`, undefined, { as: buyer });
  return order.id as number;
}

describe('settlement of voucher-paid orders', () => {
  it('runs claim → return → resubmit → approve → batch → export → paid, moving payable to paid', async () => {
    const p = await providerWithUser(t);
    const orderId = await voucherPaidOrder(p, 1_000_000);
    const claimable = (await api.get('/api/v1/voucher-claims/claimable', { as: p.cookie })).json().items;
    expect(claimable).toEqual([expect.objectContaining({ orderId, voucherPaid: 500_000 })]);
    const docs = {
      contractFile: await upload(p.cookie, '合同'),
      invoiceFile: await upload(p.cookie, '发票'),
      paymentProofFile: await upload(p.cookie, '付款凭证'),
      resultFiles: [await upload(p.cookie, '报告')],
    };
    const claim = (await api.post('/api/v1/voucher-claims', { orderId, ...docs }, { as: p.cookie })).json();
    expect(claim).toMatchObject({ status: 'submitted', amount: 500_000 });
    expect((await api.post('/api/v1/voucher-claims', { orderId, ...docs }, { as: p.cookie })).json().error.code).toBe(
      'settlement.duplicate',
    );
    expect(
      (await api.post(`/api/v1/voucher-claims/${claim.id}/review`, { decision: 'approve' }, { as: p.cookie }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await api.post(
          `/api/v1/voucher-claims/${claim.id}/review`,
          {
            decision: 'return',
            reason: '发票抬头有误',
          },
          { as: admin },
        )
      ).json().status,
    ).toBe('returned');
    const fixed = { ...docs, invoiceFile: await upload(p.cookie, '更正发票') };
    expect((await api.post(`/api/v1/voucher-claims/${claim.id}/resubmit`, fixed, { as: p.cookie })).json().status).toBe(
      'submitted',
    );
    expect(
      (await api.post(`/api/v1/voucher-claims/${claim.id}/review`, { decision: 'approve' }, { as: admin })).json()
        .status,
    ).toBe('approved');
    const batch = (
      await api.post('/api/v1/settlement-batches', { claimIds: [claim.id], note: '第一批' }, { as: admin })
    ).json();
    expect(batch.claims).toBe(1);
    const xlsx = await api.get(`/api/v1/settlement-batches/${batch.id}/export.xlsx`, { as: admin });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.getRow(2).getCell(7).value).toBe(5000); // 元
    const balance = async (code: string) =>
      Number((await t.db.execute(sql`SELECT balance FROM ledger_accounts WHERE code = ${code}`)).rows[0]?.balance ?? 0);
    expect(await balance(`payable:${p.org.id}`)).toBe(500_000);
    const paid = (
      await api.post(`/api/v1/settlement-batches/${batch.id}/paid`, { paymentRef: '示例转账0001' }, { as: admin })
    ).json();
    expect(paid).toMatchObject({ claims: 1, total: 500_000 });
    const batches = (await api.get('/api/v1/settlement-batches', { as: admin })).json().items;
    expect(batches[0]).toMatchObject({
      id: batch.id,
      status: 'paid',
      paymentRef: '示例转账0001',
      claims: 1,
      total: 500_000,
      providers: [p.org.name],
    });
    expect(await balance(`payable:${p.org.id}`)).toBe(0);
    expect(await balance(`paid:${p.org.id}`)).toBe(500_000);
    expect(
      (await api.post(`/api/v1/settlement-batches/${batch.id}/paid`, { paymentRef: 'again' }, { as: admin })).json()
        .error.code,
    ).toBe('settlement.batch_state');
    expect(await reconcile(t.db)).toEqual([]);
  });

  it("refuses another organisation's documents in a claim or its resubmission, and keeps claim files private", async () => {
    const p = await providerWithUser(t);
    const other = await providerWithUser(t);
    const orderId = await voucherPaidOrder(p, 600_000);
    const foreign = await upload(other.cookie, `他人发票 ${Math.random()}`);
    const own = {
      contractFile: await upload(p.cookie, `合同 ${Math.random()}`),
      invoiceFile: await upload(p.cookie, `发票 ${Math.random()}`),
      paymentProofFile: await upload(p.cookie, `付款凭证 ${Math.random()}`),
    };
    const refused = await api.post(
      '/api/v1/voucher-claims',
      { orderId, ...own, invoiceFile: foreign },
      { as: p.cookie },
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'upload.not_attachable', details: [{ hash: foreign }] });
    const { rows } = await t.db.execute(sql`SELECT count(*)::int AS n FROM voucher_claims WHERE order_id = ${orderId}`);
    expect(rows[0]?.n).toBe(0);
    expect((await api.get(`/api/v1/uploads/${foreign}`, { as: p.cookie })).statusCode).toBe(404);

    const claim = (await api.post('/api/v1/voucher-claims', { orderId, ...own }, { as: p.cookie })).json();
    expect(claim.status).toBe('submitted');
    const invoice = await api.get(`/api/v1/uploads/${own.invoiceFile}`, { as: admin });
    expect(invoice.statusCode).toBe(200);
    expect(invoice.headers['cache-control']).toBe('private, no-store');
    expect((await api.get(`/api/v1/uploads/${own.invoiceFile}`, { as: other.cookie })).statusCode).toBe(404);
    await api.post(
      `/api/v1/voucher-claims/${claim.id}/review`,
      { decision: 'return', reason: '发票有误' },
      { as: admin },
    );
    const resubmit = await api.post(
      `/api/v1/voucher-claims/${claim.id}/resubmit`,
      { ...own, invoiceFile: foreign },
      { as: p.cookie },
    );
    expect(resubmit.json().error.code).toBe('upload.not_attachable');
    const kept = (await api.get('/api/v1/voucher-claims?status=returned', { as: admin })).json();
    expect(kept.items.find((c: { id: number }) => c.id === claim.id)).toMatchObject({
      status: 'returned',
      invoiceFile: own.invoiceFile,
    });
  });

  it("refuses claims for another provider's order or without uploaded documents", async () => {
    const p = await providerWithUser(t);
    const other = await providerWithUser(t);
    const orderId = await voucherPaidOrder(p, 400_000);
    const doc = await upload(other.cookie, '文件');
    expect(
      (
        await api.post(
          '/api/v1/voucher-claims',
          {
            orderId,
            contractFile: doc,
            invoiceFile: doc,
            paymentProofFile: doc,
          },
          { as: other.cookie },
        )
      ).json().error.code,
    ).toBe('settlement.not_claimable');
    const fake = 'a'.repeat(64);
    expect(
      (
        await api.post(
          '/api/v1/voucher-claims',
          {
            orderId,
            contractFile: fake,
            invoiceFile: fake,
            paymentProofFile: fake,
          },
          { as: p.cookie },
        )
      ).json().error.code,
    ).toBe('settlement.missing_file');
    expect(
      (await api.post('/api/v1/settlement-batches', { claimIds: [999_999] }, { as: admin })).json().error.code,
    ).toBe('settlement.claim_state');
  });
});
