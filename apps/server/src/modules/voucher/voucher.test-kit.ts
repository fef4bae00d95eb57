// Shared setup of the voucher tests: a scheme, an eligible enterprise, vouchers issued through the API, quoted orders.
import { expect } from 'vitest';
import type { TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { type ServiceSeed, seed } from '../../../test/seed.ts';

/** The voucher flows of one test file's app, acting as its administrator where the flow needs one. */
export function voucherKit(app: () => TestApp, adminCookie: () => string) {
  const api = client(app);
  const schemeInput = (o: Record<string, unknown> = {}) => ({
    year: 2026,
    name: '示例2026年度科技创新券',
    budget: 100_000_000, // 100万元
    perEnterpriseCap: 10_000_000, // 10万元
    coveragePercent: 50,
    amountMode: 'unit',
    unitAmount: 500_000, // 5000元
    validityMonths: 12,
    categories: ['testing', 'rnd', 'instrument'],
    applyFrom: '2026-01-01',
    applyTo: '2026-12-31',
    ...o,
  });

  async function openScheme(o: Record<string, unknown> = {}) {
    const s = (await api.post('/api/v1/voucher-schemes', schemeInput(o), { as: adminCookie() })).json();
    expect(s.id, JSON.stringify(s)).toBeGreaterThan(0);
    await api.post(`/api/v1/voucher-schemes/${s.id}/status`, { status: 'open' }, { as: adminCookie() });
    return s as { id: number };
  }

  /** An eligible enterprise (科技型中小企业 in a park) with a logged-in user. */
  async function eligibleEnterprise() {
    const {
      organisations: [org],
      users: [user],
    } = await seed(app(), {
      organisations: [{ key: 'e', park: '光伏产业园', tsmeRegNo: `2026140400${Math.floor(Math.random() * 1e6)}` }],
      users: [{ role: 'enterprise', org: 'e', login: true }],
    });
    return { org, user, cookie: user.cookie };
  }

  async function issue(schemeId: number, cookie: string, amount: number) {
    const a = (
      await api.post(
        `/api/v1/voucher-schemes/${schemeId}/applications`,
        { amount, purpose: '委托检测' },
        { as: cookie },
      )
    ).json();
    expect(a.status, JSON.stringify(a)).toBe('pending');
    const d = (
      await api.post(`/api/v1/voucher-applications/${a.id}/decision`, { decision: 'approve' }, { as: adminCookie() })
    ).json();
    return d.voucherId as number;
  }

  async function quotedOrder(
    buyerCookie: string,
    provider: { cookie: string; org: { id: number } },
    amount: number,
    o: Omit<ServiceSeed, 'provider'> = {},
  ) {
    const {
      services: [s],
    } = await seed(app(), {
      services: [
        {
          provider: provider.org,
          category: 'testing',
          title: '示例检测服务',
          pricing: 'quote',
          voucherEligible: true,
          ...o,
        },
      ],
    });
    const order = (await api.post('/api/v1/orders', { serviceId: s.id }, { as: buyerCookie })).json();
    await api.post(`/api/v1/orders/${order.id}/quote`, { amount }, { as: provider.cookie });
    return order.id as number;
  }
  return { openScheme, eligibleEnterprise, issue, quotedOrder };
}
