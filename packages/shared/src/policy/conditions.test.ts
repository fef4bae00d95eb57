import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CONDITION_ISSUE_CODES as C,
  type Condition,
  conditionSchema,
  MAX_CONDITION_DEPTH,
  MAX_CONDITION_LEAVES,
  OPS_FOR_TYPE,
  validateCondition,
} from './conditions.ts';

const issuesOf = (json: unknown) => {
  const v = validateCondition(json);
  return v.ok ? [] : v.issues;
};

/** A chain of `depth` nodes: depth − 1 `not`s over a fact test. */
const nested = (depth: number): unknown => {
  let c: unknown = { fact: 'org.employees', op: 'gte', value: 10 };
  for (let i = 1; i < depth; i++) c = { not: c };
  return c;
};

describe('valid conditions', () => {
  const valid: [string, Condition][] = [
    ['a number test', { fact: 'org.employees', op: 'lte', value: 500 }],
    ['money in whole fen', { fact: 'org.revenueFen', op: 'gte', value: 2_000_000_000 }],
    ['a percent with decimals', { fact: 'org.rdPercent', op: 'gte', value: 3.5 }],
    ['a range', { fact: 'org.techStaffPercent', op: 'between', value: [10, 30] }],
    ['an equal range', { fact: 'org.yearsRegistered', op: 'between', value: [2, 2] }],
    ['parks', { fact: 'org.park', op: 'in', value: ['光伏产业园', '高新区本部'] }],
    ['an industry', { fact: 'org.industry', op: 'ne', value: 'K' }],
    ['a verdict', { fact: 'cultivation.hteVerdict', op: 'eq', value: 'eligible' }],
    ['a flag', { fact: 'cultivation.hteCertified', op: 'isTrue' }],
    ['a flag by value', { fact: 'org.isAboveScale', op: 'eq', value: true }],
    ['whether known', { fact: 'declaration.majorIncident', op: 'known' }],
    ['by hand', { manual: { zh: '项目具有示范效应', en: 'The project sets an example' } }],
    [
      'a tree',
      {
        all: [
          {
            any: [
              { fact: 'cultivation.hteCertified', op: 'isTrue' },
              { fact: 'ip.class1Count', op: 'gte', value: 1 },
            ],
          },
          { not: { fact: 'declaration.dishonestList', op: 'isTrue' } },
          { manual: { zh: '无重大安全事故', en: 'No major safety accident' } },
        ],
      },
    ],
  ];
  it.each(valid)('accepts %s', (_, condition) => {
    expect(validateCondition(condition)).toEqual({ ok: true, condition });
    expect(conditionSchema.parse(condition)).toEqual(condition);
  });
  it('accepts the deepest and the largest trees allowed', () => {
    expect(validateCondition(nested(MAX_CONDITION_DEPTH)).ok).toBe(true);
    const leaves = Array.from({ length: MAX_CONDITION_LEAVES }, () => ({ fact: 'org.employees', op: 'known' }));
    expect(validateCondition({ all: leaves }).ok).toBe(true);
  });
});

describe('refused conditions, each with its code and where', () => {
  const refused: [string, unknown, (string | number)[], string][] = [
    ['not an object', 5, [], C.badShape],
    ['null', null, [], C.badShape],
    ['an unknown key', { fact: 'org.employees', op: 'known', note: 'x' }, [], C.badShape],
    [
      'two kinds in one node',
      { all: [{ manual: { zh: 'a', en: 'a' } }], manual: { zh: 'a', en: 'a' } },
      [],
      C.badShape,
    ],
    ['no kind', {}, [], C.badShape],
    ['an op without a fact', { op: 'known' }, [], C.badShape],
    ['a value beside a group', { all: [{ fact: 'org.employees', op: 'known' }], value: 1 }, [], C.badShape],
    ['a group that is not a list', { any: { fact: 'org.employees', op: 'known' } }, ['any'], C.badShape],
    ['manual words missing a language', { manual: { zh: '示范效应' } }, ['manual', 'en'], C.badShape],
    ['manual words that are blank', { manual: { zh: ' ', en: 'x' } }, ['manual', 'zh'], C.badShape],
    ['an empty all', { all: [] }, ['all'], C.emptyGroup],
    ['an empty any inside', { all: [{ any: [] }] }, ['all', 0, 'any'], C.emptyGroup],
    ['an unknown fact', { any: [{ fact: 'org.profitFen', op: 'gt', value: 0 }] }, ['any', 0, 'fact'], C.unknownFact],
    ['a very long fact key', { fact: 'org.'.repeat(2_000), op: 'known' }, ['fact'], C.unknownFact],
    ['a fact that is not text', { fact: 7, op: 'known' }, ['fact'], C.badShape],
    ['an unknown op', { fact: 'org.employees', op: 'above', value: 1 }, ['op'], C.badOp],
    ['a fact without an op', { fact: 'org.employees' }, ['op'], C.badOp],
    ['gt on a flag', { fact: 'org.isAboveScale', op: 'gt', value: 0 }, ['op'], C.badOp],
    ['in on a number', { fact: 'org.employees', op: 'in', value: [1, 2] }, ['op'], C.badOp],
    ['isTrue on an enum', { fact: 'org.park', op: 'isTrue' }, ['op'], C.badOp],
    ['between on an enum', { fact: 'org.industry', op: 'between', value: ['A', 'C'] }, ['op'], C.badOp],
    ['money with a fraction of a fen', { fact: 'org.revenueFen', op: 'gte', value: 100.5 }, ['value'], C.badValue],
    ['a number as text', { fact: 'org.employees', op: 'gte', value: '10' }, ['value'], C.badValue],
    ['a missing threshold', { fact: 'org.employees', op: 'gte' }, ['value'], C.badValue],
    ['a value on isTrue', { fact: 'org.isAboveScale', op: 'isTrue', value: true }, ['value'], C.badValue],
    ['a value on known', { fact: 'org.employees', op: 'known', value: 1 }, ['value'], C.badValue],
    ['a range upside down', { fact: 'org.rdPercent', op: 'between', value: [5, 3] }, ['value'], C.badValue],
    ['a range of one', { fact: 'org.rdPercent', op: 'between', value: [3] }, ['value'], C.badValue],
    [
      'a range of money with fractions',
      { fact: 'org.revenueFen', op: 'between', value: [0, 0.5] },
      ['value'],
      C.badValue,
    ],
    ['a park not offered', { fact: 'org.park', op: 'in', value: ['光伏产业园', '某园区'] }, ['value'], C.badValue],
    ['an empty list', { fact: 'org.park', op: 'notIn', value: [] }, ['value'], C.badValue],
    ['eq on an enum with a non-option', { fact: 'org.industry', op: 'eq', value: 'Z' }, ['value'], C.badValue],
    ['eq on a flag with a number', { fact: 'org.isAboveScale', op: 'eq', value: 1 }, ['value'], C.badValue],
    ['an object as a value', { fact: 'org.employees', op: 'eq', value: { n: 1 } }, ['value'], C.badValue],
    ['too deep', nested(MAX_CONDITION_DEPTH + 1), Array(MAX_CONDITION_DEPTH).fill('not'), C.tooDeep],
    [
      'too many leaves',
      {
        all: [
          { all: Array(60).fill({ manual: { zh: 'a', en: 'a' } }) },
          { any: Array(41).fill({ manual: { zh: 'b', en: 'b' } }) },
        ],
      },
      [],
      C.tooManyLeaves,
    ],
    [
      'too many in one group',
      { any: Array(MAX_CONDITION_LEAVES + 1).fill({ fact: 'org.employees', op: 'known' }) },
      ['any'],
      C.tooManyLeaves,
    ],
    [
      'a manual condition negated',
      { not: { any: [{ manual: { zh: 'a', en: 'a' } }] } },
      ['not', 'any', 0],
      C.manualNegated,
    ],
  ];
  it.each(refused)('refuses %s', (_, json, path, code) => {
    expect(issuesOf(json)).toEqual([{ path, code }]);
    const parsed = conditionSchema.safeParse(json);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path, i.message])).toEqual([[path, code]]);
  });
  it('says every issue of a condition at once, once its shape is right', () => {
    expect(
      issuesOf({
        all: [
          { fact: 'org.nothing', op: 'eq', value: 1 },
          { fact: 'org.isAboveScale', op: 'lt', value: 1 },
          { not: { manual: { zh: 'a', en: 'a' } } },
          { not: { not: { manual: { zh: 'a', en: 'a' } } } },
        ],
      }),
    ).toEqual([
      { path: ['all', 0, 'fact'], code: C.unknownFact },
      { path: ['all', 1, 'op'], code: C.badOp },
      { path: ['all', 2, 'not'], code: C.manualNegated },
    ]);
  });
  it('refuses a hostile nesting without running out of stack', () => {
    expect(issuesOf(nested(20_000))).toEqual([{ path: Array(MAX_CONDITION_DEPTH).fill('not'), code: C.tooDeep }]);
  });
});

describe('the schema in an API', () => {
  it('fits each fact type with its tests', () => {
    expect(OPS_FOR_TYPE.boolean).not.toContain('gt');
    expect(OPS_FOR_TYPE.enum).toContain('in');
    expect(OPS_FOR_TYPE.money).toContain('between');
  });
  it('goes into a request schema and into OpenAPI', () => {
    const body = z.object({ condition: conditionSchema });
    expect(body.parse({ condition: { fact: 'org.employees', op: 'known' } }).condition).toEqual({
      fact: 'org.employees',
      op: 'known',
    });
    const json = JSON.stringify(z.toJSONSchema(body, { io: 'input', unrepresentable: 'any' }));
    expect(json).toContain('"between"');
    expect(json).toContain('"minItems":1');
  });
});
