import { describe, expect, it } from 'vitest';
import { markTerms } from './Highlight';

describe('marking the matched words of a title', () => {
  it('marks every occurrence of every term, longer and overlapping ones together', () => {
    expect(markTerms('示例研发费用加计扣除办法（加计扣除）', ['加计扣除', '研发费用'])).toEqual([
      { text: '示例', hit: false },
      { text: '研发费用加计扣除', hit: true },
      { text: '办法（', hit: false },
      { text: '加计扣除', hit: true },
      { text: '）', hit: false },
    ]);
  });

  it('compares without case, and leaves a title without matches whole', () => {
    expect(markTerms('AI 赋能', ['ai'])).toEqual([
      { text: 'AI', hit: true },
      { text: ' 赋能', hit: false },
    ]);
    expect(markTerms('示例办法', ['量子'])).toEqual([{ text: '示例办法', hit: false }]);
    expect(markTerms('', ['x'])).toEqual([]);
  });
});
