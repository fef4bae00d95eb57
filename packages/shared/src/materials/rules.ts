import { addDays } from '../common/shanghai-time.ts';
import { daysBetween } from '../cultivation/exact.ts';
import {
  EXPIRY_NOTICE_DAYS,
  isPerYear,
  MATERIAL_KINDS,
  type MaterialKind,
  type MaterialReview,
  type MaterialValidity,
  type MissingReason,
} from './kinds.ts';

/** The period of a material: a year for per-year kinds, dates for the others. */
export type MaterialPeriod = { year?: number | null; validFrom?: string | null; validTo?: string | null };

/**
 * What is wrong with a material's period for its kind, as error codes (the same codes the server answers when the
 * database's CHECKs refuse it): a per-year kind has a year and no dates; the others a start date, an end on or after
 * it, and an end where the kind requires one (高企证书).
 */
export function periodProblems(kind: MaterialKind, p: MaterialPeriod): { field: string; code: string }[] {
  const out: { field: string; code: string }[] = [];
  if (isPerYear(kind)) {
    if (p.year === null || p.year === undefined) out.push({ field: 'year', code: 'materials.period_mismatch' });
    if (p.validFrom || p.validTo) out.push({ field: 'validFrom', code: 'materials.period_mismatch' });
    return out;
  }
  if (p.year !== null && p.year !== undefined) out.push({ field: 'year', code: 'materials.period_mismatch' });
  if (!p.validFrom) out.push({ field: 'validFrom', code: 'materials.period_mismatch' });
  if (MATERIAL_KINDS[kind].end === 'required' && !p.validTo)
    out.push({ field: 'validTo', code: 'materials.end_required' });
  if (p.validFrom && p.validTo && p.validTo < p.validFrom)
    out.push({ field: 'validTo', code: 'materials.dates_order' });
  return out;
}

/** The end a certificate of this kind usually has when it starts on `validFrom` (高企证书: 3 years less a day). */
export function proposedEnd(kind: MaterialKind, validFrom: string): string | null {
  const years = MATERIAL_KINDS[kind].termYears;
  if (!years) return null;
  const [y, m, d] = validFrom.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February plus whole years lands on 1 March: the term still ends the day before.
  return addDays(end.toISOString().slice(0, 10), -1);
}

/**
 * Whether a material is valid on `date`: a per-year material always is (a year's statements do not expire); another
 * is not yet valid before its start, expired once its end has passed (valid on the end date itself), expiring in
 * the last EXPIRY_NOTICE_DAYS days, valid otherwise and when it has no end.
 */
export function validityOn(m: MaterialPeriod, date: string): MaterialValidity {
  if (!m.validFrom) return 'valid';
  if (m.validFrom > date) return 'not_yet_valid';
  if (!m.validTo) return 'valid';
  if (m.validTo < date) return 'expired';
  return daysBetween(date, m.validTo) <= EXPIRY_NOTICE_DAYS ? 'expiring' : 'valid';
}

export const isValidOn = (m: MaterialPeriod, date: string): boolean => {
  const v = validityOn(m, date);
  return v === 'valid' || v === 'expiring';
};

/** Which years a per-year requirement asks for. */
export type YearSpec = number | 'latest' | 'last2' | 'last3';

/**
 * The fiscal years a requirement names on `onDate`: `latest` is the last completed year (onDate's year − 1), `last2`
 * and `last3` that year and the one or two before it, newest first; a number is that year.
 */
export function requiredYears(spec: YearSpec | undefined, onDate: string): number[] {
  if (typeof spec === 'number') return [spec];
  const last = Number(onDate.slice(0, 4)) - 1;
  const n = spec === 'last3' ? 3 : spec === 'last2' ? 2 : 1;
  return Array.from({ length: n }, (_, i) => last - i);
}

/** A current material of the vault, as the resolution sees it. */
export type Candidate = MaterialPeriod & { id: number; review: MaterialReview };

export type Requirement = { kind: MaterialKind; year?: YearSpec | undefined; validOn?: string | undefined };

export type Resolved = {
  satisfied: boolean;
  /** The materials that satisfy the requirement (for `last2` one per year, newest first). */
  supplied: number[];
  /** What is still missing, with why: per year for per-year kinds, one entry otherwise. */
  missing: { year: number | null; reason: MissingReason }[];
};

/**
 * What the vault supplies for one requirement, from the organisation's current materials of its kind, on `onDate`.
 *
 * Per-year kinds: each required year is supplied by its material unless that one was rejected (`rejected`); a year
 * without one is missing, `older_year` when the vault holds only earlier years, `none` otherwise.
 *
 * Other kinds: a material supplies when not rejected and valid on `validOn` (a date the requirement names: 高企 on
 * 31 December of the year rewarded) or else on `onDate`; kinds held several at once supply every such one. Missing,
 * the reason is the first that holds of `expired`, `not_yet_valid`, `rejected`, `none`.
 *
 * Materials waiting for the administration's check are supplied: the application's reviewer sees their state.
 */
export function resolveRequirement(req: Requirement, candidates: Candidate[], onDate: string): Resolved {
  const usable = candidates.filter((c) => c.review !== 'rejected');
  if (isPerYear(req.kind)) {
    const supplied: number[] = [];
    const missing: Resolved['missing'] = [];
    for (const year of requiredYears(req.year, onDate)) {
      const ofYear = candidates.filter((c) => c.year === year);
      const good = ofYear.find((c) => c.review !== 'rejected');
      if (good) supplied.push(good.id);
      else if (ofYear.length > 0) missing.push({ year, reason: 'rejected' });
      else if (usable.some((c) => (c.year ?? 0) < year)) missing.push({ year, reason: 'older_year' });
      else missing.push({ year, reason: 'none' });
    }
    return { satisfied: missing.length === 0, supplied, missing };
  }
  const date = req.validOn ?? onDate;
  const valid = usable
    .filter((c) => isValidOn(c, date))
    .sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? '') || b.id - a.id);
  if (valid.length > 0) {
    const supplied = MATERIAL_KINDS[req.kind].multiple ? valid : valid.slice(0, 1);
    return { satisfied: true, supplied: supplied.map((c) => c.id), missing: [] };
  }
  const reason: MissingReason = usable.some((c) => validityOn(c, date) === 'expired')
    ? 'expired'
    : usable.some((c) => validityOn(c, date) === 'not_yet_valid')
      ? 'not_yet_valid'
      : candidates.length > usable.length
        ? 'rejected'
        : 'none';
  return { satisfied: false, supplied: [], missing: [{ year: null, reason }] };
}
