// Business time is Asia/Shanghai: UTC+8 all year (no daylight saving since 1991), so a fixed offset is exact.
const OFFSET_MS = 8 * 3_600_000;

export type LocalParts = { year: number; month: number; day: number; isoWeekday: number; minuteOfDay: number };

export function shanghaiParts(t: Date): LocalParts {
  const l = new Date(t.getTime() + OFFSET_MS);
  const weekday = l.getUTCDay();
  return {
    year: l.getUTCFullYear(),
    month: l.getUTCMonth() + 1,
    day: l.getUTCDate(),
    isoWeekday: weekday === 0 ? 7 : weekday,
    minuteOfDay: l.getUTCHours() * 60 + l.getUTCMinutes(),
  };
}

/** The instant of a local date ('YYYY-MM-DD') plus minutes after local midnight. */
export function shanghaiInstant(date: string, minuteOfDay = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - OFFSET_MS + minuteOfDay * 60_000);
}

/** The local calendar date of an instant, 'YYYY-MM-DD'. */
export function shanghaiDate(t: Date): string {
  return new Date(t.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An instant as a Shanghai wall-clock time, 'YYYY-MM-DD HH:mm:ss' (for exports and messages). */
export function shanghaiDateTime(t: Date): string {
  return new Date(t.getTime() + OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}
