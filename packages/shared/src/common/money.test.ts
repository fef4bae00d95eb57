import { describe, expect, it } from 'vitest';
import { formatFen, yuanToFen } from './money.ts';

describe('money', () => {
  it.each([
    [12_345, 'zh-CN', false, '123.45 元'],
    [999_999, 'zh-CN', false, '9,999.99 元'],
    [1_000_000, 'zh-CN', false, '1 万元'],
    [1_234_567_89, 'zh-CN', false, '123.46 万元'],
    [1_234_567_89, 'zh-CN', true, '1,234,567.89 元'],
    [12_345, 'en-US', false, '¥123.45'],
  ] as const)('formats %i fen in %s (exact %s) as %s', (fen, locale, exact, text) => {
    expect(formatFen(fen, locale, { exact })).toBe(text);
  });

  it('converts yuan to whole fen', () => {
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(1234.5)).toBe(123_450);
  });
});
