import { describe, expect, it } from 'vitest';
import { fenToWan, formatMoney, wanToFen } from './money';

describe('formatMoney', () => {
  it('shows yuan to the fen with a currency sign and grouped thousands', () => {
    expect(formatMoney(122_000)).toBe('¥1,220.00');
    expect(formatMoney(1)).toBe('¥0.01');
    expect(formatMoney(0)).toBe('¥0.00');
    expect(formatMoney(99_999_999)).toBe('¥999,999.99');
  });

  it('keeps one format above 10,000 yuan instead of rounding to 万元', () => {
    expect(formatMoney(4_000_000)).toBe('¥40,000.00');
    expect(formatMoney(4_000_499)).toBe('¥40,004.99');
    expect(formatMoney(123_456_789_012)).toBe('¥1,234,567,890.12');
  });

  it('signs negative amounts before the currency sign and shows a dash for no amount', () => {
    expect(formatMoney(-5_050)).toBe('-¥50.50');
    expect(formatMoney(null)).toBe('—');
    expect(formatMoney(undefined)).toBe('—');
  });
});

describe('万元 inputs', () => {
  it('round-trip through fen without floating-point loss', () => {
    expect(wanToFen(1.5)).toBe(1_500_000);
    expect(wanToFen(0.0001)).toBe(100);
    expect(fenToWan(1_500_000)).toBe(1.5);
  });
});
