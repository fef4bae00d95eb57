import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../../test/factories.ts';
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
const upload = async (cookie: string, text: string) =>
  (
    await api.post('/api/v1/uploads', Buffer.from(`%PDF-1.4 ${text}`), {
      as: cookie,
      headers: { 'content-type': 'application/pdf' },
    })
  ).json().hash as string;

describe('通用 reimbursement', () => {
  it('holds the voucher share of what was paid elsewhere, returns it on rejection, owes and pays it on approval', async () => {
    const {
      organisations: [org],
      users: [user],
      vouchers: [voucher],
    } = await seed(t, {
      organisations: [{ key: 'e', park: '高新区本部', tsmeRegNo: 'R-TSME-1' }],
      users: [{ role: 'enterprise', org: 'e', login: true }],
      voucherSchemes: [
        { key: 's', name: '示例通用报销券', budget: 10_000_000, perEnterpriseCap: 5_000_000, coveragePercent: 40 },
      ],
      vouchers: [{ scheme: 's', org: 'e', amount: 1_000_000 }],
    });
    const cookie = user.cookie;
    const voucherId = voucher.id;
    const claim = async () => {
      const body = {
        region: '示例伙伴区',
        providerName: '示例异地检测所',
        category: 'testing',
        paidAmount: 500_000,
        invoiceFile: await upload(cookie, '发票'),
        paymentProofFile: await upload(cookie, '付款'),
      };
      return (await api.post(`/api/v1/vouchers/${voucherId}/reimbursements`, body, { as: cookie })).json();
    };
    const first = await claim();
    expect(first).toMatchObject({ status: 'submitted', amount: 200_000 }); // 40% of 5000元
    expect((await api.get(`/api/v1/vouchers/${voucherId}`, { as: cookie })).json().balance).toBe(800_000);
    expect(
      (await api.post(`/api/v1/voucher-reimbursements/${first.id}/decision`, { decision: 'approve' }, { as: cookie }))
        .statusCode,
    ).toBe(403);
    await api.post(
      `/api/v1/voucher-reimbursements/${first.id}/decision`,
      {
        decision: 'reject',
        reason: '票据不清晰',
      },
      { as: admin },
    );
    expect((await api.get(`/api/v1/vouchers/${voucherId}`, { as: cookie })).json().balance).toBe(1_000_000);
    const second = await claim();
    expect(
      (
        await api.post(`/api/v1/voucher-reimbursements/${second.id}/decision`, { decision: 'approve' }, { as: admin })
      ).json().status,
    ).toBe('approved');
    expect(
      (
        await api.post(`/api/v1/voucher-reimbursements/${second.id}/decision`, { decision: 'paid' }, { as: admin })
      ).json().status,
    ).toBe('paid');
    const { rows } = await t.db.execute(sql`SELECT balance FROM ledger_accounts WHERE code = ${`paid:e${org.id}`}`);
    expect(Number(rows[0]?.balance)).toBe(200_000);
    expect((await api.get(`/api/v1/vouchers/${voucherId}`, { as: cookie })).json().balance).toBe(800_000);
    const {
      users: [otherUser],
    } = await seed(t, { organisations: [{ key: 'o' }], users: [{ role: 'enterprise', org: 'o', login: true }] });
    const otherCookie = otherUser.cookie;
    const stolen = await api.post(
      `/api/v1/vouchers/${voucherId}/reimbursements`,
      {
        region: '示例区',
        providerName: '示例机构',
        category: 'testing',
        paidAmount: 100,
        invoiceFile: 'a'.repeat(64),
        paymentProofFile: 'a'.repeat(64),
      },
      { as: otherCookie },
    );
    expect(stolen.json().error.code).toBe('voucher.not_owner');
    expect(await reconcile(t.db)).toEqual([]);
  });
});
