import type { WorkItem } from '@cz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../test/factories.ts';
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

/** The workbench as a map key → count, after checking that every item links somewhere. */
async function counts(cookie: string): Promise<Record<string, number>> {
  const res = await api.get('/api/v1/workbench', { as: cookie });
  expect(res.statusCode, res.body).toBe(200);
  const items = res.json().items as WorkItem[];
  expect(items.every((i) => i.link.startsWith('/'))).toBe(true);
  return Object.fromEntries(items.map((i) => [i.key, i.count]));
}

describe('the workbench: what waits for each role, counted by the module that owns it', () => {
  it('refuses anonymous callers', async () => {
    expect((await api.get('/api/v1/workbench')).statusCode).toBe(401);
  });

  it("walks an order, an application and a registration through, and every role's counts follow", async () => {
    const {
      organisations: [, waiting],
      users: [buyer],
      services: [svc],
    } = await seed(t, {
      organisations: [
        { key: 'e', park: '光伏产业园', tsmeRegNo: `2026140400${Math.floor(Math.random() * 1e6)}` },
        { key: 'w', status: 'pending', verifiedAt: null },
        { key: 'lab', kind: 'provider' },
      ],
      users: [{ role: 'enterprise', org: 'e', login: true }],
      services: [{ provider: 'lab', category: 'testing', title: '示例工作台检测', pricing: 'quote' }],
      voucherSchemes: [{ key: 's', applyFrom: '2020-01-01', applyTo: '2099-12-31', requireTsme: false }],
    });
    const provider = await seed(t, { users: [{ role: 'provider', org: svc.providerId, login: true }] }).then(
      (r) => r.users[0],
    );

    expect(await counts(admin)).toEqual({
      'org.verifications': 1,
      'ip.verifications': 0,
      'ip.cases': 0,
      'market.achievements': 0,
      'market.needs': 0,
      'market.registrations': 0,
      'cultivation.tasks': 0,
      'voucher.applications': 0,
      'voucher.claims': 0,
      'voucher.reimbursements': 0,
      'order.disputes': 0,
      'policy.applications': 0,
      'policy.fast_due': 0,
      'finance.products': 0,
      'finance.overdue': 0,
      'notification.unread': 0,
    });
    expect(await counts(buyer.cookie)).toEqual({
      'voucher.active': 0,
      'voucher.suggestions': 1,
      'order.quotes': 0,
      'order.deliveries': 0,
      'booking.confirmed': 0,
      'policy.fits': 0,
      'policy.fits_need_data': 0,
      'policy.returned': 0,
      'policy.auto_confirm': 0,
      'market.pushes': 0,
      'market.deals': 0,
      'market.registrations_returned': 0,
      'market.event_invitations': 0,
      'finance.needs_open': 0,
      'finance.cases_active': 0,
      'notification.unread': 0,
    });
    expect(await counts(provider.cookie)).toEqual({
      'voucher.claimable': 0,
      'voucher.returned': 0,
      'order.quotes': 0,
      'order.deliveries': 0,
      'order.requests': 0,
      'order.accepted': 0,
      'order.in_service': 0,
      'booking.approvals': 0,
      'booking.confirmed': 0,
      'notification.unread': 0,
    });

    // The administrator verifies the waiting organisation.
    await api.post(`/api/v1/orgs/${waiting.id}/verification`, { decision: 'verify' }, { as: admin });
    expect((await counts(admin))['org.verifications']).toBe(0);

    // The enterprise registers a patent: it waits for the administration's check until verified.
    const patent = await api.post(
      '/api/v1/ip/records',
      {
        kind: 'invention',
        number: '202310123456.6',
        title: '示例工作台发明',
        appliedOn: '2023-01-10',
        legalStatus: 'pending',
        acquisition: 'own',
      },
      { as: buyer.cookie },
    );
    expect(patent.statusCode, patent.body).toBe(201);
    expect((await counts(admin))['ip.verifications']).toBe(1);
    await api.post(
      `/api/v1/ip/records/${patent.json().id}/verification`,
      { decision: 'reject', reason: '示例：未上传证书' },
      { as: admin },
    );
    expect((await counts(admin))['ip.verifications']).toBe(0);

    // The enterprise applies for vouchers: the suggestion goes, the application waits for the administrator.
    const schemes = (await api.get('/api/v1/voucher-schemes', { as: buyer.cookie })).json();
    const schemeId = (schemes.items ?? schemes)[0].id as number;
    const applied = await api.post(
      `/api/v1/voucher-schemes/${schemeId}/applications`,
      { amount: 500_000, purpose: '委托检测' },
      { as: buyer.cookie },
    );
    expect(applied.statusCode, applied.body).toBe(201);
    expect(await counts(buyer.cookie)).toMatchObject({ 'voucher.suggestions': 0, 'voucher.active': 0 });
    expect(await counts(admin)).toMatchObject({ 'voucher.applications': 1, 'notification.unread': 1 });
    await api.post(
      `/api/v1/voucher-applications/${applied.json().id}/decision`,
      { decision: 'approve' },
      { as: admin },
    );
    expect((await counts(admin))['voucher.applications']).toBe(0);
    expect(await counts(buyer.cookie)).toMatchObject({ 'voucher.active': 1, 'voucher.suggestions': 0 });

    // An order: request (provider) → quote (buyer) → accepted, in service (provider) → delivered (buyer) → done.
    const order = (await api.post('/api/v1/orders', { serviceId: svc.id }, { as: buyer.cookie })).json();
    expect((await counts(provider.cookie))['order.requests']).toBe(1);
    await api.post(`/api/v1/orders/${order.id}/quote`, { amount: 100_000 }, { as: provider.cookie });
    expect((await counts(provider.cookie))['order.requests']).toBe(0);
    expect((await counts(buyer.cookie))['order.quotes']).toBe(1);
    await api.post(`/api/v1/orders/${order.id}/accept`, {}, { as: buyer.cookie });
    expect((await counts(buyer.cookie))['order.quotes']).toBe(0);
    expect((await counts(provider.cookie))['order.accepted']).toBe(1);
    await api.post(`/api/v1/orders/${order.id}/start`, undefined, { as: provider.cookie });
    expect(await counts(provider.cookie)).toMatchObject({ 'order.accepted': 0, 'order.in_service': 1 });

    // A dispute waits for the administrator until resolved.
    await api.post(`/api/v1/orders/${order.id}/dispute`, { note: '进度不符' }, { as: buyer.cookie });
    expect((await counts(admin))['order.disputes']).toBe(1);
    expect((await counts(provider.cookie))['order.in_service']).toBe(0);
    const resolved = await api.post(
      `/api/v1/orders/${order.id}/resolve`,
      { outcome: 'completed', note: '双方协商完成' },
      { as: admin },
    );
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect((await counts(admin))['order.disputes']).toBe(0);

    // A second order is delivered and waits for the buyer's acceptance.
    const second = (await api.post('/api/v1/orders', { serviceId: svc.id }, { as: buyer.cookie })).json();
    await api.post(`/api/v1/orders/${second.id}/quote`, { amount: 50_000 }, { as: provider.cookie });
    await api.post(`/api/v1/orders/${second.id}/accept`, {}, { as: buyer.cookie });
    await api.post(`/api/v1/orders/${second.id}/deliver`, { note: '检测报告' }, { as: provider.cookie });
    expect((await counts(buyer.cookie))['order.deliveries']).toBe(1);
    await api.post(`/api/v1/orders/${second.id}/accept-delivery`, undefined, { as: buyer.cookie });
    expect((await counts(buyer.cookie))['order.deliveries']).toBe(0);
  });
});
