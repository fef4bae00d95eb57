/**
 * 技术合同认定登记: the time a registration point has to decide, and the registration number it gives. The national
 * rules were rewritten in 2026 (技术合同认定登记管理办法 of 2026-01, replacing the 2000 办法 and the 2001 规则), so the
 * limits, the threshold and the number's layout are configuration with the defaults below.
 */
import { addWorkingDays, type WorkCalendar } from '../policy/working-days.ts';

export type RegistrationLimits = {
  /** Working days to decide an ordinary application. */
  workingDays: number;
  /** Working days when the contract needs expert review: a 技术交易额 at or above the threshold, or a dispute. */
  reviewWorkingDays: number;
  /** 技术交易额 (fen) from which the longer limit applies. */
  reviewThresholdFen: number;
};

export const DEFAULT_REGISTRATION_LIMITS: RegistrationLimits = {
  workingDays: 15,
  reviewWorkingDays: 30,
  reviewThresholdFen: 500 * 1_000_000,
};

export type RegistrationDeadline = { dueOn: string; workingDays: number; review: boolean; from: string };

/**
 * The day by which the point must decide: counted in working days from the day the application was complete — its
 * submission, or the day the missing materials were supplied, which starts the count again (the days before do not
 * carry over).
 */
export function registrationDeadline(
  a: { submittedOn: string; suppliedOn?: string | null; techTradeFen: number; disputed?: boolean },
  cal: WorkCalendar,
  limits: RegistrationLimits = DEFAULT_REGISTRATION_LIMITS,
): RegistrationDeadline {
  const from = a.suppliedOn && a.suppliedOn > a.submittedOn ? a.suppliedOn : a.submittedOn;
  const review = a.techTradeFen >= limits.reviewThresholdFen || a.disputed === true;
  const workingDays = review ? limits.reviewWorkingDays : limits.workingDays;
  return { dueOn: addWorkingDays(from, workingDays, cal), workingDays, review, from };
}

/**
 * The layout of a registration number, one letter per digit: Y year, P province, C city, R registration point, S
 * serial. The default is the legacy 14 digits, year 2 + province 2 + city 2 + point 2 + serial 6.
 */
export const DEFAULT_NUMBER_LAYOUT = 'YYPPCCRRSSSSSS';

export type NumberParts = { year: number; province: string; city: string; point: string; serial: number };

const LAYOUT = /^(Y+)(P+)(C+)(R+)(S+)$/;

function widths(layout: string) {
  const m = LAYOUT.exec(layout);
  if (!m) throw new RangeError(`registration number layout must be Y…P…C…R…S…, got ${layout}`);
  const [, y, p, c, r, s] = m.map((g) => g.length);
  return { y, p, c, r, s } as { y: number; p: number; c: number; r: number; s: number };
}

/** The number for `parts` in `layout`; a part that does not fit its digits is an error, never cut. */
export function registrationNumber(parts: NumberParts, layout = DEFAULT_NUMBER_LAYOUT): string {
  const w = widths(layout);
  const digits = (v: string, n: number, what: string) => {
    if (!new RegExp(`^\\d{${n}}$`).test(v)) throw new RangeError(`${what} must be ${n} digits, got ${v}`);
    return v;
  };
  const year = String(parts.year).slice(-w.y);
  if (!Number.isSafeInteger(parts.serial) || parts.serial < 1 || String(parts.serial).length > w.s)
    throw new RangeError(`serial must be 1 to ${'9'.repeat(w.s)}, got ${parts.serial}`);
  return [
    digits(year, w.y, 'year'),
    digits(parts.province, w.p, 'province'),
    digits(parts.city, w.c, 'city'),
    digits(parts.point, w.r, 'registration point'),
    String(parts.serial).padStart(w.s, '0'),
  ].join('');
}

/** The parts of a number in `layout`, or null when it is not one. */
export function parseRegistrationNumber(
  number: string,
  layout = DEFAULT_NUMBER_LAYOUT,
): (Omit<NumberParts, 'year'> & { year: string }) | null {
  const w = widths(layout);
  const n = number.replace(/\s+/g, '');
  if (!new RegExp(`^\\d{${layout.length}}$`).test(n)) return null;
  const ends = [w.y, w.y + w.p, w.y + w.p + w.c, w.y + w.p + w.c + w.r];
  const year = n.slice(0, ends[0]);
  const province = n.slice(ends[0], ends[1]);
  const city = n.slice(ends[1], ends[2]);
  const point = n.slice(ends[2], ends[3]);
  const serial = Number(n.slice(ends[3]));
  if (serial < 1) return null;
  return { year, province, city, point, serial };
}
