import { describe, expect, it } from 'vitest';
import { percentile, percentOfTwo } from './statistics.ts';

describe('figures', () => {
  it.each([
    [[], 90, null],
    [[3], 90, 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10],
    [[0, 0, 1, 5], 50, 0],
    [[0, 0, 1, 5], 100, 5],
  ])('the nearest-rank percentile of %j at %i is %s', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('rounds percentages down to two decimals and has none of nothing', () => {
    expect(percentOfTwo(2, 3)).toBe(66.66);
    expect(percentOfTwo(1, 1)).toBe(100);
    expect(percentOfTwo(0, 5)).toBe(0);
    expect(percentOfTwo(1, 0)).toBeNull();
  });
});
