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
