/**
 * Working days (工作日) of the zone, for the deadlines of policy redemption: 快申快享 pays within a number of working
 * days of the application, and a 公示 runs for a number of working days. A working day is Monday to Friday unless
 * the zone's calendar makes it a holiday, or a Saturday or Sunday that the calendar makes a working day (调休上班, as
 * the State Council's yearly holiday notice moves them). Dates are 'YYYY-MM-DD' in Asia/Shanghai.
 */
import { addDays } from '../common/shanghai-time.ts';

export const POLICY_HOLIDAY_KINDS = ['holiday', 'workday'] as const;
export type HolidayKind = (typeof POLICY_HOLIDAY_KINDS)[number];

/** The zone's calendar: the dates off on weekdays, and the weekend dates worked. */
export type WorkCalendar = { holidays: ReadonlySet<string>; workdays: ReadonlySet<string> };

export const EMPTY_CALENDAR: WorkCalendar = { holidays: new Set(), workdays: new Set() };

/** A calendar from its entries (a holiday that falls on a weekend changes nothing, but may be listed). */
export function calendarOf(entries: readonly { day: string; kind: HolidayKind }[]): WorkCalendar {
  return {
    holidays: new Set(entries.filter((e) => e.kind === 'holiday').map((e) => e.day)),
    workdays: new Set(entries.filter((e) => e.kind === 'workday').map((e) => e.day)),
  };
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  return isoWeekday(date) <= 5;
}

/**
 * The `n`-th working day after `date` (the day itself not counted): applied on a Friday, 1 working day is the
 * next Monday. `n` = 0 is `date` itself.
 */
export function addWorkingDays(date: string, n: number, cal: WorkCalendar): string {
  let d = date;
  let left = n;
  // A year has about 250 working days; a calendar that makes no day a working day would loop for ever.
  for (let guard = 0; left > 0 && guard < 3660; guard++) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/** How many working days lie after `from` up to and including `to` (negative, counted the same way, when `to` is earlier). */
export function workingDaysBetween(from: string, to: string, cal: WorkCalendar): number {
  if (to === from) return 0;
  const [a, b, sign] = to > from ? [from, to, 1] : [to, from, -1];
  let n = 0;
  for (let d = addDays(a, 1), guard = 0; d <= b && guard < 3660; d = addDays(d, 1), guard++)
    if (isWorkingDay(d, cal)) n++;
  return n * sign;
}

/** A deadline as a timer: working days left (0 on the day itself), and overdue once the day has passed. */
export type DeadlineTimer = { dueOn: string; workingDaysLeft: number; overdue: boolean };

export function timerOf(dueOn: string, today: string, cal: WorkCalendar): DeadlineTimer {
  return { dueOn, workingDaysLeft: workingDaysBetween(today, dueOn, cal), overdue: today > dueOn };
}
