import { shanghaiInstant } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseWithUser, makeInstrument, providerWithUser, seedInstrument } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { seed } from '../../../test/seed.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { at, bookingKit } from './booking.test-kit.ts';

// Monday 2026-03-02 08:00 in Shanghai.
const clock = fixedClock(shanghaiInstant('2026-03-02', 8 * 60));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock, config: {} });
});
afterAll(() => t.close());

const { api, book } = bookingKit(() => t);

describe('booking an instrument', () => {
  it('lets exactly one of 50 simultaneous requests for one slot through; the others get booking.slot_taken', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p);
    const buyers = await Promise.all(Array.from({ length: 10 }, () => enterpriseWithUser(t)));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        book((buyers[i % 10] as { cookie: string }).cookie, inst.id, '2026-03-03', '10:00', '11:00'),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(49);
    expect(results.filter((r) => r.statusCode === 409).every((r) => r.json().error.code === 'booking.slot_taken')).toBe(
      true,
    );
    const { rows } = await t.db.execute(sql`SELECT count(*)::int AS n FROM bookings WHERE instrument_id = ${inst.id}`);
    expect(rows[0]?.n).toBe(1);
    const orders = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM service_orders WHERE service_id = ${inst.serviceId}`,
    );
    expect(orders.rows[0]?.n).toBe(1); // refused requests leave no order behind
  });

  it('keeps the buffer free after a booking, and lets a booking start where the buffer ends', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p); // 30-minute buffer
    const e = await enterpriseWithUser(t);
    expect((await book(e.cookie, inst.id, '2026-03-03', '10:00', '11:00')).statusCode).toBe(201);
    const inBuffer = await book(e.cookie, inst.id, '2026-03-03', '11:00', '12:00');
    expect(inBuffer.json().error.code).toBe('booking.slot_taken');
    expect((await book(e.cookie, inst.id, '2026-03-03', '11:30', '12:30')).statusCode).toBe(201);
    const before = await book(e.cookie, inst.id, '2026-03-03', '09:00', '10:00'); // its own buffer runs into 10:00–10:30
    expect(before.json().error.code).toBe('booking.slot_taken');
    expect((await book(e.cookie, inst.id, '2026-03-03', '08:30', '09:30')).statusCode).toBe(201);
  });

  it('holds the slot while approval is pending, and frees it when the booking is rejected or cancelled', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p);
    const a = await enterpriseWithUser(t);
    const b = await enterpriseWithUser(t);
    const first = (await book(a.cookie, inst.id, '2026-03-04', '10:00', '11:00')).json();
    expect(first.status).toBe('pending');
    expect((await book(b.cookie, inst.id, '2026-03-04', '10:00', '11:00')).json().error.code).toBe(
      'booking.slot_taken',
    );
    expect(
      (await api.post(`/api/v1/bookings/${first.id}/reject`, { reason: '设备需校准' }, { as: p.cookie })).json().status,
    ).toBe('rejected');
    const second = await book(b.cookie, inst.id, '2026-03-04', '10:00', '11:00');
    expect(second.statusCode).toBe(201);
    expect(
      (await api.post(`/api/v1/bookings/${second.json().id}/cancel`, { reason: '计划变更' }, { as: b.cookie })).json()
        .status,
    ).toBe('cancelled');
    expect((await book(a.cookie, inst.id, '2026-03-04', '10:00', '11:00')).statusCode).toBe(201);
  });

  it('refuses bookings that break the rules with their codes, and blackouts', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p);
    const e = await enterpriseWithUser(t);
    expect((await book(e.cookie, inst.id, '2026-03-02', '08:30', '09:30')).json().error.code).toBe('booking.too_soon');
    expect((await book(e.cookie, inst.id, '2026-03-07', '10:00', '11:00')).json().error.code).toBe(
      'booking.outside_hours',
    );
    expect((await book(e.cookie, inst.id, '2026-03-03', '10:00', '10:30')).json().error.code).toBe('booking.too_short');
    expect((await book(e.cookie, inst.id, '2026-03-03', '10:10', '11:10')).json().error.code).toBe(
      'booking.misaligned',
    );
    expect((await book(e.cookie, inst.id, '2026-04-06', '10:00', '11:00')).json().error.code).toBe(
      'booking.beyond_horizon',
    );
    const blackout = await api.post(
      `/api/v1/instruments/${inst.id}/blackouts`,
      {
        start: at('2026-03-05', '08:00'),
        end: at('2026-03-05', '18:00'),
        reason: '年度维护',
      },
      { as: p.cookie },
    );
    expect(blackout.statusCode).toBe(201);
    const refused = await book(e.cookie, inst.id, '2026-03-05', '10:00', '11:00');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('booking.blackout');
  });

  it('refuses a user without the recorded training when the instrument requires it', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p, { trainingRequired: true, operation: 'self' });
    const e = await enterpriseWithUser(t);
    const refused = await book(e.cookie, inst.id, '2026-03-03', '10:00', '11:00');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('booking.training_required');
    const found = await api.get(`/api/v1/users/lookup?username=${e.user.username.toUpperCase()}`, { as: p.cookie });
    expect(found.json()).toMatchObject({ id: e.user.id, orgName: e.org.name });
    expect((await api.get(`/api/v1/users/lookup?username=${e.user.username}`, { as: e.cookie })).statusCode).toBe(403);
    expect((await api.get('/api/v1/users/lookup?username=no-such-user', { as: p.cookie })).statusCode).toBe(404);
    expect(
      (await api.put(`/api/v1/instruments/${inst.id}/qualifications/${e.user.id}`, undefined, { as: p.cookie }))
        .statusCode,
    ).toBe(200);
    expect((await book(e.cookie, inst.id, '2026-03-03', '10:00', '11:00')).statusCode).toBe(201);
  });

  it('shows busy time to everyone but who booked only to the booker and the provider', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p);
    const a = await enterpriseWithUser(t);
    const b = await enterpriseWithUser(t);
    await book(a.cookie, inst.id, '2026-03-03', '10:00', '11:00');
    const url = `/api/v1/instruments/${inst.id}/availability?from=2026-03-02&to=2026-03-08`;
    const mine = (await api.get(url, { as: a.cookie })).json();
    const other = (await api.get(url, { as: b.cookie })).json();
    expect(mine.open).toHaveLength(5);
    expect(mine.busy).toEqual([
      { start: at('2026-03-03', '10:00'), end: at('2026-03-03', '11:30'), status: 'pending', mine: true },
    ]);
    expect(other.busy).toEqual([
      { start: at('2026-03-03', '10:00'), end: at('2026-03-03', '11:30'), status: 'busy', mine: false },
    ]);
  });
});

describe('authorisation', () => {
  it('does not let the booking enterprise approve, nor another provider touch the booking or instrument', async () => {
    const p = await providerWithUser(t);
    const other = await providerWithUser(t);
    const inst = await seedInstrument(t, p);
    const e = await enterpriseWithUser(t);
    const bk = (await book(e.cookie, inst.id, '2026-03-03', '15:00', '16:00')).json();
    expect((await api.post(`/api/v1/bookings/${bk.id}/approve`, undefined, { as: e.cookie })).statusCode).toBe(403);
    expect((await api.post(`/api/v1/bookings/${bk.id}/approve`, undefined, { as: other.cookie })).statusCode).toBe(404);
    expect((await api.get(`/api/v1/bookings/${bk.id}`, { as: other.cookie })).statusCode).toBe(404);
    expect((await api.get(`/api/v1/orders/${bk.orderId}`, { as: other.cookie })).statusCode).toBe(404);
    expect((await api.post(`/api/v1/orders/${bk.orderId}/quote`, { amount: 1 }, { as: e.cookie })).statusCode).toBe(
      409,
    ); // booking-driven
    const edit = await api.put(
      `/api/v1/instruments/${inst.id}`,
      {
        name: '改名',
        category: 'other',
        originalValue: 1,
        priceInternal: 1,
        priceExternal: 1,
        openingHours: {},
      },
      { as: other.cookie },
    );
    expect(edit.statusCode).toBe(403);
    expect(
      (
        await api.post(
          `/api/v1/instruments/${inst.id}/blackouts`,
          {
            start: at('2026-03-09', '08:00'),
            end: at('2026-03-09', '18:00'),
          },
          { as: other.cookie },
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (await api.put(`/api/v1/instruments/${inst.id}/qualifications/${e.user.id}`, undefined, { as: other.cookie }))
        .statusCode,
    ).toBe(403);
    expect((await api.get(`/api/v1/bookings/${bk.id}`, { as: p.cookie })).json().status).toBe('pending');
  });

  it('does not let an enterprise list instruments, nor an unverified provider', async () => {
    const e = await enterpriseWithUser(t);
    const asEnterprise = await api.post('/api/v1/instruments', {}, { as: e.cookie });
    expect(asEnterprise.statusCode).toBe(400); // shape first
    const {
      users: [pending, user],
    } = await seed(t, {
      organisations: [{ key: 'p', kind: 'provider', status: 'pending' }],
      users: [
        { role: 'provider', org: 'p', login: true },
        { role: 'enterprise', org: e.org, login: true },
      ],
    });
    await expect(makeInstrument(t, pending.cookie)).rejects.toThrow(/service.provider_not_verified/);
    await expect(makeInstrument(t, user.cookie)).rejects.toThrow(/service.not_provider/);
  });
});
