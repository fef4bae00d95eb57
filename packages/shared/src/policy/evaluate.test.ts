import { describe, expect, it } from 'vitest';
import { compileCondition } from './compile.ts';
import type { Condition, FactTest } from './conditions.ts';
import { evaluateCondition } from './evaluate.ts';
import type { Facts } from './facts.ts';

/** The result of both evaluators, which must agree. */
const resultOf = (c: Condition, facts: Facts) => {
  const r = evaluateCondition(c, facts).result;
  expect(compileCondition(c)(facts)).toBe(r);
  return r;
};
const leaf = (c: FactTest, facts: Facts) => {
  const e = evaluateCondition(c, facts);
  expect(compileCondition(c)(facts)).toBe(e.result);
  expect(e.lines).toHaveLength(1);
  return e.lines[0];
};

describe('each test on both sides of its boundary', () => {
  const cases: [string, FactTest, Facts, 'eligible' | 'not_eligible'][] = [
    ['gte at the value', { fact: 'org.employees', op: 'gte', value: 10 }, { 'org.employees': 10 }, 'eligible'],
    ['gte one below', { fact: 'org.employees', op: 'gte', value: 10 }, { 'org.employees': 9 }, 'not_eligible'],
    ['gt at the value', { fact: 'org.employees', op: 'gt', value: 10 }, { 'org.employees': 10 }, 'not_eligible'],
    ['gt one above', { fact: 'org.employees', op: 'gt', value: 10 }, { 'org.employees': 11 }, 'eligible'],
    ['lte at the value', { fact: 'org.employees', op: 'lte', value: 500 }, { 'org.employees': 500 }, 'eligible'],
    ['lte one above', { fact: 'org.employees', op: 'lte', value: 500 }, { 'org.employees': 501 }, 'not_eligible'],
    ['lt at the value', { fact: 'org.employees', op: 'lt', value: 500 }, { 'org.employees': 500 }, 'not_eligible'],
    ['lt one below', { fact: 'org.employees', op: 'lt', value: 500 }, { 'org.employees': 499 }, 'eligible'],
    [
      'money gte at the fen',
      { fact: 'org.revenueFen', op: 'gte', value: 2_000_000_000 },
      { 'org.revenueFen': 2_000_000_000 },
      'eligible',
    ],
    [
      'money gte one fen below',
      { fact: 'org.revenueFen', op: 'gte', value: 2_000_000_000 },
      { 'org.revenueFen': 1_999_999_999 },
      'not_eligible',
    ],
    [
      'money beyond 2^32',
      { fact: 'org.totalAssetsFen', op: 'lte', value: 20_000_000_000 },
      { 'org.totalAssetsFen': 20_000_000_001 },
      'not_eligible',
    ],
    ['percent gte at the value', { fact: 'org.rdPercent', op: 'gte', value: 3 }, { 'org.rdPercent': 3 }, 'eligible'],
    [
      'percent gte just below',
      { fact: 'org.rdPercent', op: 'gte', value: 3 },
      { 'org.rdPercent': 2.99 },
      'not_eligible',
    ],
    [
      'percent with decimals at the value',
      { fact: 'org.rdPercent', op: 'gte', value: 0.57 },
      { 'org.rdPercent': 0.57 },
      'eligible',
    ],
    [
      'years gte at the value',
      { fact: 'org.yearsRegistered', op: 'gte', value: 1 },
      { 'org.yearsRegistered': 1 },
      'eligible',
    ],
    [
      'years gte one below',
      { fact: 'org.yearsRegistered', op: 'gte', value: 1 },
      { 'org.yearsRegistered': 0 },
      'not_eligible',
    ],
    [
      'between at the low end',
      { fact: 'org.techStaffPercent', op: 'between', value: [10, 30] },
      { 'org.techStaffPercent': 10 },
      'eligible',
    ],
    [
      'between at the high end',
      { fact: 'org.techStaffPercent', op: 'between', value: [10, 30] },
      { 'org.techStaffPercent': 30 },
      'eligible',
    ],
    [
      'between just below',
      { fact: 'org.techStaffPercent', op: 'between', value: [10, 30] },
      { 'org.techStaffPercent': 9.99 },
      'not_eligible',
    ],
    [
      'between just above',
      { fact: 'org.techStaffPercent', op: 'between', value: [10, 30] },
      { 'org.techStaffPercent': 30.01 },
      'not_eligible',
    ],
    ['number eq', { fact: 'ip.class1Count', op: 'eq', value: 0 }, { 'ip.class1Count': 0 }, 'eligible'],
    ['number ne', { fact: 'ip.class1Count', op: 'ne', value: 0 }, { 'ip.class1Count': 0 }, 'not_eligible'],
    ['enum eq', { fact: 'org.industry', op: 'eq', value: 'C' }, { 'org.industry': 'C' }, 'eligible'],
    ['enum eq another', { fact: 'org.industry', op: 'eq', value: 'C' }, { 'org.industry': 'I' }, 'not_eligible'],
    ['enum ne', { fact: 'org.industry', op: 'ne', value: 'K' }, { 'org.industry': 'C' }, 'eligible'],
    ['enum ne the same', { fact: 'org.industry', op: 'ne', value: 'K' }, { 'org.industry': 'K' }, 'not_eligible'],
    [
      'in a listed park',
      { fact: 'org.park', op: 'in', value: ['光伏产业园', '高新区本部'] },
      { 'org.park': '高新区本部' },
      'eligible',
    ],
    [
      'in another park',
      { fact: 'org.park', op: 'in', value: ['光伏产业园', '高新区本部'] },
      { 'org.park': '智能终端产业园' },
      'not_eligible',
    ],
    [
      'notIn a listed section',
      { fact: 'org.industry', op: 'notIn', value: ['F', 'H', 'K'] },
      { 'org.industry': 'K' },
      'not_eligible',
    ],
    [
      'notIn another section',
      { fact: 'org.industry', op: 'notIn', value: ['F', 'H', 'K'] },
      { 'org.industry': 'C' },
      'eligible',
    ],
    [
      'isTrue on true',
      { fact: 'cultivation.hteCertified', op: 'isTrue' },
      { 'cultivation.hteCertified': true },
      'eligible',
    ],
    [
      'isTrue on false',
      { fact: 'cultivation.hteCertified', op: 'isTrue' },
      { 'cultivation.hteCertified': false },
      'not_eligible',
    ],
    [
      'isFalse on false',
      { fact: 'declaration.dishonestList', op: 'isFalse' },
      { 'declaration.dishonestList': false },
      'eligible',
    ],
    [
      'isFalse on true',
      { fact: 'declaration.dishonestList', op: 'isFalse' },
      { 'declaration.dishonestList': true },
      'not_eligible',
    ],
    ['boolean eq', { fact: 'org.isAboveScale', op: 'eq', value: false }, { 'org.isAboveScale': false }, 'eligible'],
    ['known on a value', { fact: 'org.techStaff', op: 'known' }, { 'org.techStaff': 0 }, 'eligible'],
    [
      'known on a false flag',
      { fact: 'declaration.majorIncident', op: 'known' },
      { 'declaration.majorIncident': false },
      'eligible',
    ],
    ['known on nothing', { fact: 'org.techStaff', op: 'known' }, {}, 'not_eligible'],
    ['known on null', { fact: 'org.techStaff', op: 'known' }, { 'org.techStaff': null }, 'not_eligible'],
  ];
  it.each(cases)('%s', (_, test, facts, expected) => {
    expect(resultOf(test, facts)).toBe(expected);
  });
  it('needs data when the fact is missing, null or of the wrong type, for every test but known', () => {
    const tests: FactTest[] = [
      { fact: 'org.employees', op: 'gte', value: 1 },
      { fact: 'org.revenueFen', op: 'between', value: [0, 100] },
      { fact: 'org.park', op: 'in', value: ['光伏产业园'] },
      { fact: 'org.park', op: 'notIn', value: ['光伏产业园'] },
      { fact: 'org.isAboveScale', op: 'isFalse' },
      { fact: 'org.industry', op: 'ne', value: 'K' },
    ];
    for (const t of tests)
      for (const facts of [{}, { [t.fact]: null }, { [t.fact]: Number.NaN }, { [t.fact]: { x: 1 } }] as Facts[]) {
        const e = evaluateCondition(t, facts);
        expect(e.result, JSON.stringify([t, facts])).toBe('needs_data');
        expect(e.missing).toEqual([t.fact]);
        expect(e.lines[0]?.outcome).toBe('unknown');
        expect(compileCondition(t)(facts)).toBe('needs_data');
      }
  });
});

describe('three-valued logic', () => {
  // A fact test that is met, not met, or unknown with the facts below.
  const T: Condition = { fact: 'org.employees', op: 'gte', value: 1 };
  const F: Condition = { fact: 'org.employees', op: 'gte', value: 1000 };
  const U = (fact: 'org.techStaff' | 'org.rdPercent'): Condition => ({ fact, op: 'gte', value: 1 });
  const facts: Facts = { 'org.employees': 50 };
  const name = { met: T, not_met: F };
  type V = 'T' | 'F' | 'U';
  const of = (v: V, n: 'org.techStaff' | 'org.rdPercent'): Condition =>
    v === 'U' ? U(n) : v === 'T' ? name.met : name.not_met;
  const verdict = { T: 'eligible', F: 'not_eligible', U: 'needs_data' } as const;
  const table: [V, V, V, V][] = [
    // a, b, all, any
    ['T', 'T', 'T', 'T'],
    ['T', 'F', 'F', 'T'],
    ['T', 'U', 'U', 'T'],
    ['F', 'T', 'F', 'T'],
    ['F', 'F', 'F', 'F'],
    ['F', 'U', 'F', 'U'],
    ['U', 'T', 'U', 'T'],
    ['U', 'F', 'F', 'U'],
    ['U', 'U', 'U', 'U'],
  ];
  it.each(table)('%s and %s: all %s, any %s', (a, b, all, any) => {
    const ca = of(a, 'org.techStaff');
    const cb = of(b, 'org.rdPercent');
    expect(resultOf({ all: [ca, cb] }, facts)).toBe(verdict[all]);
    expect(resultOf({ any: [ca, cb] }, facts)).toBe(verdict[any]);
  });
  it.each([
    ['T', 'F'],
    ['F', 'T'],
    ['U', 'U'],
  ] as [V, V][])('not %s is %s', (a, expected) => {
    expect(resultOf({ not: of(a, 'org.techStaff') }, facts)).toBe(verdict[expected]);
    expect(resultOf({ not: { not: of(a, 'org.techStaff') } }, facts)).toBe(verdict[a]);
  });
  it('names the missing facts that leave the answer open, once each, in order', () => {
    const c: Condition = {
      all: [U('org.rdPercent'), { any: [U('org.techStaff'), F] }, U('org.rdPercent'), { not: U('org.techStaff') }],
    };
    expect(evaluateCondition(c, facts).missing).toEqual(['org.rdPercent', 'org.techStaff']);
  });
  it('names no missing fact when the answer is decided without it', () => {
    expect(evaluateCondition({ all: [U('org.rdPercent'), F] }, facts)).toMatchObject({
      result: 'not_eligible',
      missing: [],
    });
    expect(evaluateCondition({ any: [U('org.rdPercent'), T] }, facts)).toMatchObject({
      result: 'eligible',
      missing: [],
    });
    // Only the open branch's facts: the failed branch of an `any` does not need its unknown fact.
    const c: Condition = { any: [{ all: [F, U('org.techStaff')] }, U('org.rdPercent')] };
    expect(evaluateCondition(c, facts)).toMatchObject({ result: 'needs_data', missing: ['org.rdPercent'] });
  });
  it('writes every leaf, also those the answer does not need', () => {
    const e = evaluateCondition({ all: [F, U('org.techStaff'), T] }, facts);
    expect(e.lines.map((l) => [l.path, l.outcome])).toEqual([
      [['all', 0], 'not_met'],
      [['all', 1], 'unknown'],
      [['all', 2], 'met'],
    ]);
  });
});

describe('conditions reviewed by hand', () => {
  const manual = { manual: { zh: '项目具有示范效应', en: 'The project sets an example' } };
  const met: Condition = { fact: 'cultivation.hteCertified', op: 'isTrue' };
  const facts: Facts = { 'cultivation.hteCertified': true, 'declaration.majorIncident': false };
  it('count as met, and the item is eligible to be reviewed by hand', () => {
    const e = evaluateCondition({ all: [met, manual] }, facts);
    expect(e).toMatchObject({ result: 'eligible', needsReview: true, manual: [manual.manual], missing: [] });
    expect(e.lines[1]).toMatchObject({
      path: ['all', 1],
      fact: null,
      op: 'manual',
      outcome: 'manual',
      words: { zh: '项目具有示范效应（人工审核）', en: 'The project sets an example (reviewed by hand)' },
    });
  });
  it('are not asked for when the data decides alone', () => {
    expect(evaluateCondition({ any: [met, manual] }, facts)).toMatchObject({
      result: 'eligible',
      needsReview: false,
      manual: [],
    });
    const failed: Condition = { fact: 'declaration.majorIncident', op: 'isTrue' };
    expect(evaluateCondition({ all: [failed, manual] }, facts)).toMatchObject({
      result: 'not_eligible',
      needsReview: false,
      manual: [],
    });
  });
  it('stand in for an undeclared fact in an any, and are kept while data is missing', () => {
    const declared: Condition = { fact: 'declaration.dishonestList', op: 'isFalse' };
    const byHand = { manual: { zh: '无严重违法失信记录', en: 'No serious dishonesty on record' } };
    expect(evaluateCondition({ any: [declared, byHand] }, {})).toMatchObject({
      result: 'eligible',
      needsReview: true,
      manual: [byHand.manual],
    });
    expect(
      evaluateCondition({ all: [{ fact: 'org.techStaff', op: 'gte', value: 1 }, manual, manual] }, {}),
    ).toMatchObject({
      result: 'needs_data',
      needsReview: false,
      manual: [manual.manual],
      missing: ['org.techStaff'],
    });
  });
});

describe('sentences in both languages', () => {
  const words = (test: FactTest, facts: Facts) => leaf(test, facts)?.words;
  it('writes a percent with the digits it has', () => {
    expect(words({ fact: 'org.rdPercent', op: 'gte', value: 3 }, { 'org.rdPercent': 4.2 })).toEqual({
      zh: '研发费用占比 4.2% ≥ 3% ✓',
      en: 'R&D share of revenue: 4.2% ≥ 3% ✓',
    });
    expect(words({ fact: 'org.techStaffPercent', op: 'gt', value: 10 }, { 'org.techStaffPercent': 10 })).toEqual({
      zh: '科技人员占比 10% ≤ 10% ✗',
      en: 'Technology staff share of employees: 10% ≤ 10% ✗',
    });
  });
  it('writes money in 万元 when exact and in 元 with every fen otherwise', () => {
    expect(
      words({ fact: 'org.revenueFen', op: 'gte', value: 2_000_000_000 }, { 'org.revenueFen': 1_500_000_000 }),
    ).toEqual({
      zh: '营业收入 1,500.00万元 < 2,000.00万元 ✗',
      en: 'Revenue: ¥15,000,000.00 < ¥20,000,000.00 ✗',
    });
    expect(words({ fact: 'org.rdExpenseFen', op: 'lt', value: 1_000_000 }, { 'org.rdExpenseFen': 999_999 })).toEqual({
      zh: '研发费用 9,999.99元 < 1.00万元 ✓',
      en: 'R&D expense: ¥9,999.99 < ¥10,000.00 ✓',
    });
    expect(
      words({ fact: 'org.totalAssetsFen', op: 'lte', value: 20_000_000_000 }, { 'org.totalAssetsFen': 12_345_678_901 }),
    ).toEqual({
      zh: '资产总额 123,456,789.01元 ≤ 20,000.00万元 ✓',
      en: 'Total assets: ¥123,456,789.01 ≤ ¥200,000,000.00 ✓',
    });
  });
  it('writes counts and years with their units', () => {
    expect(words({ fact: 'org.employees', op: 'lte', value: 500 }, { 'org.employees': 1200 })).toEqual({
      zh: '职工总数 1,200人 > 500人 ✗',
      en: 'Employees: 1,200 persons > 500 persons ✗',
    });
    expect(words({ fact: 'ip.class1Count', op: 'gte', value: 1 }, { 'ip.class1Count': 1 })).toEqual({
      zh: 'Ⅰ类知识产权 1项 ≥ 1项 ✓',
      en: 'Class I IP: 1 item ≥ 1 item ✓',
    });
    expect(words({ fact: 'org.yearsRegistered', op: 'between', value: [1, 5] }, { 'org.yearsRegistered': 6 })).toEqual({
      zh: '成立年限 6年 不在 1年 至 5年 之间 ✗',
      en: 'Years since registration: 6 years not between 1 year and 5 years ✗',
    });
    expect(
      words({ fact: 'cultivation.techSmeScore', op: 'gte', value: 60 }, { 'cultivation.techSmeScore': 72.5 }),
    ).toEqual({
      zh: '科技型中小企业评价得分 72.5分 ≥ 60分 ✓',
      en: 'Tech-based SME score: 72.5 points ≥ 60 points ✓',
    });
  });
  it('writes yes/no facts as what they are', () => {
    expect(words({ fact: 'org.isAboveScale', op: 'isTrue' }, { 'org.isAboveScale': true })).toEqual({
      zh: '规模以上企业 是 ✓',
      en: 'Above designated size: yes ✓',
    });
    expect(
      words({ fact: 'declaration.abnormalOperation', op: 'isFalse' }, { 'declaration.abnormalOperation': true }),
    ).toEqual({
      zh: '列入经营异常名录 是 ✗',
      en: 'On the list of abnormal operations: yes ✗',
    });
  });
  it('writes options by their labels', () => {
    expect(
      words({ fact: 'org.park', op: 'in', value: ['光伏产业园', '高新区本部'] }, { 'org.park': '智能终端产业园' }),
    ).toEqual({
      zh: '所在园区 智能终端产业园 不属于 光伏产业园、高新区本部 ✗',
      en: 'Park: Smart Terminal Industrial Park is none of Photovoltaic Industrial Park, Zone headquarters area ✗',
    });
    expect(words({ fact: 'org.industry', op: 'notIn', value: ['K'] }, { 'org.industry': 'C' })).toEqual({
      zh: '所属行业门类 C 制造业 不属于 K 房地产业 ✓',
      en: 'Industry section: C Manufacturing is none of K Real estate ✓',
    });
    expect(
      words(
        { fact: 'cultivation.hteVerdict', op: 'eq', value: 'eligible' },
        { 'cultivation.hteVerdict': 'needs_data' },
      ),
    ).toEqual({
      zh: '高新技术企业认定评价结果 需补充数据 ≠ 符合 ✗',
      en: 'High-tech enterprise evaluation: needs data ≠ eligible ✗',
    });
    // A park outside the offered list (the column is free text) is written as stored.
    expect(words({ fact: 'org.park', op: 'eq', value: '光伏产业园' }, { 'org.park': '示例园区' })?.zh).toBe(
      '所在园区 示例园区 ≠ 光伏产业园 ✗',
    );
  });
  it('says what is missing and where it comes from', () => {
    expect(words({ fact: 'org.techStaff', op: 'gte', value: 10 }, {})).toEqual({
      zh: '科技人员数 未填报 — 需补充数据',
      en: 'Technology staff: not reported — data needed',
    });
    expect(words({ fact: 'cultivation.techSmeVerdict', op: 'eq', value: 'eligible' }, {})).toEqual({
      zh: '科技型中小企业评价结果 暂无评价结果 — 需补充数据',
      en: 'Tech-based SME evaluation: not evaluated yet — data needed',
    });
    expect(words({ fact: 'org.techStaff', op: 'known' }, {})).toEqual({
      zh: '科技人员数 未填报 ✗',
      en: 'Technology staff: not reported ✗',
    });
    expect(words({ fact: 'org.techStaff', op: 'known' }, { 'org.techStaff': 12 })).toEqual({
      zh: '科技人员数 已知：12人 ✓',
      en: 'Technology staff: known, 12 persons ✓',
    });
  });
  it('marks a leaf under not by what it does for the condition', () => {
    const e = evaluateCondition(
      {
        all: [
          { not: { fact: 'declaration.dishonestList', op: 'isTrue' } },
          { not: { fact: 'org.revenueFen', op: 'gte', value: 2_000_000_000 } },
          { not: { fact: 'org.techStaff', op: 'known' } },
        ],
      },
      { 'declaration.dishonestList': false, 'org.revenueFen': 1_500_000_000 },
    );
    expect(e.result).toBe('eligible');
    expect(e.lines.map((l) => [l.outcome, l.words.zh])).toEqual([
      ['met', '列入严重违法失信名单 否 ✓'],
      ['met', '营业收入 1,500.00万元 < 2,000.00万元 ✓'],
      ['met', '科技人员数 未填报 ✓'],
    ]);
  });
  it('gives each line its figures and, when asked, the words of one locale', () => {
    const c: Condition = {
      all: [
        { fact: 'org.rdPercent', op: 'gte', value: 3 },
        { fact: 'org.park', op: 'in', value: ['光伏产业园'] },
      ],
    };
    const facts: Facts = { 'org.rdPercent': 4.2 };
    const zh = evaluateCondition(c, facts, { locale: 'zh-CN' });
    expect(zh.lines.map((l) => [l.fact, l.op, l.actual, l.expected, l.text])).toEqual([
      ['org.rdPercent', 'gte', 4.2, 3, '研发费用占比 4.2% ≥ 3% ✓'],
      ['org.park', 'in', null, ['光伏产业园'], '所在园区 未填报 — 需补充数据'],
    ]);
    expect(evaluateCondition(c, facts, { locale: 'en-US' }).lines[0]?.text).toBe('R&D share of revenue: 4.2% ≥ 3% ✓');
    expect(evaluateCondition(c, facts).lines[0]?.text).toBeUndefined();
  });
});
