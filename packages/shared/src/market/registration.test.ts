import { describe, expect, it } from 'vitest';
import { calendarOf, EMPTY_CALENDAR } from '../policy/working-days.ts';
import {
  DEFAULT_REGISTRATION_LIMITS,
  parseRegistrationNumber,
  registrationDeadline,
  registrationNumber,
} from './registration.ts';

const W = 1_000_000;

describe('the time a registration point has to decide', () => {
  // Monday 2026-03-02.
  it('is 15 working days below 500万元 of 技术交易额 and 30 from it, both sides of the line', () => {
    const below = registrationDeadline({ submittedOn: '2026-03-02', techTradeFen: 500 * W - 1 }, EMPTY_CALENDAR);
    expect(below).toMatchObject({ workingDays: 15, review: false, dueOn: '2026-03-23' });
    const at = registrationDeadline({ submittedOn: '2026-03-02', techTradeFen: 500 * W }, EMPTY_CALENDAR);
    expect(at).toMatchObject({ workingDays: 30, review: true, dueOn: '2026-04-13' });
  });
  it('is the longer limit for a dispute whatever the amount', () => {
    expect(
      registrationDeadline({ submittedOn: '2026-03-02', techTradeFen: 1, disputed: true }, EMPTY_CALENDAR).workingDays,
    ).toBe(30);
  });
  it('starts again, in full, on the day missing materials are supplied', () => {
    const d = registrationDeadline(
      { submittedOn: '2026-03-02', suppliedOn: '2026-03-16', techTradeFen: 10 * W },
      EMPTY_CALENDAR,
    );
    expect(d).toMatchObject({ from: '2026-03-16', dueOn: '2026-04-06' });
  });
  it('skips the calendar’s holidays and counts its worked weekend days', () => {
    // Friday 2026-10-02 a holiday, Saturday 2026-10-10 worked: 5 working days from Thursday 2026-10-01.
    const cal = calendarOf([
      { day: '2026-10-02', kind: 'holiday' },
      { day: '2026-10-10', kind: 'workday' },
    ]);
    const d = registrationDeadline({ submittedOn: '2026-10-01', techTradeFen: 1 }, cal, {
      ...DEFAULT_REGISTRATION_LIMITS,
      workingDays: 5,
    });
    expect(d.dueOn).toBe('2026-10-09');
    const six = registrationDeadline({ submittedOn: '2026-10-01', techTradeFen: 1 }, cal, {
      ...DEFAULT_REGISTRATION_LIMITS,
      workingDays: 6,
    });
    expect(six.dueOn).toBe('2026-10-10');
  });
});

describe('registration numbers', () => {
  it('are year 2 + province 2 + city 2 + point 2 + serial 6 by default, and read back', () => {
    const n = registrationNumber({ year: 2026, province: '14', city: '04', point: '01', serial: 37 });
    expect(n).toBe('26140401000037');
    expect(parseRegistrationNumber(n)).toEqual({ year: '26', province: '14', city: '04', point: '01', serial: 37 });
  });
  it('follow another layout when configured', () => {
    const n = registrationNumber({ year: 2026, province: '14', city: '04', point: '1', serial: 5 }, 'YYYYPPCCRSSSSS');
    expect(n).toBe('20261404100005');
    expect(parseRegistrationNumber(n, 'YYYYPPCCRSSSSS')).toMatchObject({ year: '2026', point: '1', serial: 5 });
  });
  it('refuse parts that do not fit, never cutting them, and numbers of another length', () => {
    const ok = { year: 2026, province: '14', city: '04', point: '01', serial: 1 };
    expect(() => registrationNumber({ ...ok, serial: 1_000_000 })).toThrow(RangeError);
    expect(() => registrationNumber({ ...ok, serial: 0 })).toThrow(RangeError);
    expect(() => registrationNumber({ ...ok, province: '140' })).toThrow(RangeError);
    expect(() => registrationNumber(ok, 'YYSS')).toThrow(RangeError);
    expect(registrationNumber({ ...ok, serial: 999_999 })).toBe('26140401999999');
    expect(parseRegistrationNumber('2614040100003')).toBeNull();
    expect(parseRegistrationNumber('26140401000000')).toBeNull();
    expect(parseRegistrationNumber('2614 0401 0000 37')).toMatchObject({ serial: 37 });
  });
});
