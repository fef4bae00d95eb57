import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Business dates and every displayed time are in the zone's time zone, whatever the browser's. */
export const ZONE_TZ = 'Asia/Shanghai';

export function setDayjsLocale(locale: 'zh-CN' | 'en-US') {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(ZONE_TZ).format('YYYY-MM-DD HH:mm') : '—';
}

/** The Shanghai calendar date of an instant (a voucher's validity ends at an instant). */
export function formatZoneDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(ZONE_TZ).format('YYYY-MM-DD') : '—';
}

export function formatDate(isoDate: string | null | undefined): string {
  return isoDate ? isoDate.slice(0, 10) : '—';
}

/** A calendar date (YYYY-MM-DD) as picked in a DatePicker; null when empty. */
export function toIsoDate(d: Dayjs | null | undefined): string | null {
  return d ? d.format('YYYY-MM-DD') : null;
}

export function fromIsoDate(s: string | null | undefined): Dayjs | undefined {
  return s ? dayjs(s, 'YYYY-MM-DD') : undefined;
}

/** Start of a day in Shanghai as an ISO instant (for audit filters). */
export function zoneDayStart(d: Dayjs): string {
  return dayjs.tz(d.format('YYYY-MM-DD'), ZONE_TZ).toISOString();
}

export function zoneDayEnd(d: Dayjs): string {
  return dayjs.tz(d.format('YYYY-MM-DD'), ZONE_TZ).endOf('day').toISOString();
}

export { dayjs };

/**
 * Pickers work in the browser's time zone; business times are Shanghai's. A Shanghai instant is shown in a picker as
 * the same wall-clock time, and read back from it as Shanghai time, whatever the browser's zone.
 */
export function toZoneWallClock(iso: string): Dayjs {
  return dayjs(dayjs(iso).tz(ZONE_TZ).format('YYYY-MM-DDTHH:mm:ss'));
}

export function fromZoneWallClock(d: Dayjs): string {
  return dayjs.tz(d.format('YYYY-MM-DDTHH:mm:ss'), ZONE_TZ).toISOString();
}

/** A period in Shanghai time: 2026-11-30 08:30–09:30 (the end's date only when it differs). */
export function formatPeriod(start: string, end: string): string {
  const s = dayjs(start).tz(ZONE_TZ);
  const e = dayjs(end).tz(ZONE_TZ);
  return `${s.format('YYYY-MM-DD HH:mm')}–${e.format(s.isSame(e, 'day') ? 'HH:mm' : 'YYYY-MM-DD HH:mm')}`;
}
