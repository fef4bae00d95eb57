import { describe, expect, it } from 'vitest';
import { amountSummary, conditionSentences } from './sentences';

describe('a condition in words', () => {
  it('writes one sentence per test with the figures as the catalogue writes them', () => {
    const s = conditionSentences({
      all: [
        { fact: 'org.rdPercent', op: 'gte', value: 3 },
        { fact: 'org.revenueFen', op: 'between', value: [0, 200_000_000] },
        { fact: 'org.park', op: 'in', value: ['光伏产业园', '高新区本部'] },
        { not: { fact: 'declaration.dishonestList', op: 'isTrue' } },
        { manual: { zh: '项目具有示范效应', en: 'The project sets an example' } },
      ],
    });
    expect(s.map((x) => x.words.zh)).toEqual([
      '研发费用占比 ≥ 3%',
      '营业收入在 0.00元 至 200.00万元 之间',
      '所在园区为 光伏产业园、高新区本部 之一',
      '列入严重违法失信名单：否',
      '项目具有示范效应',
    ]);
    expect(s[0]?.words.en).toBe('R&D share of revenue ≥ 3%');
    expect(
      conditionSentences({ any: [{ fact: 'org.isAboveScale', op: 'ne', value: true }] })[0]?.children?.[0]?.words.zh,
    ).toBe('规模以上企业：否');
    expect(s[4]?.byHand).toBe(true);
  });

  it('keeps groups as groups: any of, none of', () => {
    const [any] = conditionSentences({
      any: [
        { fact: 'cultivation.hteCertified', op: 'isTrue' },
        { fact: 'ip.class1Count', op: 'gte', value: 1 },
      ],
    });
    expect(any?.words.zh).toBe('满足以下任一条件');
    expect(any?.children?.map((c) => c.words.en)).toEqual([
      'Holds a valid high-tech enterprise certificate: yes',
      'Class I IP ≥ 1 item',
    ]);
    const [none] = conditionSentences({
      not: {
        any: [
          { fact: 'org.industry', op: 'eq', value: 'C' },
          { fact: 'org.employees', op: 'lt', value: 5 },
        ],
      },
    });
    expect(none?.words.en).toBe('None of the following');
    expect(none?.children).toHaveLength(2);
  });

  it('sums up every kind of amount in a line', () => {
    expect(amountSummary({ kind: 'fixed', amountFen: 10_000_000 }).zh).toBe('定额 10.00万元');
    expect(amountSummary({ kind: 'ratio', fact: 'org.rdExpenseFen', ratioBp: 1000, capFen: 50_000_000 })).toEqual({
      zh: '研发费用 × 10%，上限 50.00万元',
      en: '10% of R&D expense, capped at ¥500,000.00',
    });
    expect(amountSummary({ kind: 'perUnit', fact: 'ip.inventionCount', unitFen: 500_000 }).zh).toBe(
      '每项发明专利 5,000.00元',
    );
    expect(amountSummary({ kind: 'manual', words: { zh: '评审确定', en: 'Set in review' } }).en).toBe('Set in review');
  });
});
