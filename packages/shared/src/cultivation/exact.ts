/**
 * Exact arithmetic for the cultivation rules. Every threshold of a national rule is compared in integers (BigInt
 * where a product of fen amounts can pass 2^53), so a value just below a boundary is never rounded onto it, and
 * every "still short by" figure is the smallest integer that closes the gap (rounded up).
 */

/** 1 万元 in fen. */
export const WAN_YUAN_FEN = 1_000_000;
/** 1 亿元 in fen. */
export const YI_YUAN_FEN = 10_000_000_000;

const big = (n: number): bigint => BigInt(Math.round(n));

/** ⌈a ÷ b⌉ for b > 0, a of any sign. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  if (b <= 0n) throw new RangeError('ceilDiv needs a positive divisor');
  const q = a / b; // truncates toward zero
  return a % b !== 0n && a > 0n ? q + 1n : q;
}

/** The smaller of two BigInts (Math.min takes numbers only). */
export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/** ⌊a ÷ b⌋ for b > 0, a of any sign. */
export function floorDiv(a: bigint, b: bigint): bigint {
  if (b <= 0n) throw new RangeError('floorDiv needs a positive divisor');
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/**
 * num ÷ den ≥ percent %, exactly; `percent` to two decimals (10 for 10 %, 2.5 for 2.5 %). A zero denominator is
 * never "at least" anything.
 */
export function ratioAtLeast(num: number, den: number, percent: number): boolean {
  if (den <= 0) return false;
  return big(num) * 10_000n >= big(percent * 100) * big(den);
}

/** num ÷ den ≤ percent %, exactly (a zero denominator: false, the ratio is not defined). */
export function ratioAtMost(num: number, den: number, percent: number): boolean {
  if (den <= 0) return false;
  return big(num) * 10_000n <= big(percent * 100) * big(den);
}

/** Hundredths of a percent as text with two decimals: 1234n → "12.34", -5n → "-0.05". */
export function hundredthsText(h: bigint): string {
  const neg = h < 0n;
  const a = neg ? -h : h;
  return `${neg ? '-' : ''}${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`;
}

/** A rational num ÷ den (den > 0) as a percentage with two decimals, rounded down (toward −∞). */
export function signedPercentText(num: bigint, den: bigint): string {
  return hundredthsText(floorDiv(num * 10_000n, den));
}

/**
 * How many percentage points num ÷ den lacks to reach `percent` %, rounded up to two decimals (so a shortfall is
 * never shown smaller than it is): "0.80". Zero when the ratio is reached.
 */
export function percentPointsShort(num: number, den: number, percent: number): string {
  if (den <= 0) return hundredthsText(big(percent * 100));
  const short = ceilDiv(big(percent * 100) * big(den) - big(num) * 10_000n, big(den));
  return hundredthsText(short > 0n ? short : 0n);
}

/** Fen as 元 with two decimals and thousands separators, exact: 123456789 → "1,234,567.89". */
export function yuanText(fen: number): string {
  const neg = fen < 0;
  const a = big(Math.abs(fen));
  const whole = (a / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${whole}.${(a % 100n).toString().padStart(2, '0')}`;
}

/** Fen in words for both languages: "1,234.50 元" / "¥1,234.50". */
export function moneyWords(fen: number): { zh: string; en: string } {
  const y = yuanText(fen);
  return { zh: `${y} 元`, en: `¥${y}` };
}

const DAY_MS = 86_400_000;
const utc = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/** Calendar days from `from` to `to` (YYYY-MM-DD), positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** A BigInt fen amount or count as a number; refused beyond the safe integers rather than rounded. */
export function toSafeNumber(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER))
    throw new RangeError('amount beyond a safe integer');
  return Number(n);
}
