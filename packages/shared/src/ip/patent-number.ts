// 中国专利申请号 (ZC 0006-2003《专利申请号标准》): the application number of a Chinese patent, with its check character.
//
// Current form (from 2003-10-01): 4-digit year of filing + 1-digit application type + 7-digit serial, then "." and a
// check character. Older form (1989 – 2003-09-30): 2-digit year + 1-digit type + 5-digit serial, "." and the check.
// The check character is Σ digitᵢ × weightᵢ mod 11, written X when it is 10; weights 2,3,4,5,6,7,8,9,2,3,4,5 on the
// twelve digits of the current form and 2–9 on the eight digits of the older one.

/** The application type digit: 1 发明, 2 实用新型, 3 外观设计, 8 PCT 发明 (national phase), 9 PCT 实用新型 (national phase). */
export const PATENT_TYPE_DIGITS = ['1', '2', '3', '8', '9'] as const;
export type PatentTypeDigit = (typeof PATENT_TYPE_DIGITS)[number];

const CURRENT_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
const LEGACY_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9];

export type PatentNumberProblem =
  /** Nothing typed. */
  | 'empty'
  /** A character other than digits, the dot and a final X. */
  | 'character'
  /** Neither 12 digits (current form) nor 8 (older form) before the check character. */
  | 'length'
  /** The digits are complete but the check character is missing; `expected` says which it is. */
  | 'check_missing'
  /** The check character does not match the digits; `expected` says which it should be. */
  | 'check'
  /** The type digit is not 1, 2, 3, 8 or 9. */
  | 'type'
  /** The year cannot be one of the form (current form: 2003 on; older form: 1985–2003). */
  | 'year';

export type PatentNumber = {
  /** As stored: digits, ".", check character (e.g. `202310123456.6`). */
  normalised: string;
  form: 'current' | 'legacy';
  year: number;
  type: PatentTypeDigit;
  serial: string;
  check: string;
};

export type PatentNumberResult =
  | { ok: true; value: PatentNumber }
  | { ok: false; problem: PatentNumberProblem; expected?: string };

/** The check character of 12 (current form) or 8 (older form) digits, or null for anything else. */
export function patentCheckChar(digits: string): string | null {
  if (!/^\d+$/.test(digits)) return null;
  const weights = digits.length === 12 ? CURRENT_WEIGHTS : digits.length === 8 ? LEGACY_WEIGHTS : null;
  if (!weights) return null;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (weights[i] as number);
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/**
 * What a person typed, tidied: full-width characters become half-width (２０２３…．７), the ideographic full stop
 * becomes ".", spaces go, letters are upper-cased, and a leading `ZL` (专利号) or `CN` is dropped.
 */
export function cleanPatentInput(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3002\uFF61]/g, '.')
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase()
    .replace(/^(ZL|CN)/, '');
}

/** Reads a CN patent application number in any of the forms people type; answers its parts or why it is wrong. */
export function parsePatentNumber(input: string): PatentNumberResult {
  const s = cleanPatentInput(input);
  if (s === '') return { ok: false, problem: 'empty' };
  if (!/^\d+(\.?[\dX])?$/.test(s) || (s.includes('.') && s.indexOf('.') !== s.length - 2))
    return { ok: false, problem: /^[\d.X]+$/.test(s) ? 'length' : 'character' };
  const compact = s.replace('.', '');
  let digits: string;
  let check: string | null;
  if (/^\d{12}$/.test(compact) || /^\d{8}$/.test(compact)) {
    if (s.includes('.')) return { ok: false, problem: 'length' };
    digits = compact;
    check = null;
  } else if (/^\d{12}[\dX]$/.test(compact) || /^\d{8}[\dX]$/.test(compact)) {
    digits = compact.slice(0, -1);
    check = compact.slice(-1);
  } else return { ok: false, problem: 'length' };
  const form = digits.length === 12 ? 'current' : 'legacy';
  const type = digits[form === 'current' ? 4 : 2] as string;
  if (!(PATENT_TYPE_DIGITS as readonly string[]).includes(type)) return { ok: false, problem: 'type' };
  const year = form === 'current' ? Number(digits.slice(0, 4)) : legacyYear(Number(digits.slice(0, 2)));
  if (year === null || (form === 'current' && (year < 2003 || year > 2099))) return { ok: false, problem: 'year' };
  const expected = patentCheckChar(digits) as string;
  if (check === null) return { ok: false, problem: 'check_missing', expected };
  if (check !== expected) return { ok: false, problem: 'check', expected };
  return {
    ok: true,
    value: {
      normalised: `${digits}.${check}`,
      form,
      year,
      type: type as PatentTypeDigit,
      serial: digits.slice(form === 'current' ? 5 : 3),
      check,
    },
  };
}

/** The older form's two-digit year: 85–99 are 1985–1999, 00–03 are 2000–2003 (the form ended on 2003-09-30). */
function legacyYear(yy: number): number | null {
  if (yy >= 85) return 1900 + yy;
  if (yy <= 3) return 2000 + yy;
  return null;
}

/** The normalised number, or null when it is not a valid CN patent application number. */
export function normalisePatentNumber(input: string): string | null {
  const r = parsePatentNumber(input);
  return r.ok ? r.value.normalised : null;
}

/** The type digit of a stored (normalised) number. */
export function patentTypeOf(normalised: string): PatentTypeDigit | null {
  const r = parsePatentNumber(normalised);
  return r.ok ? r.value.type : null;
}
