// 发文字号 and the dates of a document as Chinese documents write them.

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
/** Full-width letters, digits and signs as half-width (１２号 → 12号); the ideographic space as a space. */
export const halfWidth = (s: string) =>
  s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

const OPEN = '〔\\[［【(（〈';
const CLOSE = '〕\\]］】)）〉';
/** Agency code (机关代字), year in brackets, serial and 号: 长高新发〔2026〕12号, 晋政发[2025]3号. */
const BRACKETED = new RegExp(
  `([\\u4e00-\\u9fa5A-Za-z]{1,10}?)\\s*[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]\\s*第?\\s*(\\d{1,5})\\s*号`,
  'g',
);
/** A 公告's number: 财政部 税务总局公告2023年第7号. */
const ANNOUNCEMENT = /((?:[\u4e00-\u9fa5]{2,12}\s?){0,3}?公告)\s*((?:19|20)\d{2})\s*年\s*第\s*(\d{1,5})\s*号/g;
/** Words that start a sentence citing a document, not the agency's code: 根据长高新发〔2026〕12号 → 长高新发. */
const LEADING_WORDS =
  /^(?:现将|现就|根据|依据|按照|参照|关于|转发|印发|执行|落实|贯彻|结合|对照|为|经|由|在|及|和|与|见|依)+/;

/**
 * A 文号 as stored: half-width digits, no spaces, the year in six-sided brackets 〔〕 and the serial without 第 or
 * leading zeros (GB/T 9704-2012 7.2.4); a 公告's number keeps its 年第…号 form. Other text is only tidied.
 */
export function normaliseDocNumber(input: string): string {
  const s = halfWidth(input).replace(/\s+/g, '');
  const bracketed = new RegExp(BRACKETED.source).exec(s);
  if (bracketed && bracketed.index === 0 && bracketed[0].length === s.length)
    return `${bracketed[1]}〔${bracketed[2]}〕${Number(bracketed[3])}号`;
  const announcement = new RegExp(ANNOUNCEMENT.source).exec(s);
  if (announcement && announcement.index === 0 && announcement[0].length === s.length)
    return `${announcement[1]}${announcement[2]}年第${Number(announcement[3])}号`;
  return s;
}

/** Whether a 文号 has one of the two standard shapes (after normalising). */
export function isStandardDocNumber(input: string): boolean {
  const s = normaliseDocNumber(input);
  return (
    /^[\u4e00-\u9fa5A-Za-z]{1,16}〔(19|20)\d{2}〕[1-9]\d{0,4}号$/.test(s) ||
    /^[\u4e00-\u9fa5]{2,40}公告(19|20)\d{2}年第[1-9]\d{0,4}号$/.test(s)
  );
}

const WHOLE_NUMBER = new RegExp(`^(?:${BRACKETED.source}|${ANNOUNCEMENT.source})$`);

/**
 * The first 文号 in a text, normalised: a line that is only a 文号 wins (the header of a document); otherwise the
 * first one cited in a sentence, without the words before the agency's code.
 */
export function findDocNumber(text: string): string | null {
  const flat = halfWidth(text);
  for (const line of flat.split(/\r?\n/)) {
    const compact = line.replace(/\s+/g, '');
    if (compact && WHOLE_NUMBER.test(compact)) return normaliseDocNumber(compact);
  }
  const found: { at: number; value: string }[] = [];
  for (const m of flat.matchAll(BRACKETED)) {
    const agency = (m[1] as string).replace(LEADING_WORDS, '');
    if (agency) found.push({ at: m.index ?? 0, value: `${agency}〔${m[2]}〕${Number(m[3])}号` });
  }
  for (const m of flat.matchAll(ANNOUNCEMENT)) {
    const agency = (m[1] as string).replace(/\s+/g, '').replace(LEADING_WORDS, '');
    if (agency !== '公告') found.push({ at: m.index ?? 0, value: `${agency}${m[2]}年第${Number(m[3])}号` });
  }
  found.sort((a, b) => a.at - b.at);
  return found[0]?.value ?? null;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 2026, 二〇二六 → 2026; 3, 三, 十二, 二十一, 三十 → the number; anything else → NaN. */
export function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零O一二三四五六七八九]{4}$/.test(s)) return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return Number.NaN;
  const tens = m[2] ? (m[1] ? (CN_DIGITS[m[1]] as number) : 1) : 0;
  const ones = m[3] ? (CN_DIGITS[m[3]] as number) : m[2] ? 0 : m[1] ? (CN_DIGITS[m[1]] as number) : Number.NaN;
  if (!m[2] && m[3]) return Number.NaN;
  return tens * 10 + ones;
}

const YEAR = '(\\d{4}|[〇零O一二三四五六七八九]{4})';
const MONTH_DAY = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九十])';
/** A date as documents write it: 2026年3月1日, 2026 年 3 月 1 日, 二〇二六年三月一日. */
export const CHINESE_DATE = new RegExp(`${YEAR}\\s*年\\s*${MONTH_DAY}\\s*月\\s*${MONTH_DAY}\\s*日`, 'g');

/** The ISO date (YYYY-MM-DD) of year, month and day, or null when there is no such day. */
function isoDate(y: number, m: number, d: number): string | null {
  if (![y, m, d].every(Number.isInteger) || y < 1900 || y > 2200) return null;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Every date written the Chinese way in a text, in order, with where it stands; impossible days are left out. */
export function findChineseDates(text: string): { at: number; end: number; date: string }[] {
  const out: { at: number; end: number; date: string }[] = [];
  for (const m of halfWidth(text).matchAll(CHINESE_DATE)) {
    const date = isoDate(chineseNumber(m[1] as string), chineseNumber(m[2] as string), chineseNumber(m[3] as string));
    if (date) out.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date });
  }
  return out;
}

/**
 * A cell or a field's date: ISO (2026-03-01), 2026/3/1, 2026.3.1 or the Chinese form (2026年3月1日,
 * 二〇二六年三月一日); null when it is none of them or no such day.
 */
export function parseDocDate(input: string): string | null {
  const s = halfWidth(input).trim();
  const plain = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (plain) return isoDate(Number(plain[1]), Number(plain[2]), Number(plain[3]));
  const dates = findChineseDates(s);
  const only = dates[0];
  return dates.length === 1 && only && only.at === 0 && only.end === s.length ? only.date : null;
}
