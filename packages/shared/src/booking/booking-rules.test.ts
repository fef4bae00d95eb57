import { describe, expect, it } from 'vitest';
import { shanghaiInstant } from '../common/shanghai-time.ts';
import { type BookingPolicy, checkBookingRules, isLateCancel, openWindows, usageFee } from './booking-rules.ts';

// 2026-03-02 is a Monday. Times below are Asia/Shanghai.
const at = (date: string, hm: string) => {
  const [h, m] = hm.split(':').map(Number) as [number, number];
  return shanghaiInstant(date, h * 60 + m);
};
const policy: BookingPolicy = {
  status: 'available',
  openingHours: {
    mon: [
      ['08:30', '12:00'],
      ['13:30', '17:30'],
    ],
    tue: [['08:30', '17:30']],
    wed: [['08:30', '17:30']],
    thu: [['08:30', '17:30']],
    fri: [['08:30', '17:30']],
    sat: [],
    sun: [],
  },
  minMinutes: 60,
  maxMinutes: 240,
  slotMinutes: 30,
  horizonDays: 30,
  minNoticeMinutes: 120,
};
const now = at('2026-03-02', '08:00');

describe('booking rules', () => {
  it.each([
    ['a valid morning slot', '2026-03-02', '10:00', '11:00', null],
    ['exactly at the notice limit (08:00 + 120 min)', '2026-03-02', '10:00', '11:00', null],
    ['one slot inside the notice window', '2026-03-02', '09:30', '10:30', 'booking.too_soon'],
    ['exactly the minimum length', '2026-03-03', '09:00', '10:00', null],
    ['one slot below the minimum length', '2026-03-03', '09:00', '09:30', 'booking.too_short'],
    ['exactly the maximum length', '2026-03-03', '09:00', '13:00', null],
    ['one slot above the maximum length', '2026-03-03', '09:00', '13:30', 'booking.too_long'],
    ['a start off the 30-minute grid', '2026-03-03', '09:15', '10:15', 'booking.misaligned'],
    ['a length off the grid', '2026-03-03', '09:00', '10:10', 'booking.misaligned'],
    ['end before start', '2026-03-03', '10:00', '09:00', 'booking.invalid_period'],
    ['starting at opening time', '2026-03-03', '08:30', '09:30', null],
    ['ending at closing time', '2026-03-03', '16:30', '17:30', null],
    ['running past closing time', '2026-03-03', '17:00', '18:00', 'booking.outside_hours'],
    ['spanning the Monday lunch break', '2026-03-02', '11:30', '14:00', 'booking.outside_hours'],
    ['on a Saturday', '2026-03-07', '09:00', '10:00', 'booking.outside_hours'],
    [
      'exactly at the horizon (30 days): past the horizon check, before opening',
      '2026-04-01',
      '08:00',
      '09:00',
      'booking.outside_hours',
    ],
    ['the last opening inside the horizon', '2026-03-31', '16:00', '17:00', null],
    ['beyond the horizon', '2026-04-02', '09:00', '10:00', 'booking.beyond_horizon'],
  ])('%s', (_name, date, from, to, expected) => {
    expect(checkBookingRules(policy, { start: at(date, from), end: at(date, to) }, now)).toBe(expected);
  });

  it('refuses instruments in maintenance or retired', () => {
    const p = { start: at('2026-03-03', '09:00'), end: at('2026-03-03', '10:00') };
    expect(checkBookingRules({ ...policy, status: 'maintenance' }, p, now)).toBe('booking.instrument_unavailable');
    expect(checkBookingRules({ ...policy, status: 'retired' }, p, now)).toBe('booking.instrument_unavailable');
  });

  it('refuses periods that touch a blackout and accepts those that only meet it', () => {
    const blackout = { start: at('2026-03-03', '12:00'), end: at('2026-03-03', '14:00') };
    const meets = { start: at('2026-03-03', '14:00'), end: at('2026-03-03', '15:00') };
    const touches = { start: at('2026-03-03', '13:30'), end: at('2026-03-03', '14:30') };
    expect(checkBookingRules(policy, meets, now, [blackout])).toBeNull();
    expect(checkBookingRules(policy, touches, now, [blackout])).toBe('booking.blackout');
  });

  it('lists the opening windows of a week in local time', () => {
    const windows = openWindows(policy.openingHours, '2026-03-02', '2026-03-08');
    expect(windows).toHaveLength(6); // Monday twice, Tuesday to Friday once each, nothing at the weekend
    expect(windows[0]?.start.toISOString()).toBe('2026-03-02T00:30:00.000Z');
    expect(windows[1]?.end.toISOString()).toBe('2026-03-02T09:30:00.000Z');
  });
});

describe('usage fee', () => {
  it.each([
    [0, 30, 20000, 0, 0],
    [1, 30, 20000, 30, 10000],
    [30, 30, 20000, 30, 10000],
    [31, 30, 20000, 60, 20000],
    [61, 15, 20000, 75, 25000],
    [10, 10, 1, 10, 0], // 10 × 1 / 60 = 0.1667 fen → 0
    [30, 30, 1, 30, 1], // 0.5 fen rounds half up → 1
    [50, 50, 1, 50, 1], // 0.833 → 1
    [90, 30, 33333, 90, 50000], // 49999.5 → 50000
  ])(
    '%i actual minutes on a %i-minute grid at %i fen/h → %i billed minutes, %i fen',
    (actual, slot, price, billed, fee) => {
      expect(usageFee(actual, slot, price)).toEqual({ billedMinutes: billed, fee });
    },
  );
});

describe('late cancellation', () => {
  it('is late inside the notice window and on time at its edge', () => {
    const start = at('2026-03-03', '09:00');
    expect(isLateCancel(start, at('2026-03-02', '09:00'), 24)).toBe(false);
    expect(isLateCancel(start, at('2026-03-02', '09:01'), 24)).toBe(true);
  });
});
