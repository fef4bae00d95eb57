import { describe, expect, it } from 'vitest';
import { yuanText } from '../cultivation/exact.ts';
import { AMOUNT_ISSUE_CODES as A, type Amount, amountSchema, computeAmount } from './amount.ts';
import { fenWords } from './words.ts';

const RD = 'org.rdExpenseFen';

describe('amounts', () => {
  it('pays a fixed sum', () => {
    expect(computeAmount({ kind: 'fixed', amountFen: 10_000_000 }, {})).toEqual({
      amountFen: 10_000_000,
      words: { zh: '定额 10.00万元', en: 'Fixed amount ¥100,000.00' },
      missing: [],
    });
  });
  it('pays a share of a money fact, the cap written and not reached', () => {
    expect(
      computeAmount({ kind: 'ratio', fact: RD, ratioBp: 1000, capFen: 50_000_000 }, { [RD]: 312_500_000 }),
    ).toEqual({
      amountFen: 31_250_000,
      words: {
        zh: '研发费用 312.50万元 × 10% = 31.25万元，上限 50.00万元 → 31.25万元',
        en: 'R&D expense ¥3,125,000.00 × 10% = ¥312,500.00, cap ¥500,000.00 → ¥312,500.00',
      },
      missing: [],
    });
  });
  it('stops at the cap, one fen above it and at it', () => {
    const a: Amount = { kind: 'ratio', fact: RD, ratioBp: 1000, capFen: 50_000_000 };
    expect(computeAmount(a, { [RD]: 500_000_010 }).amountFen).toBe(50_000_000);
    expect(computeAmount(a, { [RD]: 500_000_000 }).amountFen).toBe(50_000_000);
    expect(computeAmount(a, { [RD]: 499_999_990 }).amountFen).toBe(49_999_999);
    expect(computeAmount(a, { [RD]: 600_000_000 }).words.zh).toBe(
      '研发费用 600.00万元 × 10% = 60.00万元，上限 50.00万元 → 50.00万元',
    );
  });
  it('rounds down to the fen and says so', () => {
    expect(computeAmount({ kind: 'ratio', fact: RD, ratioBp: 1250 }, { [RD]: 123_457 })).toEqual({
      amountFen: 15_432,
      words: {
        zh: '研发费用 1,234.57元 × 12.5% = 154.32元（不足一分舍去）',
        en: 'R&D expense ¥1,234.57 × 12.5% = ¥154.32 (rounded down to the fen)',
      },
      missing: [],
    });
    // 0.01 % of 99 fen is less than a fen.
    expect(computeAmount({ kind: 'ratio', fact: RD, ratioBp: 1 }, { [RD]: 99 }).amountFen).toBe(0);
    expect(computeAmount({ kind: 'ratio', fact: RD, ratioBp: 10_000 }, { [RD]: 99 }).amountFen).toBe(99);
  });
  it('raises to the floor', () => {
    const a: Amount = { kind: 'ratio', fact: RD, ratioBp: 500, floorFen: 100_000, capFen: 1_000_000 };
    expect(computeAmount(a, { [RD]: 1_000_000 })).toMatchObject({
      amountFen: 100_000,
      words: { zh: '研发费用 1.00万元 × 5% = 500.00元，下限 1,000.00元，上限 1.00万元 → 1,000.00元' },
    });
    expect(computeAmount(a, { [RD]: 2_000_000 }).amountFen).toBe(100_000);
    expect(computeAmount(a, { [RD]: 2_000_020 }).amountFen).toBe(100_001);
    expect(computeAmount(a, { [RD]: 0 }).amountFen).toBe(100_000);
  });
  it('multiplies beyond 2^53 exactly', () => {
    // 9,000 亿元 of revenue × 99.99 %: the product in fen × basis points passes 2^53.
    const base = 90_000_000_000_000;
    const r = computeAmount({ kind: 'ratio', fact: 'org.revenueFen', ratioBp: 9_999 }, { 'org.revenueFen': base });
    expect(r.amountFen).toBe(89_991_000_000_000);
    expect(base * 9_999).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
  });
  it('pays per unit, capped, whole units only', () => {
    const a: Amount = { kind: 'perUnit', fact: 'ip.inventionCount', unitFen: 1_000_000, capFen: 2_500_000 };
    expect(computeAmount(a, { 'ip.inventionCount': 2 })).toEqual({
      amountFen: 2_000_000,
      words: {
        zh: '发明专利 2项 × 1.00万元/项 = 2.00万元，上限 2.50万元 → 2.00万元',
        en: 'Invention patents 2 items × ¥10,000.00 each = ¥20,000.00, cap ¥25,000.00 → ¥20,000.00',
      },
      missing: [],
    });
    expect(computeAmount(a, { 'ip.inventionCount': 3 }).amountFen).toBe(2_500_000);
    expect(computeAmount(a, { 'ip.inventionCount': 0 }).amountFen).toBe(0);
    const partial = computeAmount(
      { kind: 'perUnit', fact: 'cultivation.techSmeScore', unitFen: 100 },
      { 'cultivation.techSmeScore': 72.5 },
    );
    expect(partial).toMatchObject({
      amountFen: 7_200,
      words: { zh: '科技型中小企业评价得分 72.5分（按 72 计） × 1.00元/分 = 72.00元' },
    });
    // Beyond 2^53 before the cap: the words stay exact and the cap applies.
    const huge = computeAmount(
      { kind: 'perUnit', fact: 'org.employees', unitFen: 4_000_000_000_000, capFen: 100 },
      { 'org.employees': 4_000 },
    );
    expect(huge.amountFen).toBe(100);
    expect(huge.words.en).toContain('= ¥160,000,000,000,000.00');
  });
  it('names the missing fact and pays nothing yet', () => {
    expect(computeAmount({ kind: 'ratio', fact: RD, ratioBp: 1000 }, {})).toEqual({
      amountFen: null,
      words: { zh: '研发费用 未填报 — 需补充数据', en: 'R&D expense: not reported — data needed' },
      missing: [RD],
    });
    expect(
      computeAmount({ kind: 'perUnit', fact: 'ip.inventionCount', unitFen: 1 }, { 'ip.inventionCount': null }),
    ).toMatchObject({
      amountFen: null,
      missing: ['ip.inventionCount'],
    });
  });
  it('leaves a manual amount to the review', () => {
    expect(computeAmount({ kind: 'manual', words: { zh: '按评审结果', en: 'As reviewed' } }, {})).toEqual({
      amountFen: null,
      words: { zh: '按评审结果（金额经评审确定）', en: 'As reviewed (amount decided in review)' },
      missing: [],
    });
  });
  it('writes fen like the cultivation rules do', () => {
    for (const fen of [0, 5, 99_999_999, 123_456_789, 10_000_000_000])
      expect(fenWords(fen).en).toBe(`¥${yuanText(fen)}`);
    expect(fenWords(-1_000_000).zh).toBe('-1.00万元');
    expect(fenWords(1_000_100).zh).toBe('10,001.00元');
  });
});

describe('the amount schema', () => {
  const valid: Amount[] = [
    { kind: 'fixed', amountFen: 0 },
    { kind: 'ratio', fact: RD, ratioBp: 10_000, capFen: 100, floorFen: 100 },
    { kind: 'perUnit', fact: 'ip.class1Count', unitFen: 1 },
    { kind: 'manual', words: { zh: '评审确定', en: 'Decided in review' } },
  ];
  it.each(valid)('accepts %j', (a) => {
    expect(amountSchema.parse(a)).toEqual(a);
  });
  const refused: [string, unknown, string][] = [
    ['an unknown kind', { kind: 'bonus', amountFen: 1 }, A.badShape],
    ['an unknown key', { kind: 'fixed', amountFen: 1, note: 'x' }, A.badShape],
    ['a fraction of a fen', { kind: 'fixed', amountFen: 0.5 }, A.badFen],
    ['a negative unit', { kind: 'perUnit', fact: 'ip.class1Count', unitFen: -1 }, A.badFen],
    ['an unknown fact', { kind: 'ratio', fact: 'org.profitFen', ratioBp: 100 }, A.unknownFact],
    ['a ratio of a count', { kind: 'ratio', fact: 'org.employees', ratioBp: 100 }, A.badFact],
    ['a unit of money', { kind: 'perUnit', fact: RD, unitFen: 100 }, A.badFact],
    ['a ratio of zero', { kind: 'ratio', fact: RD, ratioBp: 0 }, A.badRatio],
    ['a ratio above 100 %', { kind: 'ratio', fact: RD, ratioBp: 10_001 }, A.badRatio],
    ['a ratio in fractions of a basis point', { kind: 'ratio', fact: RD, ratioBp: 12.5 }, A.badRatio],
    ['blank words', { kind: 'manual', words: { zh: ' ', en: 'x' } }, A.badShape],
    ['a floor above the cap', { kind: 'ratio', fact: RD, ratioBp: 100, capFen: 100, floorFen: 101 }, A.badBounds],
  ];
  it.each(refused)('refuses %s', (_, json, code) => {
    const r = amountSchema.safeParse(json);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([code]);
  });
});
