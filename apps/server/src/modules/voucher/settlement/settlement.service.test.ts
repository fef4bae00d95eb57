import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, login, makeOrg, makeUser, providerWithUser } from '../../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/harness.ts';
import { reconcile } from '../ledger/reconcile.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());

const api = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: cookie ? { cookie } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function upload(cookie: string, text: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads?name=doc.pdf',
    payload: Buffer.from(`%PDF-1.4 ${text}`),
    headers: { cookie, 'content-type': 'application/pdf' },
  });
  return res.json().hash as string;
}

/** A completed order of `amount` fen, half of it paid by a voucher. */
async function voucherPaidOrder(provider: { cookie: string }, amount: number) {
  const today = new Date().toISOString().slice(0, 10);
  const scheme = (
    await api('POST', '/api/v1/voucher-schemes', admin, {
      year: 2026,
      name: '示例结算测试券',
      budget: 50_000_000,
      perEnterpriseCap: 10_000_000,
      coveragePercent: 50,
      amountMode: 'free',
      validityMonths: 12,
      categories: ['testing'],
      applyFrom: '2020-01-01',
      applyTo: '2099-12-31',
    })
  ).json();
  await api('POST', `/api/v1/voucher-schemes/${scheme.id}/status`, admin, { status: 'open' });
  const org = await makeOrg(t, { park: '光伏产业园', tsmeRegNo: `T${today}${Math.random()}` });
  const user = await makeUser(t, { role: 'enterprise', orgId: org.id });
  const buyer = await login(t, user.username);
  const app = (
    await api('POST', `/api/v1/voucher-schemes/${scheme.id}/applications`, buyer, {
      amount: 5_000_000,
      purpose: '检测',
    })
  ).json();
  const voucherId = (
    await api('POST', `/api/v1/voucher-applications/${app.id}/decision`, admin, { decision: 'approve' })
  ).json().voucherId;
  const svc = (
    await api('POST', '/api/v1/services', provider.cookie, {
      category: 'testing',
      title: '示例结算检测',
      pricing: 'quote',
      voucherEligible: true,
    })
  ).json();
  const order = (await api('POST', '/api/v1/orders', buyer, { serviceId: svc.id })).json();
  await api('POST', `/api/v1/orders/${order.id}/quote`, provider.cookie, { amount });
  await api('POST', `/api/v1/orders/${order.id}/accept`, buyer, { vouchers: [voucherId] });
  await api('POST', `/api/v1/orders/${order.id}/deliver`, provider.cookie, { note: '报告' });
  await api('POST', `/api/v1/orders/${order.id}/accept-delivery`, buyer);
  return order.id as number;
}

describe('settlement of voucher-paid orders', () => {
  it('runs claim → return → resubmit → approve → batch → export → paid, moving payable to paid', async () => {
    const p = await providerWithUser(t);
    const orderId = await voucherPaidOrder(p, 1_000_000);
    const claimable = (await api('GET', '/api/v1/voucher-claims/claimable', p.cookie)).json().items;
    expect(claimable).toEqual([expect.objectContaining({ orderId, voucherPaid: 500_000 })]);
    const docs = {
      contractFile: await upload(p.cookie, '合同'),
      invoiceFile: await upload(p.cookie, '发票'),
      paymentProofFile: await upload(p.cookie, '付款凭证'),
      resultFiles: [await upload(p.cookie, '报告')],
    };
    const claim = (await api('POST', '/api/v1/voucher-claims', p.cookie, { orderId, ...docs })).json();
    expect(claim).toMatchObject({ status: 'submitted', amount: 500_000 });
    expect((await api('POST', '/api/v1/voucher-claims', p.cookie, { orderId, ...docs })).json().error.code).toBe(
      'settlement.duplicate',
    );
    expect(
      (await api('POST', `/api/v1/voucher-claims/${claim.id}/review`, p.cookie, { decision: 'approve' })).statusCode,
    ).toBe(403);
    expect(
      (
        await api('POST', `/api/v1/voucher-claims/${claim.id}/review`, admin, {
          decision: 'return',
          reason: '发票抬头有误',
        })
      ).json().status,
    ).toBe('returned');
    const fixed = { ...docs, invoiceFile: await upload(p.cookie, '更正发票') };
    expect((await api('POST', `/api/v1/voucher-claims/${claim.id}/resubmit`, p.cookie, fixed)).json().status).toBe(
      'submitted',
    );
    expect(
      (await api('POST', `/api/v1/voucher-claims/${claim.id}/review`, admin, { decision: 'approve' })).json().status,
    ).toBe('approved');
    const batch = (
      await api('POST', '/api/v1/settlement-batches', admin, { claimIds: [claim.id], note: '第一批' })
    ).json();
    expect(batch.claims).toBe(1);
    const xlsx = await api('GET', `/api/v1/settlement-batches/${batch.id}/export.xlsx`, admin);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.getRow(2).getCell(7).value).toBe(5000); // 元
    const balance = async (code: string) =>
      Number((await t.db.execute(sql`SELECT balance FROM ledger_accounts WHERE code = ${code}`)).rows[0]?.balance ?? 0);
    expect(await balance(`payable:${p.org.id}`)).toBe(500_000);
    const paid = (
      await api('POST', `/api/v1/settlement-batches/${batch.id}/paid`, admin, { paymentRef: '示例转账0001' })
    ).json();
    expect(paid).toMatchObject({ claims: 1, total: 500_000 });
    const batches = (await api('GET', '/api/v1/settlement-batches', admin)).json().items;
    expect(batches[0]).toMatchObject({
      id: batch.id,
      status: 'paid',
      paymentRef: '示例转账0001',
      claims: 1,
      total: 500_000,
    });
    expect(await balance(`payable:${p.org.id}`)).toBe(0);
    expect(await balance(`paid:${p.org.id}`)).toBe(500_000);
    expect(
      (await api('POST', `/api/v1/settlement-batches/${batch.id}/paid`, admin, { paymentRef: 'again' })).json().error
        .code,
    ).toBe('settlement.batch_state');
    expect(await reconcile(t.db)).toEqual([]);
  });

  it("refuses claims for another provider's order or without uploaded documents", async () => {
    const p = await providerWithUser(t);
    const other = await providerWithUser(t);
    const orderId = await voucherPaidOrder(p, 400_000);
    const doc = await upload(other.cookie, '文件');
    expect(
      (
        await api('POST', '/api/v1/voucher-claims', other.cookie, {
          orderId,
          contractFile: doc,
          invoiceFile: doc,
          paymentProofFile: doc,
        })
      ).json().error.code,
    ).toBe('settlement.not_claimable');
    const fake = 'a'.repeat(64);
    expect(
      (
        await api('POST', '/api/v1/voucher-claims', p.cookie, {
          orderId,
          contractFile: fake,
          invoiceFile: fake,
          paymentProofFile: fake,
        })
      ).json().error.code,
    ).toBe('settlement.missing_file');
    expect((await api('POST', '/api/v1/settlement-batches', admin, { claimIds: [999_999] })).json().error.code).toBe(
      'settlement.claim_state',
    );
  });
});
