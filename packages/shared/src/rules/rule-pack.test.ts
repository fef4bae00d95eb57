import { describe, expect, it } from 'vitest';
import { assertContiguous, packInForce, percentText, type RulePack, ratioBand, valueBand } from './rule-pack.ts';

const pack = (id: string, effectiveFrom: string, effectiveTo: string | null): RulePack<null> => ({
  id,
  ruleSet: 'demo',
  name: { zh: id, en: id },
  effectiveFrom,
  effectiveTo,
  sources: [],
  params: null,
});

describe('rule packs', () => {
  const packs = [pack('old', '2017-05-01', '2026-03-31'), pack('new', '2026-04-01', null)];
  it('picks the pack in force on the assessment date, both sides of the change', () => {
    expect(packInForce(packs, '2026-03-31').id).toBe('old');
    expect(packInForce(packs, '2026-04-01').id).toBe('new');
    expect(packInForce(packs, '2017-05-01').id).toBe('old');
  });
  it('refuses a date no pack covers, and overlapping packs', () => {
    expect(() => packInForce(packs, '2017-04-30')).toThrow('no rule');
    expect(() => packInForce([...packs, pack('dup', '2026-01-01', null)], '2026-05-01')).toThrow('overlap');
    expect(() => packInForce(packs, '2026-4-1')).toThrow('not a date');
  });
  it('checks that versions follow each other without gap or overlap', () => {
    expect(() => assertContiguous(packs)).not.toThrow();
    expect(() => assertContiguous([pack('a', '2017-01-01', '2020-12-30'), pack('b', '2021-01-01', null)])).toThrow();
    expect(() => assertContiguous([pack('a', '2017-01-01', null), pack('b', '2021-01-01', null)])).toThrow();
  });
});

describe('bands', () => {
  const bands = [
    { atLeast: 30, points: 20 },
    { atLeast: 25, points: 16 },
    { atLeast: 0, points: 0 },
  ];
  it('compares ratios exactly, lower bound inclusive', () => {
    expect(ratioBand(30, 100, bands).points).toBe(20);
    expect(ratioBand(299_999, 1_000_000, bands).points).toBe(16);
    expect(ratioBand(1, 4, bands).points).toBe(16);
    expect(ratioBand(249_999, 1_000_000, bands).points).toBe(0);
    expect(ratioBand(5, 0, bands).points).toBe(0);
  });
  it('takes fractional percentages to two decimals and large fen amounts', () => {
    const b = [
      { atLeast: 2.5, points: 1 },
      { atLeast: 0, points: 0 },
    ];
    expect(ratioBand(25, 1000, b).points).toBe(1);
    expect(ratioBand(24, 1000, b).points).toBe(0);
    // 2 亿元 in fen times 10,000 is beyond 2^53: compared in BigInt.
    expect(ratioBand(500_000_000, 20_000_000_000, b).points).toBe(1);
    expect(ratioBand(499_999_999, 20_000_000_000, b).points).toBe(0);
  });
  it('bands counts lower bound inclusive', () => {
    const b = [
      { atLeast: 4, points: 24 },
      { atLeast: 1, points: 6 },
      { atLeast: 0, points: 0 },
    ];
    expect([valueBand(4, b).points, valueBand(3, b).points, valueBand(1, b).points, valueBand(0, b).points]).toEqual([
      24, 6, 6, 0,
    ]);
  });
  it('writes percentages rounded down', () => {
    expect(percentText(299_999, 1_000_000)).toBe('29.99');
    expect(percentText(30, 100)).toBe('30.00');
    expect(percentText(1, 3)).toBe('33.33');
    expect(percentText(1, 0)).toBe('0.00');
  });
});
