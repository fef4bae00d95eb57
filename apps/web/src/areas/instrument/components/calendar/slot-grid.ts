import {
  addDays,
  type BookingPolicy,
  type BookingRuleViolation,
  checkBookingRules,
  type OpeningHours,
  type Period,
  shanghaiDate,
  shanghaiInstant,
  shanghaiParts,
  toMinutes,
  WEEKDAYS,
} from '@cz/shared';
import type { Availability } from '../../../../kit/types';

/** What the calendar needs of an instrument. */
export type SlotPolicy = BookingPolicy & { bufferMinutes: number };

export type CellState = 'free' | 'busy' | 'mine' | 'blackout' | 'closed' | 'unbookable';
export type Cell = { start: Date; end: Date; state: CellState; note?: string };
export type Selection = { start: Date; minutes: number };
/** A busy block of the booking being moved, which a reschedule may overlap. */
export type Ignore = { start: string; end: string } | null;

const overlaps = (a: Period, b: Period) => a.start < b.end && b.start < a.end;
const toPeriod = (x: { start: string; end: string }): Period => ({ start: new Date(x.start), end: new Date(x.end) });

export const mondayOf = (date: string) => addDays(date, 1 - shanghaiParts(shanghaiInstant(date)).isoWeekday);
export const weekDates = (monday: string) => Array.from({ length: 7 }, (_, i) => addDays(monday, i));
export const todayInZone = () => shanghaiDate(new Date());
export const hhmm = (t: Date) => {
  const m = shanghaiParts(t).minuteOfDay;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
/** The stable id of a cell: slot-2026-11-30-0830. */
export const cellId = (t: Date) => `slot-${shanghaiDate(t)}-${hhmm(t).replace(':', '')}`;

/** Minutes of the day the grid shows: from the earliest opening to the latest closing of any weekday. */
export function gridRows(hours: OpeningHours, slot: number): number[] {
  const windows = WEEKDAYS.flatMap((d) => hours[d] ?? []);
  const from = windows.length ? Math.min(...windows.map(([a]) => toMinutes(a))) : 8 * 60;
  const to = windows.length ? Math.max(...windows.map(([, b]) => toMinutes(b))) : 18 * 60;
  const first = Math.floor(from / slot) * slot;
  const rows: number[] = [];
  for (let m = first; m < to; m += slot) rows.push(m);
  return rows;
}

/** Busy time, without the booking being moved. */
function busyOf(avail: Availability, ignore: Ignore) {
  return avail.busy.filter((b) => !(ignore && b.mine && b.start === ignore.start));
}

/**
 * The lengths a booking starting at `start` may have: each multiple of the slot from the minimum to the maximum that
 * passes the instrument's rules and, with the buffer after it, overlaps no busy time.
 */
export function lengthsFrom(
  policy: SlotPolicy,
  avail: Availability,
  start: Date,
  now: Date,
  ignore: Ignore = null,
): number[] {
  const blackouts = avail.blackouts.map(toPeriod);
  const busy = busyOf(avail, ignore).map(toPeriod);
  const out: number[] = [];
  for (let len = policy.minMinutes; len <= policy.maxMinutes; len += policy.slotMinutes) {
    const end = new Date(start.getTime() + len * 60_000);
    if (checkBookingRules(policy, { start, end }, now, blackouts)) break;
    const blocked = { start, end: new Date(end.getTime() + policy.bufferMinutes * 60_000) };
    if (busy.some((b) => overlaps(b, blocked))) break;
    out.push(len);
  }
  return out;
}

/** The rule a chosen period breaks (checked again by the server), or null. */
export function violationOf(
  policy: SlotPolicy,
  avail: Availability | undefined,
  sel: Selection,
  now: Date,
): BookingRuleViolation | null {
  const end = new Date(sel.start.getTime() + sel.minutes * 60_000);
  return checkBookingRules(policy, { start: sel.start, end }, now, (avail?.blackouts ?? []).map(toPeriod));
}

/** Every cell of the given dates and rows, with what a person can do there. */
export function buildCells(
  policy: SlotPolicy,
  avail: Availability,
  dates: string[],
  rows: number[],
  now: Date,
  ignore: Ignore = null,
): Map<string, Cell[]> {
  const open = avail.open.map(toPeriod);
  const blackouts = avail.blackouts.map((b) => ({ ...toPeriod(b), reason: b.reason }));
  const busy = busyOf(avail, ignore).map((b) => ({ ...toPeriod(b), mine: b.mine, status: b.status }));
  const earliest = now.getTime() + policy.minNoticeMinutes * 60_000;
  const latest = now.getTime() + policy.horizonDays * 86_400_000;
  const byDate = new Map<string, Cell[]>();
  for (const date of dates) {
    const cells = rows.map((m): Cell => {
      const start = shanghaiInstant(date, m);
      const p = { start, end: new Date(start.getTime() + policy.slotMinutes * 60_000) };
      const blackout = blackouts.find((b) => overlaps(b, p));
      if (blackout) return { ...p, state: 'blackout', note: blackout.reason };
      const taken = busy.find((b) => overlaps(b, p));
      if (taken) return { ...p, state: taken.mine ? 'mine' : 'busy', note: taken.status };
      if (!open.some((w) => p.start >= w.start && p.end <= w.end)) return { ...p, state: 'closed' };
      if (policy.status !== 'available' || start.getTime() < earliest || start.getTime() > latest)
        return { ...p, state: 'unbookable' };
      return { ...p, state: lengthsFrom(policy, avail, start, now, ignore).length > 0 ? 'free' : 'unbookable' };
    });
    byDate.set(date, cells);
  }
  return byDate;
}

/** Free hours per date, for the month overview; null when the instrument is closed all day. */
export function freeHoursByDate(cells: Map<string, Cell[]>, slot: number): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const [date, list] of cells) {
    const openCells = list.filter((c) => c.state !== 'closed');
    out.set(date, openCells.length === 0 ? null : (list.filter((c) => c.state === 'free').length * slot) / 60);
  }
  return out;
}

/** The new selection after a click: a later cell on the same day extends it when that length is allowed. */
export function clickCell(
  policy: SlotPolicy,
  avail: Availability,
  current: Selection | null,
  cell: Cell,
  now: Date,
  ignore: Ignore = null,
): Selection | null {
  if (current && shanghaiDate(current.start) === shanghaiDate(cell.start) && cell.start > current.start) {
    const minutes = (cell.end.getTime() - current.start.getTime()) / 60_000;
    if (lengthsFrom(policy, avail, current.start, now, ignore).includes(minutes))
      return { start: current.start, minutes };
  }
  if (cell.state !== 'free') return current;
  const lengths = lengthsFrom(policy, avail, cell.start, now, ignore);
  return lengths.length > 0 ? { start: cell.start, minutes: lengths[0] as number } : current;
}

export const inSelection = (sel: Selection | null, cell: Cell) =>
  !!sel && cell.start >= sel.start && cell.start.getTime() < sel.start.getTime() + sel.minutes * 60_000;

/** The first and last date of the month that starts on `first` (YYYY-MM-01). */
export function monthBounds(first: string): { from: string; to: string; next: string; prev: string } {
  const [y, m] = first.split('-').map(Number) as [number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
  const prev = m === 1 ? `${y - 1}-12-01` : `${y}-${pad(m - 1)}-01`;
  return { from: first, to: addDays(next, -1), next, prev };
}
