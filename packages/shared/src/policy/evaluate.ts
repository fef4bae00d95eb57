/**
 * A condition against one enterprise's facts, explained. Three-valued (Kleene) logic, because the platform often
 * lacks a fact: an unknown fact never counts for or against the enterprise, it leaves the answer open unless another
 * condition already decides it, and the facts that would decide it are named (`missing`), so an enterprise can be
 * asked for exactly those. Every leaf gives a sentence in both languages with the figures as reported. Conditions
 * reviewed by hand do not block: they count as met and are listed for the reviewer. For batches (every item × every
 * enterprise) use `compileCondition`, which gives the same result without building sentences.
 */
import type { Verdict } from '../cultivation/outcome.ts';
import type { Words } from '../rules/rule-pack.ts';
import type { Condition, ConditionOp, ConditionPath, FactTest } from './conditions.ts';
import { FACTS, type FactKey, type Facts, type FactValue, readFact } from './facts.ts';
import { factValueWords, listWords, notKnownWords } from './words.ts';

export type LineOutcome = 'met' | 'not_met' | 'unknown' | 'manual';

/**
 * One leaf of a condition as checked: the figures, the outcome and the sentence. `outcome` says whether the leaf counts
 * for the condition: under a `not` (its path goes through one), a test that fails is `met` ("列入经营异常名录 否 ✓").
 */
export type Line = {
  path: ConditionPath;
  /** The fact tested; null for a manual condition. */
  fact: FactKey | null;
  op: ConditionOp | 'manual';
  outcome: LineOutcome;
  /** The enterprise's value; null when not known (or a manual condition). */
  actual: FactValue | null;
  /** The condition's value (true / false for isTrue / isFalse; null for known and manual). */
  expected: FactValue | readonly FactValue[] | null;
  /** "研发费用占比 4.2% ≥ 3% ✓" / "R&D share of revenue: 4.2% ≥ 3% ✓" */
  words: Words;
  /** `words` in the locale asked for, when one was. */
  text?: string;
};

export type ConditionEvaluation = {
  result: Verdict;
  /** Eligible only on the word of a reviewer: a manual condition the result rests on. */
  needsReview: boolean;
  lines: Line[];
  /** The manual conditions the result still rests on (none when the data alone decides it), without repeats. */
  manual: Words[];
  /**
   * When `needs_data`: the facts that would decide it, once each, in the order they appear; otherwise empty. (With a
   * `known` test in the tree, a fact arriving can open a branch that needs another one.)
   */
  missing: FactKey[];
};

export type EvaluateOptions = { locale?: 'zh-CN' | 'en-US' };

type Tri = 'met' | 'not_met' | 'unknown';

/** The test of a known value; exact, since money is integer fen and percents are compared as the digits given. */
export function factTestHolds(test: FactTest, v: FactValue): boolean {
  switch (test.op) {
    case 'eq':
      return v === test.value;
    case 'ne':
      return v !== test.value;
    case 'gt':
      return (v as number) > test.value;
    case 'gte':
      return (v as number) >= test.value;
    case 'lt':
      return (v as number) < test.value;
    case 'lte':
      return (v as number) <= test.value;
    case 'between':
      return (v as number) >= test.value[0] && (v as number) <= test.value[1];
    case 'in':
      return test.value.includes(v as string);
    case 'notIn':
      return !test.value.includes(v as string);
    case 'isTrue':
      return v === true;
    case 'isFalse':
      return v === false;
    case 'known':
      return true;
  }
}

const MET: Record<'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte', string> = {
  eq: '=',
  ne: '≠',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
};
// What holds when the test fails: the sentence always states a true relation between the two figures.
const FAILED: typeof MET = { eq: '≠', ne: '=', gt: '≤', gte: '<', lt: '≥', lte: '>' };

const mark = (met: boolean) => (met ? '✓' : '✗');
const both = (zh: string, en: string): Words => ({ zh, en });

/**
 * The sentence of a test of a known value: the relation that holds between the figures (`holds`: the test passed),
 * and the mark of the line (`met`: the leaf counts for the condition, which under a `not` is when the test failed).
 */
function knownWords(test: FactTest, v: FactValue, holds: boolean, met: boolean): Words {
  const def = FACTS[test.fact];
  const L = def.label;
  const A = factValueWords(test.fact, v);
  const m = mark(met);
  if (def.type === 'boolean' && test.op !== 'known') return both(`${L.zh} ${A.zh} ${m}`, `${L.en}: ${A.en} ${m}`);
  switch (test.op) {
    case 'known':
      return both(`${L.zh} 已知：${A.zh} ${m}`, `${L.en}: known, ${A.en} ${m}`);
    case 'between': {
      const lo = factValueWords(test.fact, test.value[0]);
      const hi = factValueWords(test.fact, test.value[1]);
      return holds
        ? both(
            `${L.zh} ${A.zh} 在 ${lo.zh} 至 ${hi.zh} 之间 ${m}`,
            `${L.en}: ${A.en} between ${lo.en} and ${hi.en} ${m}`,
          )
        : both(
            `${L.zh} ${A.zh} 不在 ${lo.zh} 至 ${hi.zh} 之间 ${m}`,
            `${L.en}: ${A.en} not between ${lo.en} and ${hi.en} ${m}`,
          );
    }
    case 'in':
    case 'notIn': {
      const list = listWords(test.fact, test.value);
      const inList = holds === (test.op === 'in');
      return inList
        ? both(`${L.zh} ${A.zh} 属于 ${list.zh} ${m}`, `${L.en}: ${A.en} is one of ${list.en} ${m}`)
        : both(`${L.zh} ${A.zh} 不属于 ${list.zh} ${m}`, `${L.en}: ${A.en} is none of ${list.en} ${m}`);
    }
    case 'isTrue':
    case 'isFalse':
      // Only boolean facts take these (validation); a stray one reads like a boolean.
      return both(`${L.zh} ${A.zh} ${m}`, `${L.en}: ${A.en} ${m}`);
    default: {
      const E = factValueWords(test.fact, test.value);
      const rel = (holds ? MET : FAILED)[test.op];
      return both(`${L.zh} ${A.zh} ${rel} ${E.zh} ${m}`, `${L.en}: ${A.en} ${rel} ${E.en} ${m}`);
    }
  }
}

function unknownWords(test: FactTest, negated: boolean): Words {
  const L = FACTS[test.fact].label;
  const n = notKnownWords(test.fact);
  const m = mark(negated);
  return test.op === 'known'
    ? both(`${L.zh} ${n.zh} ${m}`, `${L.en}: ${n.en} ${m}`)
    : both(`${L.zh} ${n.zh} — 需补充数据`, `${L.en}: ${n.en} — data needed`);
}

function expectedOf(test: FactTest): Line['expected'] {
  switch (test.op) {
    case 'isTrue':
      return true;
    case 'isFalse':
      return false;
    case 'known':
      return null;
    default:
      return test.value;
  }
}

type Node = { v: Tri; missing: FactKey[]; manual: Words[] };
const NONE: readonly never[] = [];

function union<T>(lists: readonly (readonly T[])[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists)
    for (const t of list) {
      const k = key(t);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(t);
      }
    }
  return out;
}
const factKey = (k: FactKey) => k;
const wordsKey = (w: Words) => `${w.zh}\u0000${w.en}`;

/**
 * Evaluates `condition` against `facts`, every leaf with its sentence. The result agrees with `compileCondition`.
 * `missing` and `manual` follow the logic: a decided part carries no missing facts, a failed part no manual review,
 * and a met `any` none of the other branches.
 */
export function evaluateCondition(
  condition: Condition,
  facts: Facts,
  options: EvaluateOptions = {},
): ConditionEvaluation {
  const lines: Line[] = [];
  // `negated`: under an odd number of `not`s, where a failed test counts for the condition.
  const visit = (c: Condition, path: ConditionPath, negated: boolean): Node => {
    if ('all' in c || 'any' in c) {
      const isAll = 'all' in c;
      const children = (isAll ? c.all : c.any).map((child, i) =>
        visit(child, [...path, isAll ? 'all' : 'any', i], negated),
      );
      const decider = isAll ? 'not_met' : 'met';
      const decided = children.filter((n) => n.v === decider);
      if (decided.length > 0) {
        // A met `any` needs no review when one met branch stands on data alone.
        const manual = isAll || decided.some((n) => n.manual.length === 0) ? NONE : decided.map((n) => n.manual);
        return { v: decider, missing: [], manual: union(manual, wordsKey) };
      }
      const v: Tri = children.some((n) => n.v === 'unknown') ? 'unknown' : isAll ? 'met' : 'not_met';
      return {
        v,
        missing:
          v === 'unknown'
            ? union(
                children.map((n) => n.missing),
                factKey,
              )
            : [],
        manual:
          v === 'not_met'
            ? []
            : union(
                children.map((n) => n.manual),
                wordsKey,
              ),
      };
    }
    if ('not' in c) {
      const n = visit(c.not, [...path, 'not'], !negated);
      if (n.v === 'unknown') return n;
      return { v: n.v === 'met' ? 'not_met' : 'met', missing: [], manual: [] };
    }
    if ('manual' in c) {
      const words = both(`${c.manual.zh}（人工审核）`, `${c.manual.en} (reviewed by hand)`);
      lines.push({ path, fact: null, op: 'manual', outcome: 'manual', actual: null, expected: null, words });
      return { v: 'met', missing: [], manual: [c.manual] };
    }
    const v = readFact(facts, c.fact);
    const line = { path, fact: c.fact, op: c.op, expected: expectedOf(c) };
    if (v === undefined) {
      if (c.op !== 'known') {
        lines.push({ ...line, outcome: 'unknown', actual: null, words: unknownWords(c, negated) });
        return { v: 'unknown', missing: [c.fact], manual: [] };
      }
      lines.push({ ...line, outcome: negated ? 'met' : 'not_met', actual: null, words: unknownWords(c, negated) });
      return { v: 'not_met', missing: [], manual: [] };
    }
    const holds = factTestHolds(c, v);
    const met = holds !== negated;
    lines.push({ ...line, outcome: met ? 'met' : 'not_met', actual: v, words: knownWords(c, v, holds, met) });
    return { v: holds ? 'met' : 'not_met', missing: [], manual: [] };
  };
  const root = visit(condition, [], false);
  if (options.locale) {
    const zh = options.locale === 'zh-CN';
    for (const l of lines) l.text = zh ? l.words.zh : l.words.en;
  }
  const result: Verdict = root.v === 'met' ? 'eligible' : root.v === 'not_met' ? 'not_eligible' : 'needs_data';
  return {
    result,
    needsReview: result === 'eligible' && root.manual.length > 0,
    lines,
    manual: root.manual,
    missing: root.missing,
  };
}
