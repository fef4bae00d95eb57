import { shanghaiInstant } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseWithUser, login, providerWithUser, seedInstrument } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { at, bookingKit } from './booking.test-kit.ts';

// The order behind a booking: approval, usage and its fee, completion, rating, cancellation fees.
// Monday 2026-03-02 08:00 in Shanghai.
const clock = fixedClock(shanghaiInstant('2026-03-02', 8 * 60));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock, config: {} });
});
afterAll(() => t.close());

const { api, book } = bookingKit(() => t);

describe('the order behind a booking, from approval to rating', () => {
  it("records a use only with the provider's own result files, which the booker then reads", async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p);
    const e = await enterpriseWithUser(t);
    const other = await enterpriseWithUser(t);
    const pdf = async (cookie: string, text: string) =>
      (
        await api.post('/api/v1/uploads?name=r.pdf', Buffer.from(`%PDF-1.4 ${text} ${Math.random()}`), {
          as: cookie,
          headers: { 'content-type': 'application/pdf' },
        })
      ).json().hash as string;
    const booking = (await book(e.cookie, inst.id, '2026-03-04', '10:00', '11:00')).json();
    await api.post(`/api/v1/bookings/${booking.id}/approve`, undefined, { as: p.cookie });
    const use = (files: string[]) =>
      api.post(
        `/api/v1/bookings/${booking.id}/usage`,
        { actualStart: at('2026-03-04', '10:00'), actualEnd: at('2026-03-04', '11:00'), files },
        { as: p.cookie },
      );
    const foreign = await pdf(other.cookie, '他人文件');
    const refused = await use([foreign]);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('upload.not_attachable');
    expect((await api.get(`/api/v1/bookings/${booking.id}`, { as: p.cookie })).json().status).toBe('confirmed');
    const { rows } = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM usage_records WHERE booking_id = ${booking.id}`,
    );
    expect(rows[0]?.n).toBe(0);
    const report = await pdf(p.cookie, '测试结果');
    expect((await api.get(`/api/v1/uploads/${report}`, { as: e.cookie })).statusCode).toBe(404);
    expect((await use([report])).statusCode).toBe(200);
    expect((await api.get(`/api/v1/orders/${booking.orderId}`, { as: e.cookie })).json().deliveryFiles).toEqual([
      report,
    ]);
    expect((await api.get(`/api/v1/uploads/${report}`, { as: e.cookie })).statusCode).toBe(200);
  });

  it('approves (the order is accepted in the same step), records usage with the fee rule, completes and rates', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p);
    const e = await enterpriseWithUser(t);
    const booking = (await book(e.cookie, inst.id, '2026-03-03', '10:00', '12:00')).json();
    // The request already carries the estimate the booker agreed to, and waits for the provider.
    let order = (await api.get(`/api/v1/orders/${booking.orderId}`, { as: e.cookie })).json();
    expect(order).toMatchObject({ status: 'requested', amount: 80_000 }); // 2 h × 400 元/h external
    const approved = await api.post(`/api/v1/bookings/${booking.id}/approve`, undefined, { as: p.cookie });
    expect(approved.json().status).toBe('confirmed');
    order = (await api.get(`/api/v1/orders/${booking.orderId}`, { as: e.cookie })).json();
    expect(order).toMatchObject({ status: 'accepted', amount: 80_000 });
    // No acceptance is left for the booker: the order is past it.
    const accept = await api.post(`/api/v1/orders/${booking.orderId}/accept`, undefined, { as: e.cookie });
    expect(accept.json().error.code).toBe('order.bad_transition');
    const usage = await api.post(
      `/api/v1/bookings/${booking.id}/usage`,
      {
        actualStart: at('2026-03-03', '10:05'),
        actualEnd: at('2026-03-03', '11:40'),
        samples: 3,
        operator: '示例操作员',
      },
      { as: p.cookie },
    );
    expect(usage.statusCode).toBe(200);
    expect(usage.json().usage).toMatchObject({ billedMinutes: 120, hourlyPrice: 40_000, fee: 80_000 }); // 95 min → 4 slots of 30
    order = (await api.get(`/api/v1/orders/${booking.orderId}`, { as: e.cookie })).json();
    expect(order).toMatchObject({ status: 'delivered', amount: 80_000 });
    expect(
      (await api.post(`/api/v1/orders/${booking.orderId}/accept-delivery`, undefined, { as: e.cookie })).json().status,
    ).toBe('completed');
    const rated = await api.post(
      `/api/v1/orders/${booking.orderId}/rating`,
      {
        rating: 5,
        comment: '服务专业',
      },
      { as: e.cookie },
    );
    expect(rated.json()).toMatchObject({ rating: 5, ratingComment: '服务专业' });
    expect(
      (await api.post(`/api/v1/orders/${booking.orderId}/rating`, { rating: 4 }, { as: e.cookie })).json().error.code,
    ).toBe('order.already_rated');
    const history = (await api.get(`/api/v1/orders/${booking.orderId}`, { as: p.cookie }))
      .json()
      .events.map((ev: { toStatus: string }) => ev.toStatus);
    expect(history).toEqual(['requested', 'accepted', 'in_service', 'delivered', 'completed']);
    const notices = (await api.get('/api/v1/notifications', { as: e.cookie })).json();
    const kinds = notices.items.map((n: { kind: string }) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['order.confirmed', 'order.delivered']));
    expect(kinds).not.toContain('order.quoted');
    const providerNotices = (await api.get('/api/v1/notifications', { as: p.cookie })).json();
    expect(providerNotices.items.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['booking.requested', 'order.completed', 'order.rated']),
    );
  });

  it('charges the internal price to users of the owning organisation', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p, { approvalRequired: false });
    const booking = (await book(p.cookie, inst.id, '2026-03-03', '13:00', '14:00')).json();
    expect(booking.status).toBe('confirmed');
    const order = (await api.get(`/api/v1/orders/${booking.orderId}`, { as: p.cookie })).json();
    expect(order).toMatchObject({ status: 'accepted', amount: 20_000 });
  });

  it('keeps booking and order in step: instant bookings are accepted at once, requests wait as requested', async () => {
    const p = await providerWithUser(t);
    const instant = await seedInstrument(t, p, { approvalRequired: false });
    const approval = await seedInstrument(t, p);
    const e = await enterpriseWithUser(t);
    const orderOf = async (b: { orderId: number }) =>
      (await api.get(`/api/v1/orders/${b.orderId}`, { as: e.cookie })).json();
    const now = (await book(e.cookie, instant.id, '2026-03-03', '10:00', '11:00')).json();
    expect(now.status).toBe('confirmed');
    const nowOrder = await orderOf(now);
    expect(nowOrder).toMatchObject({ status: 'accepted', amount: 40_000, bookingId: now.id });
    expect(nowOrder.events.map((ev: { toStatus: string; note: string | null }) => [ev.toStatus, ev.note])).toEqual([
      ['requested', '示例测试'],
      ['accepted', '@booking.instant'],
    ]);
    const asked = (await book(e.cookie, approval.id, '2026-03-03', '10:00', '11:00')).json();
    expect(asked.status).toBe('pending');
    expect(await orderOf(asked)).toMatchObject({ status: 'requested', amount: 40_000 });
    // The order's own steps stay with the booking: the provider cannot confirm or quote it on the order.
    for (const path of ['quote', 'accept'])
      expect(
        (await api.post(`/api/v1/orders/${asked.orderId}/${path}`, { amount: 1 }, { as: p.cookie })).statusCode,
      ).toBeGreaterThanOrEqual(400);
    expect((await orderOf(asked)).status).toBe('requested');
    // Moving either keeps the pair in step: approval again, or accepted at once at the new estimate.
    const movedNow = (
      await api.post(
        `/api/v1/bookings/${now.id}/reschedule`,
        { start: at('2026-03-04', '10:00'), end: at('2026-03-04', '12:00') },
        { as: e.cookie },
      )
    ).json();
    expect(movedNow.status).toBe('confirmed');
    expect(await orderOf(movedNow)).toMatchObject({ status: 'accepted', amount: 80_000 });
    await api.post(`/api/v1/bookings/${asked.id}/approve`, undefined, { as: p.cookie });
    const movedAsked = (
      await api.post(
        `/api/v1/bookings/${asked.id}/reschedule`,
        { start: at('2026-03-04', '10:00'), end: at('2026-03-04', '11:00') },
        { as: e.cookie },
      )
    ).json();
    expect(movedAsked.status).toBe('pending');
    expect(await orderOf(movedAsked)).toMatchObject({ status: 'requested', amount: 40_000 });
  });

  it('marks a late cancellation and charges the configured share', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p, { approvalRequired: false }); // 24 h notice, 50%
    const e = await enterpriseWithUser(t);
    const early = (await book(e.cookie, inst.id, '2026-03-04', '10:00', '11:00')).json();
    const late = (await book(e.cookie, inst.id, '2026-03-02', '15:00', '16:00')).json();
    const c1 = (await api.post(`/api/v1/bookings/${early.id}/cancel`, { reason: '计划变更' }, { as: e.cookie })).json();
    const c2 = (await api.post(`/api/v1/bookings/${late.id}/cancel`, { reason: '计划变更' }, { as: e.cookie })).json();
    expect(c1).toMatchObject({ status: 'cancelled', lateCancel: false, cancelFee: 0 });
    expect(c2).toMatchObject({ status: 'cancelled', lateCancel: true, cancelFee: 20_000 });
  });

  it('keeps the original notice when a booking inside the notice window is moved, so a later cancellation is still late', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p, { approvalRequired: false }); // 24 h notice, 50%
    const e = await enterpriseWithUser(t);
    // Booked for this afternoon (inside the 24 h notice), moved to next week, then cancelled.
    const soon = (await book(e.cookie, inst.id, '2026-03-02', '15:00', '16:00')).json();
    const moved = await api.post(
      `/api/v1/bookings/${soon.id}/reschedule`,
      { start: at('2026-03-09', '10:00'), end: at('2026-03-09', '11:00') },
      { as: e.cookie },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    const cancelled = (
      await api.post(`/api/v1/bookings/${moved.json().id}/cancel`, { reason: '计划变更' }, { as: e.cookie })
    ).json();
    expect(cancelled).toMatchObject({ status: 'cancelled', lateCancel: true, cancelFee: 20_000 });
    // A booking moved in good time starts afresh: cancelling the new time well ahead costs nothing.
    const ahead = (await book(e.cookie, inst.id, '2026-03-10', '10:00', '11:00')).json();
    const movedAhead = (
      await api.post(
        `/api/v1/bookings/${ahead.id}/reschedule`,
        { start: at('2026-03-11', '10:00'), end: at('2026-03-11', '11:00') },
        { as: e.cookie },
      )
    ).json();
    expect(
      (await api.post(`/api/v1/bookings/${movedAhead.id}/cancel`, { reason: '计划变更' }, { as: e.cookie })).json(),
    ).toMatchObject({ status: 'cancelled', lateCancel: false, cancelFee: 0 });
  });

  it('reschedules in one transaction: a refused new time leaves the old booking in place', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p);
    const a = await enterpriseWithUser(t);
    const b = await enterpriseWithUser(t);
    const mine = (await book(a.cookie, inst.id, '2026-03-05', '10:00', '11:00')).json();
    await book(b.cookie, inst.id, '2026-03-05', '14:00', '15:00');
    const clash = await api.post(
      `/api/v1/bookings/${mine.id}/reschedule`,
      {
        start: at('2026-03-05', '14:00'),
        end: at('2026-03-05', '15:00'),
      },
      { as: a.cookie },
    );
    expect(clash.json().error.code).toBe('booking.slot_taken');
    expect((await api.get(`/api/v1/bookings/${mine.id}`, { as: a.cookie })).json().status).toBe('pending');
    const moved = await api.post(
      `/api/v1/bookings/${mine.id}/reschedule`,
      {
        start: at('2026-03-06', '09:00'),
        end: at('2026-03-06', '10:00'),
      },
      { as: a.cookie },
    );
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ orderId: mine.orderId, status: 'pending', start: at('2026-03-06', '09:00') });
    expect((await api.get(`/api/v1/bookings/${mine.id}`, { as: a.cookie })).json().status).toBe('cancelled');
  });

  it('marks a no-show only once the booked time has begun', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p, { approvalRequired: false });
    const e = await enterpriseWithUser(t);
    const bk = (await book(e.cookie, inst.id, '2026-03-03', '09:00', '10:00')).json();
    expect((await api.post(`/api/v1/bookings/${bk.id}/no-show`, undefined, { as: p.cookie })).json().error.code).toBe(
      'booking.not_started',
    );
    clock.set(new Date(at('2026-03-03', '09:30')));
    try {
      // a day later the sessions have gone idle: log in again
      const provider = await login(t, p.user.username);
      expect((await api.post(`/api/v1/bookings/${bk.id}/no-show`, undefined, { as: provider })).json().status).toBe(
        'no_show',
      );
      expect((await api.get(`/api/v1/orders/${bk.orderId}`, { as: provider })).json().status).toBe('cancelled');
    } finally {
      clock.set(shanghaiInstant('2026-03-02', 8 * 60));
    }
  });
});
