import { shanghaiInstant } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser, login, providerWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { type ServiceSeed, seed } from '../../../test/seed.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { reconcile } from './ledger/reconcile.ts';

const clock = fixedClock(shanghaiInstant('2026-03-02', 9 * 60));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());

const api = client(() => t);

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
  const s = (await api.post('/api/v1/voucher-schemes', schemeInput(o), { as: admin })).json();
  expect(s.id, JSON.stringify(s)).toBeGreaterThan(0);
  await api.post(`/api/v1/voucher-schemes/${s.id}/status`, { status: 'open' }, { as: admin });
  return s as { id: number };
}

/** An eligible enterprise (科技型中小企业 in a park) with a logged-in user. */
async function eligibleEnterprise() {
  const {
    organisations: [org],
    users: [user],
  } = await seed(t, {
    organisations: [{ key: 'e', park: '光伏产业园', tsmeRegNo: `2026140400${Math.floor(Math.random() * 1e6)}` }],
    users: [{ role: 'enterprise', org: 'e', login: true }],
  });
  return { org, user, cookie: user.cookie };
}

async function issue(schemeId: number, cookie: string, amount: number) {
  const a = (
    await api.post(`/api/v1/voucher-schemes/${schemeId}/applications`, { amount, purpose: '委托检测' }, { as: cookie })
  ).json();
  expect(a.status, JSON.stringify(a)).toBe('pending');
  const d = (
    await api.post(`/api/v1/voucher-applications/${a.id}/decision`, { decision: 'approve' }, { as: admin })
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
  } = await seed(t, {
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

describe('schemes, applications and issuance', () => {
  it('shows every reason an enterprise is not eligible', async () => {
    const s = await openScheme();
    const plain = await enterpriseWithUser(t); // no park, no 科技型中小企业 number
    const e = (await api.get(`/api/v1/voucher-schemes/${s.id}/eligibility?amount=700000`, { as: plain.cookie })).json();
    expect(e.eligible).toBe(false);
    expect(e.reasons).toEqual(
      expect.arrayContaining(['voucher.not_in_zone', 'voucher.not_tsme_or_tenant', 'voucher.not_whole_units']),
    );
    const refused = await api.post(
      `/api/v1/voucher-schemes/${s.id}/applications`,
      {
        amount: 500_000,
        purpose: '检测',
      },
      { as: plain.cookie },
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual(expect.arrayContaining(['voucher.not_in_zone']));
  });

  it('counts an incubator tenant as eligible', async () => {
    const s = await openScheme();
    const {
      users: [u],
    } = await seed(t, {
      organisations: [
        { key: 'incubator', kind: 'incubator' },
        { key: 'tenant', park: '高新区本部' },
      ],
      incubatorTenancies: [{ incubator: 'incubator', tenant: 'tenant', since: '2025-01-01' }],
      users: [{ role: 'enterprise', org: 'tenant', login: true }],
    });
    const e = (await api.get(`/api/v1/voucher-schemes/${s.id}/eligibility`, { as: u.cookie })).json();
    expect(e).toMatchObject({ eligible: true, reasons: [], remainingCap: 10_000_000 });
  });

  it('issues a voucher on approval (possibly less), publishes it, and keeps to the cap per enterprise', async () => {
    const s = await openScheme();
    const e = await eligibleEnterprise();
    const a = (
      await api.post(
        `/api/v1/voucher-schemes/${s.id}/applications`,
        {
          amount: 8_000_000,
          purpose: '研发检测',
        },
        { as: e.cookie },
      )
    ).json();
    expect(
      (
        await api.post(
          `/api/v1/voucher-schemes/${s.id}/applications`,
          {
            amount: 500_000,
            purpose: '再申请',
          },
          { as: e.cookie },
        )
      ).json().error.code,
    ).toBe('voucher.duplicate_application'); // one pending application at a time
    expect(
      (await api.post(`/api/v1/voucher-applications/${a.id}/decision`, { decision: 'approve' }, { as: e.cookie }))
        .statusCode,
    ).toBe(403);
    const d = (
      await api.post(
        `/api/v1/voucher-applications/${a.id}/decision`,
        {
          decision: 'approve',
          amount: 6_000_000,
        },
        { as: admin },
      )
    ).json();
    expect(d).toMatchObject({ status: 'approved', approvedAmount: 6_000_000 });
    const v = (await api.get(`/api/v1/vouchers/${d.voucherId}`, { as: e.cookie })).json();
    expect(v).toMatchObject({ amount: 6_000_000, balance: 6_000_000, status: 'active', coveragePercent: 50 });
    expect(v.number).toMatch(/^CXQ-2026-\d{3}-\d{6}$/);
    expect(new Date(v.validUntil).getTime()).toBeGreaterThan(clock.now().getTime() + 360 * 86_400_000);
    const awards = (await api.get(`/api/v1/voucher-schemes/${s.id}/awards`)).json();
    expect(awards.items).toEqual([expect.objectContaining({ orgName: e.org.name, amount: 6_000_000 })]);
    const more = (await api.get(`/api/v1/voucher-schemes/${s.id}/eligibility?amount=5000000`, { as: e.cookie })).json();
    expect(more.reasons).toContain('voucher.over_cap');
    expect(more.remainingCap).toBe(4_000_000);
  });

  it('lets an enterprise withdraw its pending application and exports lists to Excel', async () => {
    const s = await openScheme();
    const e = await eligibleEnterprise();
    const a = (
      await api.post(
        `/api/v1/voucher-schemes/${s.id}/applications`,
        { amount: 500_000, purpose: '检测' },
        { as: e.cookie },
      )
    ).json();
    const other = await eligibleEnterprise();
    expect(
      (await api.post(`/api/v1/voucher-applications/${a.id}/withdraw`, undefined, { as: other.cookie })).statusCode,
    ).toBe(404);
    expect(
      (await api.post(`/api/v1/voucher-applications/${a.id}/withdraw`, undefined, { as: e.cookie })).json().status,
    ).toBe('withdrawn');
    expect(
      (await api.post(`/api/v1/voucher-applications/${a.id}/withdraw`, undefined, { as: e.cookie })).json().error.code,
    ).toBe('voucher.application_state');
    // withdrawn, so a new application is possible
    expect(
      (
        await api.post(
          `/api/v1/voucher-schemes/${s.id}/applications`,
          {
            amount: 500_000,
            purpose: '再次申请',
          },
          { as: e.cookie },
        )
      ).statusCode,
    ).toBe(201);
    const xlsx = await api.get(`/api/v1/voucher-applications/export.xlsx?scope=all&schemeId=${s.id}`, { as: admin });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await api.get('/api/v1/voucher-applications/export.xlsx?scope=all', { as: e.cookie })).statusCode).toBe(
      403,
    );
    expect((await api.get('/api/v1/vouchers/export.xlsx', { as: e.cookie })).statusCode).toBe(200);
  });

  it('never issues more than the budget, even when approvals race', async () => {
    const s = await openScheme({ budget: 2_000_000, perEnterpriseCap: 500_000 }); // room for 4 vouchers of 5000元
    const apps: number[] = [];
    for (let i = 0; i < 10; i++) {
      const e = await eligibleEnterprise();
      apps.push(
        (
          await api.post(
            `/api/v1/voucher-schemes/${s.id}/applications`,
            {
              amount: 500_000,
              purpose: '检测',
            },
            { as: e.cookie },
          )
        ).json().id,
      );
    }
    const results = await Promise.all(
      apps.map((id) => api.post(`/api/v1/voucher-applications/${id}/decision`, { decision: 'approve' }, { as: admin })),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(4);
    expect(
      results.filter((r) => r.statusCode === 409).every((r) => r.json().error.code === 'voucher.budget_exceeded'),
    ).toBe(true);
    const scheme = (await api.get(`/api/v1/voucher-schemes/${s.id}`, { as: admin })).json();
    expect(scheme).toMatchObject({ remaining: 0, issued: 2_000_000 });
    expect(await reconcile(t.db)).toEqual([]);
  });
});

describe('paying with vouchers', () => {
  it('holds the covered share on acceptance, pays the provider on completion and releases on cancellation', async () => {
    const s = await openScheme();
    const e = await eligibleEnterprise();
    const p = await providerWithUser(t);
    const voucherId = await issue(s.id, e.cookie, 1_000_000); // 1万元
    const first = await quotedOrder(e.cookie, p, 600_000); // 6000元: the voucher pays 50% = 3000元
    expect(
      (await api.post(`/api/v1/orders/${first}/accept`, { vouchers: [voucherId] }, { as: e.cookie })).json().status,
    ).toBe('accepted');
    expect((await api.get(`/api/v1/vouchers/${voucherId}`, { as: e.cookie })).json()).toMatchObject({
      balance: 700_000,
      held: 300_000,
    });
    expect((await api.get(`/api/v1/orders/${first}`, { as: p.cookie })).json().vouchers).toEqual([
      expect.objectContaining({ amount: 300_000, status: 'held', region: null }),
    ]);
    await api.post(`/api/v1/orders/${first}/deliver`, { note: '已出报告' }, { as: p.cookie });
    await api.post(`/api/v1/orders/${first}/accept-delivery`, undefined, { as: e.cookie });
    expect((await api.get(`/api/v1/vouchers/${voucherId}`, { as: e.cookie })).json()).toMatchObject({
      balance: 700_000,
      held: 0,
      spent: 300_000,
    });

    const second = await quotedOrder(e.cookie, p, 2_000_000); // 50% = 1万元 but only 7000元 left
    await api.post(`/api/v1/orders/${second}/accept`, { vouchers: [voucherId] }, { as: e.cookie });
    expect((await api.get(`/api/v1/vouchers/${voucherId}`, { as: e.cookie })).json()).toMatchObject({
      balance: 0,
      held: 700_000,
    });
    await api.post(`/api/v1/orders/${second}/cancel`, { reason: '取消委托' }, { as: e.cookie });
    expect((await api.get(`/api/v1/vouchers/${voucherId}`, { as: e.cookie })).json()).toMatchObject({
      balance: 700_000,
      held: 0,
      spent: 300_000,
    });
    const { rows } = await t.db.execute(sql`SELECT balance FROM ledger_accounts WHERE code = ${`payable:${p.org.id}`}`);
    expect(Number(rows[0]?.balance)).toBe(300_000);
    const report = (await api.get('/api/v1/voucher-reports?year=2026', { as: admin })).json();
    expect(report.byProvider).toEqual(
      expect.arrayContaining([{ name: p.org.name, redeemed: 300_000, contractValue: 600_000 }]),
    );
    expect(report.smesSupported).toBeGreaterThanOrEqual(1);
    expect(report.progress.smesSupported).toBeGreaterThanOrEqual(1);
    expect((await api.get('/api/v1/voucher-reports?year=2026', { as: e.cookie })).statusCode).toBe(403);
    const xlsx = await api.get('/api/v1/voucher-reports.xlsx?year=2026', { as: admin });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(await reconcile(t.db)).toEqual([]);
  });

  it('refuses related parties, ineligible categories and services, other organisations’ and expired vouchers, changing nothing', async () => {
    const s = await openScheme();
    const e = await eligibleEnterprise();
    const p = await providerWithUser(t);
    const voucherId = await issue(s.id, e.cookie, 500_000);
    const tryAccept = async (orderId: number, cookie = e.cookie) =>
      (await api.post(`/api/v1/orders/${orderId}/accept`, { vouchers: [voucherId] }, { as: cookie })).json();
    expect((await tryAccept(await quotedOrder(e.cookie, p, 100_000, { category: 'ip' }))).error.code).toBe(
      'voucher.ineligible_category',
    );
    expect((await tryAccept(await quotedOrder(e.cookie, p, 100_000, { voucherEligible: false }))).error.code).toBe(
      'voucher.ineligible_service',
    );
    await t.db.execute(sql`UPDATE organisations SET legal_rep = '示例同一法人' WHERE id IN (${e.org.id}, ${p.org.id})`);
    const related = await quotedOrder(e.cookie, p, 100_000);
    expect((await tryAccept(related)).error.code).toBe('voucher.related_party');
    await t.db.execute(sql`UPDATE organisations SET legal_rep = NULL WHERE id = ${p.org.id}`);
    await api.post(`/api/v1/orgs/${e.org.id}/affiliations`, { orgId: p.org.id, kind: 'co_built' }, { as: admin });
    expect((await tryAccept(related)).error.code).toBe('voucher.related_party');
    const other = await eligibleEnterprise();
    const theirs = await quotedOrder(other.cookie, p, 100_000);
    expect((await tryAccept(theirs, other.cookie)).error.code).toBe('voucher.not_owner');
    const p2 = await providerWithUser(t);
    const late = await quotedOrder(e.cookie, p2, 100_000);
    clock.advance(400 * 86_400_000);
    try {
      expect((await tryAccept(late, await login(t, e.user.username))).error.code).toBe('voucher.expired');
    } finally {
      clock.set(shanghaiInstant('2026-03-02', 9 * 60));
    }
    expect((await api.get(`/api/v1/vouchers/${voucherId}`, { as: e.cookie })).json()).toMatchObject({
      balance: 500_000,
      held: 0,
    });
    expect((await api.get(`/api/v1/orders/${late}`, { as: e.cookie })).json().status).toBe('quoted');
  });

  it('never deadlocks into a 500 when two acceptances name the same vouchers in opposite order', async () => {
    const s = await openScheme({ perEnterpriseCap: 10_000_000 });
    const e = await eligibleEnterprise();
    const p = await providerWithUser(t);
    for (let round = 0; round < 3; round++) {
      const a = await issue(s.id, e.cookie, 500_000); // 5000元 each
      const b = await issue(s.id, e.cookie, 500_000);
      // 1.2万元 orders: the vouchers pay 50% = 6000元, so each acceptance needs both of them.
      const first = await quotedOrder(e.cookie, p, 1_200_000);
      const second = await quotedOrder(e.cookie, p, 1_200_000);
      const results = await Promise.all([
        api.post(`/api/v1/orders/${first}/accept`, { vouchers: [a, b] }, { as: e.cookie }),
        api.post(`/api/v1/orders/${second}/accept`, { vouchers: [b, a] }, { as: e.cookie }),
      ]);
      for (const r of results) expect([200, 409], r.body).toContain(r.statusCode);
      expect(results.filter((r) => r.statusCode === 200).length).toBeGreaterThanOrEqual(1);
    }
    expect(await reconcile(t.db)).toEqual([]);
  });

  it('lets 200 simultaneous acceptances against one voucher never overdraw it; each hold is recorded once and the ledger reconciles', async () => {
    const s = await openScheme({ perEnterpriseCap: 10_000_000 });
    const e = await eligibleEnterprise();
    const p = await providerWithUser(t);
    const voucherId = await issue(s.id, e.cookie, 1_000_000); // 1万元
    const {
      services: [sv],
    } = await seed(t, {
      services: [
        { provider: p.org, category: 'testing', title: '示例并发检测', pricing: 'quote', voucherEligible: true },
      ],
    });
    const orderIds: number[] = [];
    for (let i = 0; i < 200; i++) {
      const o = (await api.post('/api/v1/orders', { serviceId: sv.id }, { as: e.cookie })).json();
      await api.post(`/api/v1/orders/${o.id}/quote`, { amount: 30_000 }, { as: p.cookie }); // 300元: the voucher pays 150元 each
      orderIds.push(o.id);
    }
    const results = await Promise.all(
      orderIds.map((id) => api.post(`/api/v1/orders/${id}/accept`, { vouchers: [voucherId] }, { as: e.cookie })),
    );
    const ok = results.filter((r) => r.statusCode === 200);
    const exhausted = results.filter((r) => r.statusCode === 409);
    expect(ok.length + exhausted.length).toBe(200);
    expect(
      exhausted.every((r) => ['voucher.exhausted', 'voucher.insufficient_balance'].includes(r.json().error.code)),
    ).toBe(true);
    const holds = await t.db.execute(
      sql`SELECT order_id, amount FROM voucher_holds WHERE voucher_id = ${voucherId} AND status = 'held'`,
    );
    // 1万元 covers 66 orders at 150元 and 100元 of a 67th
    expect(holds.rows).toHaveLength(ok.length);
    expect(ok.length).toBe(67);
    expect(new Set(holds.rows.map((r) => r.order_id)).size).toBe(holds.rows.length);
    expect(holds.rows.reduce((n, r) => n + Number(r.amount), 0)).toBe(1_000_000);
    expect((await api.get(`/api/v1/vouchers/${voucherId}`, { as: e.cookie })).json()).toMatchObject({
      balance: 0,
      held: 1_000_000,
    });
    expect(await reconcile(t.db)).toEqual([]);
  });
});
