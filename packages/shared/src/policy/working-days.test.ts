import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarOf,
  EMPTY_CALENDAR,
  isWorkingDay,
  timerOf,
  workingDaysBetween,
} from './working-days.ts';

// 国务院办公厅关于2026年部分节假日安排的通知: 劳动节 5月1日（周五）至5日（周二）放假调休，5月9日（周六）上班.
const MAY_2026 = calendarOf([
  ...['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'].map((day) => ({
    day,
    kind: 'holiday' as const,
  })),
  { day: '2026-05-09', kind: 'workday' },
]);

describe('working days', () => {
  it.each([
    ['2026-04-27', true], // Monday
    ['2026-05-01', false], // Friday, 劳动节
    ['2026-05-02', false], // Saturday
    ['2026-05-05', false], // Tuesday, 调休
    ['2026-05-06', true], // Wednesday
    ['2026-05-09', true], // Saturday worked
    ['2026-05-10', false], // Sunday
  ])('%s is a working day: %s', (date, expected) => {
    expect(isWorkingDay(date, MAY_2026)).toBe(expected);
  });

  it.each([
    // From a Friday, one working day is the Monday after the weekend.
    ['2026-03-06', 1, EMPTY_CALENDAR, '2026-03-09'],
    ['2026-03-06', 5, EMPTY_CALENDAR, '2026-03-13'],
    ['2026-03-06', 0, EMPTY_CALENDAR, '2026-03-06'],
    // Across the May holiday: 29, 30 April, then 6, 7, 8, 9 (Saturday worked), 11 May.
    ['2026-04-28', 7, MAY_2026, '2026-05-11'],
    ['2026-04-28', 6, MAY_2026, '2026-05-09'],
    // Without the calendar the same count ends a week earlier.
    ['2026-04-28', 7, EMPTY_CALENDAR, '2026-05-07'],
  ])('%s + %i working days is %s', (date, n, cal, expected) => {
    expect(addWorkingDays(date, n as number, cal as typeof MAY_2026)).toBe(expected);
  });

  it('counts working days between two dates, the first not counted, and backwards as negative', () => {
    expect(workingDaysBetween('2026-04-28', '2026-05-11', MAY_2026)).toBe(7);
    expect(workingDaysBetween('2026-05-11', '2026-04-28', MAY_2026)).toBe(-7);
    expect(workingDaysBetween('2026-05-01', '2026-05-05', MAY_2026)).toBe(0);
    expect(workingDaysBetween('2026-05-08', '2026-05-08', MAY_2026)).toBe(0);
  });

  it('is the inverse of adding working days', () => {
    for (const n of [1, 2, 5, 10, 60])
      expect(workingDaysBetween('2026-04-24', addWorkingDays('2026-04-24', n, MAY_2026), MAY_2026)).toBe(n);
  });

  it('shows a deadline as days left, 0 on the day, and overdue after it', () => {
    expect(timerOf('2026-05-11', '2026-04-28', MAY_2026)).toEqual({
      dueOn: '2026-05-11',
      workingDaysLeft: 7,
      overdue: false,
    });
    expect(timerOf('2026-05-11', '2026-05-11', MAY_2026)).toMatchObject({ workingDaysLeft: 0, overdue: false });
    expect(timerOf('2026-05-11', '2026-05-13', MAY_2026)).toMatchObject({ workingDaysLeft: -2, overdue: true });
  });
});
