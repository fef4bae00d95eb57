import { describe, expect, it } from 'vitest';
import { compileCondition } from './compile.ts';
import type { Condition, FactTest } from './conditions.ts';
import { evaluateCondition } from './evaluate.ts';
import type { Facts } from './facts.ts';

/** The one line of a fact test, both evaluators agreeing on the result. */
const leaf = (c: FactTest, facts: Facts) => {
  const e = evaluateCondition(c, facts);
  expect(compileCondition(c)(facts)).toBe(e.result);
  expect(e.lines).toHaveLength(1);
  return e.lines[0];
};

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
