import { describe, expect, it } from 'vitest';
import {
  bpToPercentText,
  checkAmount,
  decimalToScaled,
  emptyAmount,
  fenToYuanText,
  fromAmount,
  percentToBp,
  toAmount,
  yuanToFenExact,
} from './amount-form';

describe('the amount editor', () => {
  it('reads yuan to the fen exactly, and nothing finer', () => {
    expect(yuanToFenExact('0.29')).toBe(29);
    expect(yuanToFenExact('1,234.5')).toBe(123_450);
    expect(yuanToFenExact('500000')).toBe(50_000_000);
    expect(yuanToFenExact(' 12. ')).toBe(1200);
    expect(yuanToFenExact('0.001')).toBeNull();
    expect(yuanToFenExact('-1')).toBeNull();
    expect(yuanToFenExact('abc')).toBeNull();
    expect(yuanToFenExact('')).toBeNull();
    expect(decimalToScaled('99999999999999999', 2)).toBeNull();
    expect(fenToYuanText(29)).toBe('0.29');
    expect(fenToYuanText(50_000_000)).toBe('500000.00');
  });

  it('reads percentages to the basis point', () => {
    expect(percentToBp('10')).toBe(1000);
    expect(percentToBp('12.5')).toBe(1250);
    expect(percentToBp('0.01')).toBe(1);
    expect(percentToBp('0.015')).toBeNull();
    expect(bpToPercentText(1000)).toBe('10');
    expect(bpToPercentText(1250)).toBe('12.5');
    expect(bpToPercentText(1)).toBe('0.01');
  });

  it('gives every kind of amount as the schema has it, and reads it back', () => {
    const ratio = { ...emptyAmount(), kind: 'ratio' as const, fact: 'org.rdExpenseFen' as const, percent: '10' };
    expect(toAmount({ ...ratio, capYuan: '500000' })).toEqual({
      kind: 'ratio',
      fact: 'org.rdExpenseFen',
      ratioBp: 1000,
      capFen: 50_000_000,
    });
    for (const a of [
      { kind: 'fixed', amountFen: 10_000_001 },
      { kind: 'ratio', fact: 'org.rdExpenseFen', ratioBp: 1250, capFen: 50_000_000, floorFen: 100 },
      { kind: 'perUnit', fact: 'ip.inventionCount', unitFen: 500_000, capFen: 5_000_000 },
      { kind: 'manual', words: { zh: '按评审结果确定', en: 'Set in review' } },
    ] as const) {
      const draft = fromAmount(a);
      expect(toAmount(draft)).toEqual(a);
      expect(checkAmount(draft).amount).toEqual(a);
    }
  });

  it('names the wrong input: a fraction of a fen, a ratio of a count, a floor above the cap', () => {
    expect(checkAmount({ ...emptyAmount(), fixedYuan: '1.005' }).issues).toEqual({
      amountFen: 'policy.amount.bad_fen',
    });
    const ratio = { ...emptyAmount(), kind: 'ratio' as const, percent: '10' };
    expect(checkAmount({ ...ratio, fact: 'org.employees' }).issues.fact).toBe('policy.amount.bad_fact');
    expect(checkAmount({ ...ratio, fact: 'org.rdExpenseFen', percent: '0' }).issues.ratioBp).toBe(
      'policy.amount.bad_ratio',
    );
    expect(checkAmount({ ...ratio, fact: 'org.rdExpenseFen', capYuan: '100', floorYuan: '200' }).issues.floorFen).toBe(
      'policy.amount.bad_bounds',
    );
    expect(checkAmount({ ...emptyAmount(), kind: 'manual' }).amount).toBeNull();
  });
});
