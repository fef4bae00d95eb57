/**
 * Exact rational numbers for scores. A weighted total such as 100 × (30 × 7/10 + 70 × 4/5) / 100 and a mean of such
 * totals are rationals; in binary floating point two equal totals reached in a different order can differ in the last
 * bit, and then a ranking would call a tie a difference. So totals, means and comparisons are exact, and a score is
 * rounded once, for display.
 */

/** n/d in lowest terms, d > 0. */
export type Fraction = { readonly n: bigint; readonly d: bigint };

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

export function frac(n: bigint | number, d: bigint | number = 1n): Fraction {
  if (typeof n === 'number' && !Number.isSafeInteger(n)) throw new RangeError(`not an integer: ${n}`);
  if (typeof d === 'number' && !Number.isSafeInteger(d)) throw new RangeError(`not an integer: ${d}`);
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new RangeError('division by zero');
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  const g = gcd(nn, dd) || 1n;
  return { n: nn / g, d: dd / g };
}

export const ZERO = frac(0);

/** A decimal as people write it (8.5, 7.25) exactly; more than `decimals` places is an error. */
export function fromDecimal(x: number, decimals = 2): Fraction {
  const scale = 10 ** decimals;
  const scaled = Math.round(x * scale);
  if (!Number.isFinite(x) || Math.abs(x * scale - scaled) > 1e-6)
    throw new RangeError(`more than ${decimals} decimals: ${x}`);
  return frac(scaled, scale);
}

export const add = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.n, a.d * b.d);
export const div = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d, a.d * b.n);
/** −1, 0 or 1. */
export const cmp = (a: Fraction, b: Fraction): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const sum = (xs: readonly Fraction[]): Fraction => xs.reduce(add, ZERO);
export function mean(xs: readonly Fraction[]): Fraction {
  if (xs.length === 0) throw new RangeError('mean of nothing');
  return div(sum(xs), frac(xs.length));
}

/** The nearest double (for charts and for the one inexact step, the square root of z-normalisation). */
export const toNumber = (f: Fraction): number => Number(f.n) / Number(f.d);

/** Rounded to `digits` decimals, halves away from zero, computed exactly: 84.125 → "84.13", 84.124999… → "84.12". */
export function toFixed(f: Fraction, digits = 2): string {
  const scale = 10n ** BigInt(digits);
  const neg = f.n < 0n;
  const a = neg ? -f.n : f.n;
  const r = (2n * a * scale + f.d) / (2n * f.d);
  const whole = (r / scale).toString();
  const part = digits > 0 ? `.${(r % scale).toString().padStart(digits, '0')}` : '';
  return `${neg && r !== 0n ? '-' : ''}${whole}${part}`;
}
