import { describe, expect, it } from 'vitest';
import { calendarOf } from '../policy/working-days.ts';
import { CASE_TRANSITIONS, firstContactDue } from './cases.ts';

// A calendar of the kind the State Council's yearly notice sets: 国庆节 off 1–7 October (the weekend within it is off
// anyway), Sunday 27 September and Saturday 10 October worked.
const cal = calendarOf([
  ...['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'].map((day) => ({
    day,
    kind: 'holiday' as const,
  })),
  { day: '2026-09-27', kind: 'workday' },
  { day: '2026-10-10', kind: 'workday' },
]);

describe('the first-contact clock (2 working days after posting, the zone calendar)', () => {
  it.each([
    ['a Monday', '2026-12-07', '2026-12-09'],
    ['a Thursday', '2026-12-10', '2026-12-14'],
    ['a Friday', '2026-12-11', '2026-12-15'],
    ['a Saturday', '2026-12-12', '2026-12-15'],
    ['a Sunday', '2026-12-13', '2026-12-15'],
    ['the Friday before a worked Sunday', '2026-09-25', '2026-09-28'],
    ['the day before the National Day holiday', '2026-09-30', '2026-10-09'],
    ['inside the holiday', '2026-10-03', '2026-10-09'],
    ['the Friday before a worked Saturday', '2026-10-09', '2026-10-12'],
  ])('posted on %s (%s) is due on %s', (_, posted, due) => {
    expect(firstContactDue(posted, 2, cal)).toBe(due);
  });

  it('takes the number of days from the settings', () => {
    expect(firstContactDue('2026-12-07', 1, cal)).toBe('2026-12-08');
    expect(firstContactDue('2026-12-07', 5, cal)).toBe('2026-12-14');
  });
});

describe('loan case steps', () => {
  it('declines only before disbursement, and ends a loan repaid or non-performing', () => {
    expect(CASE_TRANSITIONS.decline.from).not.toContain('disbursed');
    expect(CASE_TRANSITIONS.repay.from).toEqual(['disbursed']);
    expect(CASE_TRANSITIONS.default.from).toEqual(['disbursed']);
  });
});
