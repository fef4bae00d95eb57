import { describe, expect, it } from 'vitest';
import {
  ceilDiv,
  daysBetween,
  floorDiv,
  minBig,
  percentPointsShort,
  ratioAtLeast,
  ratioAtMost,
  signedPercentText,
  toSafeNumber,
  yuanText,
} from './exact.ts';

describe('exact arithmetic', () => {
  it('divides rounding up and down for either sign', () => {
    expect([ceilDiv(7n, 2n), ceilDiv(6n, 2n), ceilDiv(-7n, 2n), ceilDiv(0n, 3n)]).toEqual([4n, 3n, -3n, 0n]);
    expect([floorDiv(7n, 2n), floorDiv(-7n, 2n), floorDiv(-6n, 2n)]).toEqual([3n, -4n, -3n]);
    expect(() => ceilDiv(1n, 0n)).toThrow();
    expect(minBig(3n, -1n)).toBe(-1n);
  });
  it('compares ratios exactly at the boundary, beyond 2^53', () => {
    expect(ratioAtLeast(10, 100, 10)).toBe(true);
    expect(ratioAtLeast(9_999_999_999, 100_000_000_000, 10)).toBe(false);
    expect(ratioAtLeast(1, 0, 0)).toBe(false);
    expect(ratioAtMost(80, 100, 80)).toBe(true);
    expect(ratioAtMost(8_000_000_001, 10_000_000_000, 80)).toBe(false);
  });
  it('writes shortfalls rounded up and rates rounded down', () => {
    expect(percentPointsShort(42, 1_000, 5)).toBe('0.80');
    expect(percentPointsShort(149_999_999, 3_000_000_000, 5)).toBe('0.01');
    expect(percentPointsShort(60, 100, 5)).toBe('0.00');
    expect(signedPercentText(-1n, 3n)).toBe('-33.34');
    expect(signedPercentText(1n, 3n)).toBe('33.33');
  });
  it('writes fen as 元 with every fen and separators', () => {
    expect(yuanText(123_456_789)).toBe('1,234,567.89');
    expect(yuanText(5)).toBe('0.05');
    expect(yuanText(-100)).toBe('-1.00');
  });
  it('counts calendar days across a leap year and refuses unsafe integers', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-06-30', '2024-07-01')).toBe(-364);
    expect(() => toSafeNumber(2n ** 60n)).toThrow();
  });
});
