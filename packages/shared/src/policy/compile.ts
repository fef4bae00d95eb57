/**
 * A condition turned once into a plain function for batches: every policy item against every enterprise (500 × 20,000
 * a night, and the "who would qualify" simulation of an item being edited). It builds no sentence and allocates
 * nothing per call beyond what it returns; the tree is walked once, at compile time, into closures that read the facts
 * object directly. `evaluateCondition` gives the same result with the words (property test in compile.test.ts), for
 * the few evaluations a person looks at.
 */
import type { Verdict } from '../cultivation/outcome.ts';
import type { Condition, FactTest } from './conditions.ts';
import { FACTS, type Facts, type FactType, type FactValue } from './facts.ts';

/** 0: not met, 1: met, 2: unknown. */
type Tri = 0 | 1 | 2;
type Node = (facts: Facts) => Tri;

export type CompiledCondition = (facts: Facts) => Verdict;

const VERDICTS: readonly Verdict[] = ['not_eligible', 'eligible', 'needs_data'];

// The same checks as `readFact` (facts.ts): a value of the wrong type is not known.
const KNOWN: Record<FactType, (v: unknown) => boolean> = {
  number: Number.isFinite,
  percent: Number.isFinite,
  years: Number.isFinite,
  money: Number.isSafeInteger,
  boolean: (v) => typeof v === 'boolean',
  enum: (v) => typeof v === 'string',
};

function predicate(test: FactTest): (v: FactValue) => boolean {
  switch (test.op) {
    case 'eq': {
      const t = test.value;
      return (v) => v === t;
    }
    case 'ne': {
      const t = test.value;
      return (v) => v !== t;
    }
    case 'gt': {
      const t = test.value;
      return (v) => (v as number) > t;
    }
    case 'gte': {
      const t = test.value;
      return (v) => (v as number) >= t;
    }
    case 'lt': {
      const t = test.value;
      return (v) => (v as number) < t;
    }
    case 'lte': {
      const t = test.value;
      return (v) => (v as number) <= t;
    }
    case 'between': {
      const [lo, hi] = test.value;
      return (v) => (v as number) >= lo && (v as number) <= hi;
    }
    case 'in': {
      const set = new Set<FactValue>(test.value);
      return (v) => set.has(v);
    }
    case 'notIn': {
      const set = new Set<FactValue>(test.value);
      return (v) => !set.has(v);
    }
    case 'isTrue':
      return (v) => v === true;
    case 'isFalse':
      return (v) => v === false;
    case 'known':
      return () => true;
  }
}

function build(c: Condition): Node {
  if ('all' in c) {
    const children = c.all.map(build);
    const n = children.length;
    return (facts) => {
      let unknown = false;
      for (let i = 0; i < n; i++) {
        const r = (children[i] as Node)(facts);
        if (r === 0) return 0;
        if (r === 2) unknown = true;
      }
      return unknown ? 2 : 1;
    };
  }
  if ('any' in c) {
    const children = c.any.map(build);
    const n = children.length;
    return (facts) => {
      let unknown = false;
      for (let i = 0; i < n; i++) {
        const r = (children[i] as Node)(facts);
        if (r === 1) return 1;
        if (r === 2) unknown = true;
      }
      return unknown ? 2 : 0;
    };
  }
  if ('not' in c) {
    const child = build(c.not);
    return (facts) => {
      const r = child(facts);
      return r === 2 ? 2 : r === 1 ? 0 : 1;
    };
  }
  // A manual condition counts as met (listed for review by evaluateCondition).
  if ('manual' in c) return () => 1;
  const key = c.fact;
  const known = KNOWN[FACTS[key].type];
  const test = predicate(c);
  const absent: Tri = c.op === 'known' ? 0 : 2;
  return (facts) => {
    const v = facts[key];
    if (v === undefined || v === null || !known(v)) return absent;
    return test(v) ? 1 : 0;
  };
}

/** `condition` as a function of an enterprise's facts, giving the result `evaluateCondition` gives. */
export function compileCondition(condition: Condition): CompiledCondition {
  const root = build(condition);
  return (facts) => VERDICTS[root(facts)] as Verdict;
}
