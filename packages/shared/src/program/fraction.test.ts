import { describe, expect, it } from 'vitest';
import { add, cmp, div, frac, fromDecimal, mean, mul, sub, toFixed, toNumber } from './fraction.ts';

describe('exact fractions', () => {
  it('keeps lowest terms with a positive denominator', () => {
    expect(frac(2, -4)).toEqual({ n: -1n, d: 2n });
    expect(frac(0, 7)).toEqual({ n: 0n, d: 1n });
    expect(frac(6n, 3n)).toEqual({ n: 2n, d: 1n });
  });
  it('refuses a zero denominator and non-integers', () => {
    expect(() => frac(1, 0)).toThrow(RangeError);
    expect(() => frac(0.5)).toThrow(RangeError);
    expect(() => mean([])).toThrow(RangeError);
  });
  it('is exact where doubles are not: 0.1 + 0.2 = 0.3', () => {
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(cmp(add(fromDecimal(0.1), fromDecimal(0.2)), fromDecimal(0.3))).toBe(0);
  });
  it('does the four operations and compares', () => {
    const a = frac(1, 3);
    const b = frac(1, 6);
    expect(add(a, b)).toEqual(frac(1, 2));
    expect(sub(b, a)).toEqual(frac(-1, 6));
    expect(mul(a, b)).toEqual(frac(1, 18));
    expect(div(a, b)).toEqual(frac(2));
    expect([cmp(a, b), cmp(b, a), cmp(a, frac(2, 6))]).toEqual([1, -1, 0]);
    expect(mean([frac(1), frac(2), frac(4)])).toEqual(frac(7, 3));
    expect(toNumber(frac(7, 4))).toBe(1.75);
  });
  it.each([
    [8.3, frac(83, 10)],
    [7.25, frac(29, 4)],
    [10, frac(10)],
    [0, frac(0)],
  ])('reads the decimal %d exactly', (x, f) => {
    expect(fromDecimal(x)).toEqual(f);
  });
  it('refuses more than two decimals', () => {
    expect(() => fromDecimal(7.125)).toThrow(RangeError);
    expect(() => fromDecimal(Number.NaN)).toThrow(RangeError);
  });
});

describe('rounding for display (halves away from zero, exact)', () => {
  it.each([
    [frac(84_125, 1_000), '84.13'],
    [frac(84_124_999, 1_000_000), '84.12'],
    [frac(-84_125, 1_000), '-84.13'],
    [frac(1, 3), '0.33'],
    [frac(2, 3), '0.67'],
    [frac(1, 200), '0.01'],
    [frac(-1, 1_000), '0.00'],
    [frac(100), '100.00'],
    [frac(400, 9), '44.44'],
  ])('%o → %s', (f, text) => {
    expect(toFixed(f, 2)).toBe(text);
  });
  it('takes the number of digits', () => {
    expect(toFixed(frac(2, 3), 0)).toBe('1');
    expect(toFixed(frac(2, 3), 4)).toBe('0.6667');
  });
});
