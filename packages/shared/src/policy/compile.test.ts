import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCondition } from './compile.ts';
import { type Condition, type FactTest, MAX_CONDITION_DEPTH, OPS_FOR_TYPE, validateCondition } from './conditions.ts';
import { evaluateCondition } from './evaluate.ts';
import { FACT_KEYS, FACTS, type FactKey, type Facts, type FactType, type FactValue } from './facts.ts';

// Values near the thresholds the generated conditions use, so that equality and both sides of each boundary occur.
const POOLS: Record<Exclude<FactType, 'enum'>, readonly FactValue[]> = {
  number: [-1, 0, 1, 2, 9, 10, 11, 60, 72.5, 500],
  money: [0, 1, 99, 100, 999_999, 1_000_000, 2_000_000_000, 20_000_000_000, Number.MAX_SAFE_INTEGER],
  percent: [0, 0.57, 2.99, 3, 3.01, 4.2, 10, 100],
  years: [0, 1, 2, 3, 5, 10],
  boolean: [true, false],
};
const poolOf = (key: FactKey): readonly FactValue[] => {
  const def = FACTS[key];
  return def.type === 'enum' ? def.options.map((o) => o.value) : POOLS[def.type];
};
const sampleOf = (key: FactKey) => fc.constantFrom(...poolOf(key));

const testOf = (key: FactKey): fc.Arbitrary<FactTest> => {
  const def = FACTS[key];
  const numbers = sampleOf(key) as fc.Arbitrary<number>;
  return fc.constantFrom(...OPS_FOR_TYPE[def.type]).chain((op): fc.Arbitrary<FactTest> => {
    switch (op) {
      case 'isTrue':
      case 'isFalse':
      case 'known':
        return fc.constant({ fact: key, op });
      case 'between':
        return fc.tuple(numbers, numbers).map(([a, b]) => ({ fact: key, op, value: a <= b ? [a, b] : [b, a] }));
      case 'in':
      case 'notIn':
        return fc
          .uniqueArray(sampleOf(key) as fc.Arbitrary<string>, { minLength: 1 })
          .map((value) => ({ fact: key, op, value }));
      case 'eq':
      case 'ne':
        return sampleOf(key).map((value) => ({ fact: key, op, value }));
      default:
        return numbers.map((value) => ({ fact: key, op, value }));
    }
  });
};
const factTest = fc.constantFrom(...FACT_KEYS).chain(testOf);
const manual = fc.constantFrom('示例条件甲', '示例条件乙').map((zh) => ({ manual: { zh, en: `${zh} (example)` } }));

// Conditions as validation accepts them: within the depth limit, no manual condition under a `not`.
const memo = new Map<string, fc.Arbitrary<Condition>>();
function conditionAt(depth: number, negated: boolean): fc.Arbitrary<Condition> {
  const key = `${depth}/${negated}`;
  const known = memo.get(key);
  if (known) return known;
  const leaves: fc.Arbitrary<Condition>[] = negated ? [factTest] : [factTest, factTest, manual];
  const arb: fc.Arbitrary<Condition> =
    depth >= Math.min(MAX_CONDITION_DEPTH, 5)
      ? fc.oneof(...leaves)
      : fc.oneof(
          { weight: 3, arbitrary: fc.oneof(...leaves) },
          {
            weight: 1,
            arbitrary: fc
              .array(conditionAt(depth + 1, negated), { minLength: 1, maxLength: 4 })
              .map((all) => ({ all })),
          },
          {
            weight: 1,
            arbitrary: fc
              .array(conditionAt(depth + 1, negated), { minLength: 1, maxLength: 4 })
              .map((any) => ({ any })),
          },
          { weight: 1, arbitrary: conditionAt(depth + 1, !negated).map((not) => ({ not })) },
        );
  memo.set(key, arb);
  return arb;
}
const condition = conditionAt(1, false);

// An enterprise's facts: each one known, missing, null, or of the wrong type.
const facts: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(
    FACT_KEYS.map((k) => [
      k,
      fc.oneof({ weight: 4, arbitrary: sampleOf(k) }, fc.constant(null), fc.constant('wrong'), fc.constant(1.5)),
    ]),
  ) as Record<FactKey, fc.Arbitrary<FactValue | null>>,
  { requiredKeys: [] },
);
const assignment = fc.record(
  Object.fromEntries(FACT_KEYS.map((k) => [k, sampleOf(k)])) as Record<FactKey, fc.Arbitrary<FactValue>>,
);

const leavesOf = (c: Condition): number =>
  'all' in c
    ? c.all.reduce((n, x) => n + leavesOf(x), 0)
    : 'any' in c
      ? c.any.reduce((n, x) => n + leavesOf(x), 0)
      : 'not' in c
        ? leavesOf(c.not)
        : 1;
const usesKnown = (c: Condition): boolean =>
  'all' in c
    ? c.all.some(usesKnown)
    : 'any' in c
      ? c.any.some(usesKnown)
      : 'not' in c
        ? usesKnown(c.not)
        : 'op' in c && c.op === 'known';
const known = (f: Facts, k: FactKey) => evaluateCondition({ fact: k, op: 'known' }, f).result === 'eligible';

const RUNS = { numRuns: 3000 };

describe('the compiled condition and the explained evaluation', () => {
  it('generates conditions that validation accepts', () => {
    fc.assert(
      fc.property(condition, (c) => validateCondition(c).ok),
      { numRuns: 500 },
    );
  });
  it('agree on every condition and set of facts', () => {
    fc.assert(
      fc.property(condition, facts, (c, f) => {
        expect(compileCondition(c)(f)).toBe(evaluateCondition(c, f).result);
      }),
      RUNS,
    );
  });
  it('write one line per leaf and ask for review only of an eligible result', () => {
    fc.assert(
      fc.property(condition, facts, (c, f) => {
        const e = evaluateCondition(c, f);
        expect(e.lines).toHaveLength(leavesOf(c));
        if (e.needsReview) expect(e.result).toBe('eligible');
        expect(e.needsReview).toBe(e.result === 'eligible' && e.manual.length > 0);
        if (!e.lines.some((l) => l.outcome === 'manual')) expect(e.manual).toEqual([]);
        expect(new Set(e.missing).size).toBe(e.missing.length);
      }),
      RUNS,
    );
  });
  it('name missing facts exactly when data is needed, and those facts decide it unless knowledge is tested', () => {
    fc.assert(
      fc.property(condition, facts, assignment, (c, f, fill) => {
        const e = evaluateCondition(c, f);
        expect(e.missing.length > 0).toBe(e.result === 'needs_data');
        for (const k of e.missing) expect(known(f, k)).toBe(false);
        // A `known` test turns when its fact arrives, and may open a branch that needs another fact.
        if (e.result !== 'needs_data' || usesKnown(c)) return;
        const completed: Facts = { ...f };
        for (const k of e.missing) completed[k] = fill[k];
        expect(compileCondition(c)(completed)).not.toBe('needs_data');
      }),
      RUNS,
    );
  });
  // `known` tests knowledge itself, so it alone may turn once data arrives; every other test keeps its answer.
  it('never change a decided result when more facts become known, unless the condition tests knowledge', () => {
    fc.assert(
      fc.property(condition, facts, assignment, (c, f, fill) => {
        if (usesKnown(c)) return;
        const before = compileCondition(c)(f);
        if (before === 'needs_data') return;
        const completed: Facts = { ...f };
        for (const k of FACT_KEYS) if (!known(f, k)) completed[k] = fill[k];
        expect(compileCondition(c)(completed)).toBe(before);
      }),
      RUNS,
    );
  });
});
