import { type OpeningHours, openWindows, shanghaiInstant } from '@cz/shared';
import { describe, expect, it } from 'vitest';
import type { Availability } from '../../../../kit/types';
import {
  buildCells,
  cellId,
  clickCell,
  freeHoursByDate,
  gridRows,
  hhmm,
  inSelection,
  lengthsFrom,
  mondayOf,
  monthBounds,
  type SlotPolicy,
  violationOf,
  weekDates,
} from './slot-grid';

const weekdays: [string, string][] = [['09:00', '17:00']];
const HOURS: OpeningHours = {
  mon: weekdays,
  tue: weekdays,
  wed: weekdays,
  thu: weekdays,
  fri: weekdays,
  sat: [],
  sun: [],
};
const POLICY: SlotPolicy = {
  status: 'available',
  openingHours: HOURS,
  minMinutes: 30,
  maxMinutes: 120,
  slotMinutes: 30,
  horizonDays: 30,
  minNoticeMinutes: 60,
  bufferMinutes: 0,
};
const MONDAY = '2026-11-30';
/** Friday before, at midnight in Shanghai: every slot of the week is past the notice and within the horizon. */
const NOW = shanghaiInstant('2026-11-27', 0);
const at = (date: string, hm: string) => {
  const [h, m] = hm.split(':').map(Number) as [number, number];
  return shanghaiInstant(date, h * 60 + m);
};
const iso = (date: string, hm: string) => at(date, hm).toISOString();

function availability(extra: Partial<Availability> = {}): Availability {
  const open = openWindows(HOURS, MONDAY, '2026-12-06').map((w) => ({
    start: w.start.toISOString(),
    end: w.end.toISOString(),
  }));
  return { open, busy: [], blackouts: [], ...extra };
}

describe('week and time helpers', () => {
  it('finds the Monday of any day of the week, in Shanghai time', () => {
    expect(mondayOf('2026-12-02')).toBe(MONDAY);
    expect(mondayOf('2026-12-06')).toBe(MONDAY);
    expect(mondayOf(MONDAY)).toBe(MONDAY);
  });

  it('lists the seven dates of a week across a month end', () => {
    expect(weekDates(MONDAY)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });

  it('names a cell by its Shanghai date and time', () => {
    expect(hhmm(at(MONDAY, '08:30'))).toBe('08:30');
    expect(cellId(at(MONDAY, '08:30'))).toBe('slot-2026-11-30-0830');
    expect(cellId(at(MONDAY, '00:00'))).toBe('slot-2026-11-30-0000');
  });
});

describe('gridRows', () => {
  it('spans the earliest opening to the latest closing, one row per slot', () => {
    const rows = gridRows(HOURS, 30);
    expect(rows[0]).toBe(9 * 60);
    expect(rows.at(-1)).toBe(16 * 60 + 30);
    expect(rows).toHaveLength(16);
  });

  it('starts on the slot boundary before an opening that is not on one', () => {
    const rows = gridRows({ ...HOURS, mon: [['09:15', '10:00']] }, 30);
    expect(rows[0]).toBe(9 * 60);
  });

  it('falls back to 08:00–18:00 for an instrument with no opening hours', () => {
    const closed: OpeningHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const rows = gridRows(closed, 60);
    expect(rows[0]).toBe(8 * 60);
    expect(rows.at(-1)).toBe(17 * 60);
  });
});

describe('lengthsFrom', () => {
  it('offers every multiple of the slot from the minimum to the maximum', () => {
    expect(lengthsFrom(POLICY, availability(), at(MONDAY, '09:00'), NOW)).toEqual([30, 60, 90, 120]);
  });

  it('stops at closing time: the last slot of the day allows only the minimum', () => {
    expect(lengthsFrom(POLICY, availability(), at(MONDAY, '16:00'), NOW)).toEqual([30, 60]);
    expect(lengthsFrom(POLICY, availability(), at(MONDAY, '16:30'), NOW)).toEqual([30]);
  });

  it('stops before busy time, and earlier still with a buffer after each booking', () => {
    const avail = availability({
      busy: [{ start: iso(MONDAY, '10:00'), end: iso(MONDAY, '11:00'), status: 'approved', mine: false }],
    });
    expect(lengthsFrom(POLICY, avail, at(MONDAY, '09:00'), NOW)).toEqual([30, 60]);
    expect(lengthsFrom({ ...POLICY, bufferMinutes: 30 }, avail, at(MONDAY, '09:00'), NOW)).toEqual([30]);
    expect(lengthsFrom(POLICY, avail, at(MONDAY, '11:00'), NOW)).toEqual([30, 60, 90, 120]);
  });

  it('lets a reschedule overlap the booking being moved', () => {
    const mine = { start: iso(MONDAY, '09:30'), end: iso(MONDAY, '10:30'), status: 'approved', mine: true };
    const avail = availability({ busy: [mine] });
    expect(lengthsFrom(POLICY, avail, at(MONDAY, '09:00'), NOW)).toEqual([30]);
    expect(lengthsFrom(POLICY, avail, at(MONDAY, '09:00'), NOW, mine)).toEqual([30, 60, 90, 120]);
  });

  it('offers nothing inside the notice period, on a closed day or in a blackout', () => {
    const soon = new Date(at(MONDAY, '09:00').getTime() - 30 * 60_000);
    expect(lengthsFrom(POLICY, availability(), at(MONDAY, '09:00'), soon)).toEqual([]);
    expect(lengthsFrom(POLICY, availability(), at('2026-12-05', '09:00'), NOW)).toEqual([]);
    const blackout = availability({
      blackouts: [{ start: iso(MONDAY, '09:00'), end: iso(MONDAY, '12:00'), reason: 'service' }],
    });
    expect(lengthsFrom(POLICY, blackout, at(MONDAY, '10:00'), NOW)).toEqual([]);
  });

  it('allows exactly the minimum notice, and nothing a minute less', () => {
    const start = at(MONDAY, '09:00');
    const exactly = new Date(start.getTime() - 60 * 60_000);
    const short = new Date(exactly.getTime() + 60_000);
    expect(lengthsFrom(POLICY, availability(), start, exactly)).toEqual([30, 60, 90, 120]);
    expect(lengthsFrom(POLICY, availability(), start, short)).toEqual([]);
  });
});

describe('buildCells', () => {
  const rows = gridRows(HOURS, 30);
  const stateAt = (cells: ReturnType<typeof buildCells>, date: string, hm: string) =>
    cells.get(date)?.find((c) => hhmm(c.start) === hm)?.state;

  it('marks each cell free, busy, mine, blackout, closed or unbookable', () => {
    const avail = availability({
      busy: [
        { start: iso(MONDAY, '10:00'), end: iso(MONDAY, '11:00'), status: 'approved', mine: false },
        { start: iso(MONDAY, '13:00'), end: iso(MONDAY, '13:30'), status: 'pending', mine: true },
      ],
      blackouts: [{ start: iso('2026-12-01', '09:00'), end: iso('2026-12-01', '17:00'), reason: 'service' }],
    });
    const cells = buildCells(POLICY, avail, weekDates(MONDAY), rows, NOW);
    expect(stateAt(cells, MONDAY, '09:00')).toBe('free');
    expect(stateAt(cells, MONDAY, '10:30')).toBe('busy');
    expect(stateAt(cells, MONDAY, '13:00')).toBe('mine');
    expect(cells.get(MONDAY)?.find((c) => hhmm(c.start) === '13:00')?.note).toBe('pending');
    expect(stateAt(cells, '2026-12-01', '12:00')).toBe('blackout');
    expect(stateAt(cells, '2026-12-05', '09:00')).toBe('closed');
  });

  it('marks cells inside the notice period or past the horizon unbookable', () => {
    const now = at(MONDAY, '09:30');
    const cells = buildCells(POLICY, availability(), [MONDAY], rows, now);
    expect(stateAt(cells, MONDAY, '10:00')).toBe('unbookable');
    expect(stateAt(cells, MONDAY, '10:30')).toBe('free');
    const far = buildCells({ ...POLICY, horizonDays: 1 }, availability(), ['2026-12-04'], rows, NOW);
    expect(stateAt(far, '2026-12-04', '09:00')).toBe('unbookable');
  });

  it('marks every open cell unbookable while the instrument is in maintenance', () => {
    const cells = buildCells({ ...POLICY, status: 'maintenance' }, availability(), [MONDAY], rows, NOW);
    expect(cells.get(MONDAY)?.every((c) => c.state === 'unbookable')).toBe(true);
  });

  it('counts free hours per date, and none for a closed day', () => {
    const cells = buildCells(POLICY, availability(), weekDates(MONDAY), rows, NOW);
    const hours = freeHoursByDate(cells, 30);
    expect(hours.get(MONDAY)).toBe(8);
    expect(hours.get('2026-12-06')).toBeNull();
  });
});

describe('clickCell', () => {
  const rows = gridRows(HOURS, 30);
  const cells = buildCells(POLICY, availability(), [MONDAY], rows, NOW).get(MONDAY) ?? [];
  const cell = (hm: string) => {
    const c = cells.find((x) => hhmm(x.start) === hm);
    if (!c) throw new Error(`no cell ${hm}`);
    return c;
  };

  it('selects the minimum length on a free cell', () => {
    expect(clickCell(POLICY, availability(), null, cell('09:00'), NOW)).toEqual({
      start: at(MONDAY, '09:00'),
      minutes: 30,
    });
  });

  it('extends the selection to a later cell of the same day up to the maximum', () => {
    const first = { start: at(MONDAY, '09:00'), minutes: 30 };
    expect(clickCell(POLICY, availability(), first, cell('10:30'), NOW)).toEqual({
      start: at(MONDAY, '09:00'),
      minutes: 120,
    });
    // 09:00–11:30 would be 150 minutes, over the maximum: a new selection starts at the clicked cell.
    expect(clickCell(POLICY, availability(), first, cell('11:00'), NOW)).toEqual({
      start: at(MONDAY, '11:00'),
      minutes: 30,
    });
  });

  it('keeps the selection when the clicked cell cannot be booked', () => {
    const closed = buildCells(POLICY, availability(), ['2026-12-05'], rows, NOW).get('2026-12-05')?.[0];
    const current = { start: at(MONDAY, '09:00'), minutes: 30 };
    expect(closed && clickCell(POLICY, availability(), current, closed, NOW)).toEqual(current);
  });

  it('tells which cells a selection covers, end excluded', () => {
    const sel = { start: at(MONDAY, '09:00'), minutes: 60 };
    expect(inSelection(sel, cell('09:30'))).toBe(true);
    expect(inSelection(sel, cell('10:00'))).toBe(false);
    expect(inSelection(null, cell('09:00'))).toBe(false);
  });

  it('reports the rule a chosen period breaks', () => {
    expect(violationOf(POLICY, availability(), { start: at(MONDAY, '16:30'), minutes: 60 }, NOW)).toBe(
      'booking.outside_hours',
    );
    expect(violationOf(POLICY, availability(), { start: at(MONDAY, '09:00'), minutes: 150 }, NOW)).toBe(
      'booking.too_long',
    );
    expect(violationOf(POLICY, availability(), { start: at(MONDAY, '09:00'), minutes: 30 }, NOW)).toBeNull();
  });
});

describe('monthBounds', () => {
  it('wraps December into January of the next year, and January back', () => {
    expect(monthBounds('2026-12-01')).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
      next: '2027-01-01',
      prev: '2026-11-01',
    });
    expect(monthBounds('2027-01-01').prev).toBe('2026-12-01');
  });

  it('ends February on the 29th in a leap year', () => {
    expect(monthBounds('2028-02-01').to).toBe('2028-02-29');
    expect(monthBounds('2027-02-01').to).toBe('2027-02-28');
  });
});
