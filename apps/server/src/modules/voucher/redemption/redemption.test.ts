import { shanghaiInstant } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, login, providerWithUser } from '../../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/harness.ts';
import { client } from '../../../../test/request.ts';
import { seed } from '../../../../test/seed.ts';
import { fixedClock } from '../../../kernel/clock.ts';
import { reconcile } from '../ledger/reconcile.ts';
import { voucherKit } from '../voucher.test-kit.ts';

const clock = fixedClock(shanghaiInstant('2026-03-02', 9 * 60));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());

const api = client(() => t);

const { openScheme, eligibleEnterprise, issue, quotedOrder } = voucherKit(
  () => t,
  () => admin,
);

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
    const affiliated = await providerWithUser(t);
    await api.post(
      `/api/v1/orgs/${e.org.id}/affiliations`,
      { orgId: affiliated.org.id, kind: 'co_built' },
      { as: admin },
    );
    expect((await tryAccept(await quotedOrder(e.cookie, affiliated, 100_000))).error.code).toBe(
      'voucher.related_party',
    );
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

  it('still refuses a related party after the enterprise asks to change its legal representative, and after approval', async () => {
    const s = await openScheme();
    const e = await eligibleEnterprise();
    const p = await providerWithUser(t);
    const voucherId = await issue(s.id, e.cookie, 500_000);
    // The administration verified both with one legal representative (a registration, an admin's edit).
    for (const org of [e.org, p.org]) {
      const current = (await api.get(`/api/v1/orgs/${org.id}`, { as: admin })).json();
      await api.put(`/api/v1/orgs/${org.id}`, { ...current, legalRep: '示例共同法人' }, { as: admin });
    }
    const accept = async (orderId: number) =>
      api.post(`/api/v1/orders/${orderId}/accept`, { vouchers: [voucherId] }, { as: e.cookie });
    const order = await quotedOrder(e.cookie, p, 100_000);
    expect((await accept(order)).json().error.code).toBe('voucher.related_party');

    // The enterprise's member names someone else: a request to the administration, which does not count yet.
    const mine = (await api.get(`/api/v1/orgs/${e.org.id}`, { as: e.cookie })).json();
    const edit = await api.put(`/api/v1/orgs/${e.org.id}`, { ...mine, legalRep: '示例新法人' }, { as: e.cookie });
    expect(edit.json().legalRep).toBe('示例共同法人');
    expect((await accept(order)).json().error.code).toBe('voucher.related_party');

    // Approved, the new representative is the verified one; the past one still makes them related parties.
    const [change] = (await api.get(`/api/v1/orgs/${e.org.id}/fact-changes`, { as: e.cookie })).json().items;
    await api.post(`/api/v1/org-fact-changes/${change.id}/decision`, { decision: 'approve' }, { as: admin });
    expect((await api.get(`/api/v1/orgs/${e.org.id}`, { as: e.cookie })).json().legalRep).toBe('示例新法人');
    const refused = await accept(order);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('voucher.related_party');

    // The same voucher pays a provider that never shared a legal representative with the enterprise.
    const stranger = await providerWithUser(t);
    expect((await accept(await quotedOrder(e.cookie, stranger, 100_000))).json().status).toBe('accepted');
    expect((await api.get(`/api/v1/orders/${order}`, { as: e.cookie })).json().status).toBe('quoted');
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
  }, 120_000); // 200 requests racing for one row: on two shared cores this can take longer than the default 30 s
});
