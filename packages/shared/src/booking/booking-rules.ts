import { z } from 'zod';
import { shanghaiDate, shanghaiInstant, shanghaiParts } from '../common/shanghai-time.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');
const window = z.tuple([hhmm, hhmm]).refine(([a, b]) => toMinutes(a) < toMinutes(b), 'opening.window_order');
const day = z.array(window).max(6).default([]);
/** Weekly opening hours in local (Asia/Shanghai) time, e.g. { mon: [['08:30','12:00'], ['13:30','17:30']] }. */
export const openingHoursSchema = z.object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day });
export type OpeningHours = Record<(typeof WEEKDAYS)[number], [string, string][]>;

export function toMinutes(t: string): number {
  const [h, m] = t.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export type BookingPolicy = {
  status: 'available' | 'maintenance' | 'retired';
  openingHours: OpeningHours;
  minMinutes: number;
  maxMinutes: number;
  slotMinutes: number;
  horizonDays: number;
  minNoticeMinutes: number;
};

export type Period = { start: Date; end: Date };

export type BookingRuleViolation =
  | 'booking.instrument_unavailable'
  | 'booking.invalid_period'
  | 'booking.misaligned'
  | 'booking.too_short'
  | 'booking.too_long'
  | 'booking.too_soon'
  | 'booking.beyond_horizon'
  | 'booking.outside_hours'
  | 'booking.blackout';

const overlaps = (a: Period, b: Period) => a.start < b.end && b.start < a.end;

/**
 * Checks a requested period against an instrument's booking policy, in the order a person would want to hear about
 * problems. Returns the first violation, or null when the period may be booked (overlap with other bookings is the
 * database's job: the EXCLUDE constraint).
 */
export function checkBookingRules(
  policy: BookingPolicy,
  p: Period,
  now: Date,
  blackouts: Period[] = [],
): BookingRuleViolation | null {
  if (policy.status !== 'available') return 'booking.instrument_unavailable';
  const minutes = (p.end.getTime() - p.start.getTime()) / 60_000;
  if (!(minutes > 0)) return 'booking.invalid_period';
  const s = shanghaiParts(p.start);
  if (
    s.minuteOfDay % policy.slotMinutes !== 0 ||
    minutes % policy.slotMinutes !== 0 ||
    p.start.getUTCSeconds() ||
    p.start.getUTCMilliseconds()
  ) {
    return 'booking.misaligned';
  }
  if (minutes < policy.minMinutes) return 'booking.too_short';
  if (minutes > policy.maxMinutes) return 'booking.too_long';
  if (p.start.getTime() < now.getTime() + policy.minNoticeMinutes * 60_000) return 'booking.too_soon';
  if (p.start.getTime() > now.getTime() + policy.horizonDays * 86_400_000) return 'booking.beyond_horizon';
  const day = WEEKDAYS[s.isoWeekday - 1] as (typeof WEEKDAYS)[number];
  const endMinute = s.minuteOfDay + minutes;
  const inWindow = (policy.openingHours[day] ?? []).some(
    ([a, b]) => s.minuteOfDay >= toMinutes(a) && endMinute <= toMinutes(b),
  );
  if (!inWindow) return 'booking.outside_hours';
  if (blackouts.some((b) => overlaps(b, p))) return 'booking.blackout';
  return null;
}

/** The opening windows of each local day from `from` to `to` (inclusive dates), as instants. */
export function openWindows(hours: OpeningHours, from: string, to: string): Period[] {
  const out: Period[] = [];
  for (let t = shanghaiInstant(from); shanghaiDate(t) <= to; t = new Date(t.getTime() + 86_400_000)) {
    const date = shanghaiDate(t);
    const day = WEEKDAYS[shanghaiParts(t).isoWeekday - 1] as (typeof WEEKDAYS)[number];
    for (const [a, b] of hours[day] ?? []) {
      out.push({ start: shanghaiInstant(date, toMinutes(a)), end: shanghaiInstant(date, toMinutes(b)) });
    }
  }
  return out;
}

/**
 * Fee of one use, in fen. Rounding rule: the actual duration is rounded up to the instrument's slot increment
 * (a started slot is a used slot), then fee = billed minutes × hourly price ÷ 60, rounded half up to the fen.
 */
export function usageFee(
  actualMinutes: number,
  slotMinutes: number,
  hourlyPrice: number,
): { billedMinutes: number; fee: number } {
  const billedMinutes = actualMinutes <= 0 ? 0 : Math.ceil(actualMinutes / slotMinutes) * slotMinutes;
  return { billedMinutes, fee: Math.floor((billedMinutes * hourlyPrice * 2 + 60) / 120) };
}

/** A cancellation is late when it comes less than `noticeHours` before the start. */
export function isLateCancel(start: Date, now: Date, noticeHours: number): boolean {
  return start.getTime() - now.getTime() < noticeHours * 3_600_000;
}
