import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerWithUser } from '../../../test/factories.ts';
import { cookieOf, createTestApp, type TestApp, uniqueName, uniqueUscc } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';

let t: TestApp;
let admins: { cookie: string }[];
let bystander: { cookie: string };
beforeAll(async () => {
  t = await createTestApp();
  const { users } = await seed(t, {
    organisations: [{ key: 'other' }],
    users: [
      { role: 'admin', login: true },
      { role: 'superadmin', login: true },
      { role: 'admin', status: 'disabled' },
      { role: 'enterprise', org: 'other', login: true },
    ],
  });
  admins = [users[0], users[1]] as { cookie: string }[];
  bystander = users[3] as { cookie: string };
});
afterAll(() => t.close());
const api = client(() => t);

type Note = { kind: string; params: Record<string, unknown>; link: string | null };
const notices = async (cookie: string, kind: string): Promise<Note[]> =>
  ((await api.get('/api/v1/notifications?pageSize=100', { as: cookie })).json().items as Note[]).filter(
    (n) => n.kind === kind,
  );

async function upload(cookie: string, text: string) {
  const res = await api.post('/api/v1/uploads?name=doc.pdf', Buffer.from(`%PDF-1.4 ${text}`), {
    as: cookie,
    headers: { 'content-type': 'application/pdf' },
  });
  return res.json().hash as string;
}

describe('administrators are told of work that waits for them', () => {
  it('a new registration notifies every active administrator, and no one else', async () => {
    const name = `示例通知注册${Math.random().toString(36).slice(2, 6)}`;
    const res = await api.post('/api/v1/auth/register', {
      username: uniqueName('ent'),
      password: 'Quiet-Harbour-Lamp-42',
      displayName: '示例用户',
      org: { name, uscc: uniqueUscc(), industry: 'C', industryChain: 'photovoltaic' },
    });
    expect(res.statusCode).toBe(201);
    const orgId = res.json().org.id as number;
    for (const a of admins)
      expect(await notices(a.cookie, 'org.registered')).toEqual([
        expect.objectContaining({ params: { orgId, name }, link: `/admin/orgs/${orgId}` }),
      ]);
    expect(await notices(bystander.cookie, 'org.registered')).toEqual([]);
    expect(await notices(cookieOf(res), 'org.registered')).toEqual([]);
  });

  it('a voucher application and a provider’s claim notify the administrators', async () => {
    const provider = await providerWithUser(t);
    const {
      users: [buyer],
      services: [svc],
      vouchers: [voucher],
      voucherSchemes: [scheme],
    } = await seed(t, {
      organisations: [{ key: 'e', park: '光伏产业园', tsmeRegNo: `2026140400${Math.floor(Math.random() * 1e6)}` }],
      users: [{ role: 'enterprise', org: 'e', login: true }],
      voucherSchemes: [{ key: 's', name: '示例通知测试券', budget: 50_000_000, perEnterpriseCap: 10_000_000 }],
      vouchers: [{ scheme: 's', org: 'e', amount: 5_000_000 }],
      services: [
        { provider: provider.org, category: 'testing', title: '示例通知检测', pricing: 'quote', voucherEligible: true },
      ],
    });
    const applied = await api.post(
      `/api/v1/voucher-schemes/${scheme.id}/applications`,
      { amount: 500_000, purpose: '委托检测' },
      { as: buyer.cookie },
    );
    expect(applied.statusCode, applied.body).toBe(201);
    for (const a of admins)
      expect(await notices(a.cookie, 'voucher.applied')).toEqual([
        expect.objectContaining({
          params: { applicationId: applied.json().id, scheme: '示例通知测试券', amount: 500_000 },
          link: '/admin/vouchers/applications?status=pending',
        }),
      ]);

    const order = (await api.post('/api/v1/orders', { serviceId: svc.id }, { as: buyer.cookie })).json();
    await api.post(`/api/v1/orders/${order.id}/quote`, { amount: 1_000_000 }, { as: provider.cookie });
    await api.post(`/api/v1/orders/${order.id}/accept`, { vouchers: [voucher.id] }, { as: buyer.cookie });
    await api.post(`/api/v1/orders/${order.id}/deliver`, { note: '报告' }, { as: provider.cookie });
    await api.post(`/api/v1/orders/${order.id}/accept-delivery`, undefined, { as: buyer.cookie });
    expect(await notices(admins[0]?.cookie as string, 'settlement.submitted')).toEqual([]);
    const claim = await api.post(
      '/api/v1/voucher-claims',
      {
        orderId: order.id,
        contractFile: await upload(provider.cookie, '合同'),
        invoiceFile: await upload(provider.cookie, '发票'),
        paymentProofFile: await upload(provider.cookie, '付款凭证'),
        resultFiles: [],
      },
      { as: provider.cookie },
    );
    expect(claim.statusCode, claim.body).toBeLessThan(300);
    for (const a of admins)
      expect(await notices(a.cookie, 'settlement.submitted')).toEqual([
        expect.objectContaining({
          params: { claimId: claim.json().id, orderId: order.id, amount: claim.json().amount },
          link: '/admin/vouchers/settlement?status=submitted',
        }),
      ]);
    expect(await notices(bystander.cookie, 'settlement.submitted')).toEqual([]);
    expect(await notices(provider.cookie, 'settlement.submitted')).toEqual([]);
  });
});
