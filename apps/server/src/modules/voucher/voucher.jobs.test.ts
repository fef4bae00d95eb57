import { shanghaiInstant } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, providerWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { reconcile } from './ledger/reconcile.ts';
import { createPartnerVoucherApi } from './partner/partner-api.ts';
import { createRedemptionCodes } from './partner/redemption-code.ts';
import { expireVouchers, releaseStaleHolds, releaseStalePartnerHolds } from './voucher.jobs.ts';

const start = shanghaiInstant('2026-03-02', 9 * 60);
const clock = fixedClock(start);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

const api = client(() => t);

/** An eligible enterprise's 1万元 voucher of a scheme whose vouchers are valid for `months`, issued now. */
async function voucherFor(months: number) {
  const issuedAt = clock.now();
  const {
    organisations: [org],
    users: [user],
    voucherSchemes: [scheme],
    vouchers: [voucher],
  } = await seed(t, {
    organisations: [{ key: 'e', park: '高新区本部', tsmeRegNo: `J${Math.random()}` }],
    users: [{ role: 'enterprise', org: 'e', login: true }],
    voucherSchemes: [
      {
        key: 's',
        name: '示例到期测试券',
        budget: 10_000_000,
        perEnterpriseCap: 2_000_000,
        validityMonths: months,
        applyFrom: '2026-01-01',
        applyTo: '2026-12-31',
      },
    ],
    vouchers: [
      {
        scheme: 's',
        org: 'e',
        amount: 1_000_000,
        issuedAt,
        validUntil: new Date(new Date(issuedAt).setMonth(issuedAt.getMonth() + months)),
      },
    ],
  });
  return { voucherId: voucher.id, cookie: user.cookie, org, user, schemeId: scheme.id };
}

describe('scheduled voucher work', () => {
  it('expires vouchers past validity once, moving what is left to the expired account, even when runs overlap', async () => {
    const { voucherId, schemeId } = await voucherFor(1);
    expect(await expireVouchers(t.db, clock.now())).toBe(0);
    const later = new Date(start.getTime() + 40 * 86_400_000);
    const runs = await Promise.all([
      expireVouchers(t.db, later),
      expireVouchers(t.db, later),
      expireVouchers(t.db, later),
    ]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await expireVouchers(t.db, later)).toBe(0);
    const { rows } = await t.db.execute(sql`
      SELECT (SELECT status FROM vouchers WHERE id = ${voucherId}) AS status,
             (SELECT balance FROM ledger_accounts WHERE code = ${`voucher:${voucherId}`}) AS left,
             (SELECT balance FROM ledger_accounts WHERE code = ${`expired:${schemeId}`}) AS expired`);
    expect(rows[0]).toMatchObject({ status: 'expired' });
    expect(Number(rows[0]?.left)).toBe(0);
    expect(Number(rows[0]?.expired)).toBe(1_000_000);
    expect(await reconcile(t.db)).toEqual([]);
  });

  it('releases holds of orders not completed within the configured age and tells both sides', async () => {
    const { voucherId, cookie, user } = await voucherFor(12);
    const p = await providerWithUser(t);
    const {
      services: [svc],
    } = await seed(t, {
      services: [
        { provider: p.org, category: 'testing', title: '示例长期检测', pricing: 'quote', voucherEligible: true },
      ],
    });
    const order = (await api.post('/api/v1/orders', { serviceId: svc.id }, { as: cookie })).json();
    await api.post(`/api/v1/orders/${order.id}/quote`, { amount: 400_000 }, { as: p.cookie });
    await api.post(`/api/v1/orders/${order.id}/accept`, { vouchers: [voucherId] }, { as: cookie });
    expect(await releaseStaleHolds(t.db, new Date(start.getTime() + 89 * 86_400_000), 90)).toBe(0);
    const later = new Date(start.getTime() + 91 * 86_400_000);
    const runs = await Promise.all([releaseStaleHolds(t.db, later, 90), releaseStaleHolds(t.db, later, 90)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    const { rows } = await t.db.execute(sql`SELECT status FROM voucher_holds WHERE order_id = ${order.id}`);
    expect(rows.map((r) => r.status)).toEqual(['released']);
    const v = (await api.get(`/api/v1/vouchers/${voucherId}`, { as: await login(t, user.username) })).json();
    expect(v).toMatchObject({ balance: 1_000_000, held: 0 });
    const notes = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM notifications WHERE kind = 'voucher.hold_released' AND params->>'orderId' = ${String(order.id)}`,
    );
    expect(notes.rows[0]?.n).toBe(2);
    expect(await reconcile(t.db)).toEqual([]);
  });

  it('releases a partner region’s hold on our voucher that was neither confirmed nor released in time', async () => {
    const { voucherId, cookie } = await voucherFor(12);
    const { code } = (
      await api.post(`/api/v1/vouchers/${voucherId}/redemption-code`, undefined, { as: cookie })
    ).json();
    await t.db.execute(sql`
      INSERT INTO partner_regions (code, name, base_url, secret)
      VALUES ('stale-region', '示例伙伴区', 'http://127.0.0.1:9', 'a-shared-secret-of-the-two-regions-0123456789')
      ON CONFLICT (code) DO NOTHING`);
    const { rows } = await t.db.execute(sql`SELECT number FROM vouchers WHERE id = ${voucherId}`);
    const partnerApi = createPartnerVoucherApi({ db: t.db, clock, codes: createRedemptionCodes({ db: t.db, clock }) });
    const hold = (await t.db.transaction((tx) =>
      partnerApi.hold(tx, 'stale-region', {
        number: String(rows[0]?.number),
        code,
        amount: 300_000,
        orderRef: 'stale-region:order:1',
        category: 'testing',
      }),
    )) as { holdId: number };
    const balance = async () =>
      Number(
        (await t.db.execute(sql`SELECT balance FROM ledger_accounts WHERE code = ${`voucher:${voucherId}`}`)).rows[0]
          ?.balance,
      );
    expect(await balance()).toBe(700_000);
    expect(await releaseStalePartnerHolds(t.db, new Date(clock.now().getTime() + 89 * 86_400_000), 90)).toBe(0);
    const later = new Date(clock.now().getTime() + 91 * 86_400_000);
    const runs = await Promise.all([
      releaseStalePartnerHolds(t.db, later, 90),
      releaseStalePartnerHolds(t.db, later, 90),
    ]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await balance()).toBe(1_000_000);
    const { rows: h } = await t.db.execute(sql`SELECT status FROM interop_holds WHERE id = ${hold.holdId}`);
    expect(h[0]?.status).toBe('released');
    // The partner's late confirmation is refused: the hold is closed.
    await expect(
      t.db.transaction((tx) => partnerApi.confirm(tx, 'stale-region', { holdId: hold.holdId, amount: 100_000 })),
    ).rejects.toMatchObject({ code: 'interop.hold_closed' });
    expect(await reconcile(t.db)).toEqual([]);
  });
});
