import { shanghaiInstant } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, login, providerWithUser, seedInstrument } from '../../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/harness.ts';
import { client } from '../../../../test/request.ts';
import { fixedClock } from '../../../kernel/clock.ts';
import { reconcile } from '../ledger/reconcile.ts';
import { voucherKit } from '../voucher.test-kit.ts';

// Monday 2026-03-02 08:00 in Shanghai.
const clock = fixedClock(shanghaiInstant('2026-03-02', 8 * 60));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());

const api = client(() => t);
const { openScheme, eligibleEnterprise, issue } = voucherKit(
  () => t,
  () => admin,
);
const at = (date: string, hm: string) => {
  const [h, m] = hm.split(':').map(Number) as [number, number];
  return shanghaiInstant(date, h * 60 + m).toISOString();
};
const book = (cookie: string, instrumentId: number, date: string, from: string, to: string, vouchers?: number[]) =>
  api.post(
    '/api/v1/bookings',
    { instrumentId, start: at(date, from), end: at(date, to), purpose: '示例检测', ...(vouchers ? { vouchers } : {}) },
    { as: cookie },
  );
const voucher = async (cookie: string, id: number) => (await api.get(`/api/v1/vouchers/${id}`, { as: cookie })).json();
const order = async (cookie: string, id: number) => (await api.get(`/api/v1/orders/${id}`, { as: cookie })).json();

/** A provider with two voucher-eligible instruments at 400 元/h external: one booked at once, one on approval. */
async function lab() {
  const p = await providerWithUser(t);
  const instant = await seedInstrument(t, p, { approvalRequired: false, voucherEligible: true });
  const approval = await seedInstrument(t, p, { voucherEligible: true });
  return { p, instant, approval };
}

describe('paying for a booking with vouchers in the booking form', () => {
  it('books an instant instrument with a voucher: booking confirmed, order accepted, the covered share held', async () => {
    const s = await openScheme();
    const e = await eligibleEnterprise();
    const { p, instant } = await lab();
    const v = await issue(s.id, e.cookie, 500_000);
    const res = await book(e.cookie, instant.id, '2026-03-03', '10:00', '12:00', [v]); // 800元: the voucher pays 400元
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().status).toBe('confirmed');
    const o = await order(e.cookie, res.json().orderId);
    expect(o).toMatchObject({ status: 'accepted', amount: 80_000 });
    expect(o.vouchers).toEqual([expect.objectContaining({ amount: 40_000, status: 'held', region: null })]);
    expect(await voucher(e.cookie, v)).toMatchObject({ balance: 460_000, held: 40_000 });
    // Cancelling gives the share back.
    await api.post(`/api/v1/bookings/${res.json().id}/cancel`, { reason: '计划变更' }, { as: e.cookie });
    expect(await voucher(e.cookie, v)).toMatchObject({ balance: 500_000, held: 0 });
    expect((await order(p.cookie, res.json().orderId)).status).toBe('cancelled');
    expect(await reconcile(t.db)).toEqual([]);
  });

  it('holds the vouchers of a request at booking; approval accepts the order with them, no accept step left', async () => {
    const s = await openScheme();
    const e = await eligibleEnterprise();
    const { p, approval } = await lab();
    const v = await issue(s.id, e.cookie, 500_000);
    const bk = (await book(e.cookie, approval.id, '2026-03-03', '10:00', '11:00', [v])).json();
    expect(bk.status).toBe('pending');
    expect(await order(e.cookie, bk.orderId)).toMatchObject({ status: 'requested', amount: 40_000 });
    expect(await voucher(e.cookie, v)).toMatchObject({ balance: 480_000, held: 20_000 });
    const approved = await api.post(`/api/v1/bookings/${bk.id}/approve`, undefined, { as: p.cookie });
    expect(approved.json().status).toBe('confirmed');
    const o = await order(e.cookie, bk.orderId);
    expect(o).toMatchObject({ status: 'accepted', amount: 40_000 });
    expect(o.vouchers).toEqual([expect.objectContaining({ amount: 20_000, status: 'held' })]);
    const again = await api.post(`/api/v1/orders/${bk.orderId}/accept`, { vouchers: [v] }, { as: e.cookie });
    expect(again.json().error.code).toBe('order.bad_transition');
    expect(await voucher(e.cookie, v)).toMatchObject({ balance: 480_000, held: 20_000 });
    // Used and accepted: the voucher pays its share of the fee.
    clock.set(new Date(at('2026-03-03', '11:00')));
    try {
      const provider = await login(t, p.user.username);
      const buyer = await login(t, e.user.username);
      const usage = await api.post(
        `/api/v1/bookings/${bk.id}/usage`,
        { actualStart: at('2026-03-03', '10:00'), actualEnd: at('2026-03-03', '11:00') },
        { as: provider },
      );
      expect(usage.statusCode, usage.body).toBe(200);
      await api.post(`/api/v1/orders/${bk.orderId}/accept-delivery`, undefined, { as: buyer });
      expect(await voucher(buyer, v)).toMatchObject({ balance: 480_000, held: 0, spent: 20_000 });
    } finally {
      clock.set(shanghaiInstant('2026-03-02', 8 * 60));
    }
    expect(await reconcile(t.db)).toEqual([]);
  });

  it('releases the vouchers of a rejected request, and moves them with a rescheduled booking', async () => {
    const s = await openScheme();
    const e = await eligibleEnterprise();
    const { p, instant, approval } = await lab();
    const v = await issue(s.id, e.cookie, 500_000);
    const asked = (await book(e.cookie, approval.id, '2026-03-04', '10:00', '11:00', [v])).json();
    expect(await voucher(e.cookie, v)).toMatchObject({ held: 20_000 });
    await api.post(`/api/v1/bookings/${asked.id}/reject`, { reason: '设备需校准' }, { as: p.cookie });
    expect(await voucher(e.cookie, v)).toMatchObject({ balance: 500_000, held: 0 });
    expect((await order(e.cookie, asked.orderId)).vouchers).toEqual([
      expect.objectContaining({ amount: 20_000, status: 'released' }),
    ]);

    const bk = (await book(e.cookie, instant.id, '2026-03-04', '10:00', '11:00', [v])).json();
    expect(await voucher(e.cookie, v)).toMatchObject({ held: 20_000 });
    const moved = await api.post(
      `/api/v1/bookings/${bk.id}/reschedule`,
      { start: at('2026-03-05', '10:00'), end: at('2026-03-05', '12:00') },
      { as: e.cookie },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    // The old hold returned, a new one covers half of the new estimate of 800元.
    expect(await order(e.cookie, bk.orderId)).toMatchObject({ status: 'accepted', amount: 80_000 });
    expect(await voucher(e.cookie, v)).toMatchObject({ balance: 460_000, held: 40_000 });
    // Naming no vouchers when moving pays the new time in full.
    const movedBare = await api.post(
      `/api/v1/bookings/${moved.json().id}/reschedule`,
      { start: at('2026-03-06', '10:00'), end: at('2026-03-06', '11:00'), vouchers: [] },
      { as: e.cookie },
    );
    expect(movedBare.statusCode, movedBare.body).toBe(200);
    expect(await voucher(e.cookie, v)).toMatchObject({ balance: 500_000, held: 0 });
    expect(await reconcile(t.db)).toEqual([]);
  });

  it('never holds more than a voucher has, and refuses a voucher that may not pay, booking nothing', async () => {
    const s = await openScheme({ amountMode: 'free' });
    const e = await eligibleEnterprise();
    const other = await eligibleEnterprise();
    const { p, instant } = await lab();
    const small = await issue(s.id, e.cookie, 10_000); // 100元, less than half of 400元
    const bk = (await book(e.cookie, instant.id, '2026-03-03', '10:00', '11:00', [small])).json();
    expect(await voucher(e.cookie, small)).toMatchObject({ balance: 0, held: 10_000 });
    expect((await order(e.cookie, bk.orderId)).vouchers).toEqual([expect.objectContaining({ amount: 10_000 })]);

    const theirs = await issue(s.id, other.cookie, 500_000);
    const refused = await book(e.cookie, instant.id, '2026-03-03', '14:00', '15:00', [theirs]);
    expect(refused.json().error.code).toBe('voucher.not_owner');
    const plain = await seedInstrument(t, p, { approvalRequired: false }); // not open to vouchers
    const mine = await issue(s.id, e.cookie, 500_000);
    const ineligible = await book(e.cookie, plain.id, '2026-03-03', '14:00', '15:00', [mine]);
    expect(ineligible.json().error.code).toBe('voucher.ineligible_service');
    const { rows } = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM bookings WHERE instrument_id IN (${instant.id}, ${plain.id}) AND status = 'confirmed'`,
    );
    expect(rows[0]?.n).toBe(1); // the refused bookings left nothing behind
    expect(await voucher(other.cookie, theirs)).toMatchObject({ balance: 500_000, held: 0 });
    expect(await voucher(e.cookie, mine)).toMatchObject({ balance: 500_000, held: 0 });
    // The slot is still free for a booking without vouchers.
    expect((await book(e.cookie, instant.id, '2026-03-03', '14:00', '15:00')).statusCode).toBe(201);
    expect(await reconcile(t.db)).toEqual([]);
  });
});
