/**
 * A condition in words for a reader who is not checked against it (the item's public page): one sentence per test
 * ("研发费用占比 ≥ 3%"), groups as "all of" / "any of" / "none of", and the conditions reviewed by hand marked as such.
 * The figures are written by the same words as the eligibility lines (@cz/shared/policy valueWordsOf), so the page
 * and a check of it read alike.
 */
import {
  type Amount,
  basisPointsText,
  type Condition,
  FACTS,
  type FactTest,
  factValueWords,
  fenWords,
  listWords,
} from '@cz/shared/policy';

export type Words = { zh: string; en: string };
export type Sentence = {
  words: Words;
  /** A group's conditions; absent for a test or a condition reviewed by hand. */
  children?: Sentence[];
  byHand?: boolean;
};

const SYMBOL = { gt: '>', gte: '≥', lt: '<', lte: '≤' } as const;

function testWords(c: FactTest): Words {
  const def = FACTS[c.fact];
  const L = def.label;
  switch (c.op) {
    case 'isTrue':
      return { zh: `${L.zh}：是`, en: `${L.en}: yes` };
    case 'isFalse':
      return { zh: `${L.zh}：否`, en: `${L.en}: no` };
    case 'known':
      return { zh: `${L.zh}：已填报`, en: `${L.en}: reported` };
    case 'between': {
      const lo = factValueWords(c.fact, c.value[0]);
      const hi = factValueWords(c.fact, c.value[1]);
      return { zh: `${L.zh}在 ${lo.zh} 至 ${hi.zh} 之间`, en: `${L.en} between ${lo.en} and ${hi.en}` };
    }
    case 'in':
    case 'notIn': {
      const list = listWords(c.fact, c.value);
      return c.op === 'in'
        ? { zh: `${L.zh}为 ${list.zh} 之一`, en: `${L.en} is one of ${list.en}` }
        : { zh: `${L.zh}不是 ${list.zh}`, en: `${L.en} is none of ${list.en}` };
    }
    case 'eq':
    case 'ne': {
      // A yes/no fact reads as the answer: "规模以上企业：是", whichever way the test is written.
      if (def.type === 'boolean' && typeof c.value === 'boolean')
        return testWords({ fact: c.fact, op: (c.value === true) === (c.op === 'eq') ? 'isTrue' : 'isFalse' });
      const V = factValueWords(c.fact, c.value);
      return c.op === 'eq'
        ? { zh: `${L.zh}为 ${V.zh}`, en: `${L.en} is ${V.en}` }
        : { zh: `${L.zh}不为 ${V.zh}`, en: `${L.en} is not ${V.en}` };
    }
    default: {
      const V = factValueWords(c.fact, c.value);
      return { zh: `${L.zh} ${SYMBOL[c.op]} ${V.zh}`, en: `${L.en} ${SYMBOL[c.op]} ${V.en}` };
    }
  }
}

const GROUP: Record<'all' | 'any' | 'not', Words> = {
  all: { zh: '同时满足以下条件', en: 'All of the following' },
  any: { zh: '满足以下任一条件', en: 'Any of the following' },
  not: { zh: '不得属于以下情形', en: 'None of the following' },
};

/** The sentences of a condition; a root `all` is the list itself (a policy's conditions are "all of these"). */
export function conditionSentences(c: Condition): Sentence[] {
  if ('all' in c) return c.all.map(sentenceOf);
  return [sentenceOf(c)];
}

export function sentenceOf(c: Condition): Sentence {
  if ('all' in c) return { words: GROUP.all, children: c.all.map(sentenceOf) };
  if ('any' in c) return { words: GROUP.any, children: c.any.map(sentenceOf) };
  if ('not' in c) {
    // "not" over a single boolean test reads best as its opposite: 未列入经营异常名录 = 列入…：否.
    const inner = c.not;
    if ('fact' in inner && (inner.op === 'isTrue' || inner.op === 'isFalse'))
      return { words: testWords({ fact: inner.fact, op: inner.op === 'isTrue' ? 'isFalse' : 'isTrue' }) };
    return { words: GROUP.not, children: 'any' in inner ? inner.any.map(sentenceOf) : [sentenceOf(inner)] };
  }
  if ('manual' in c) return { words: c.manual, byHand: true };
  return { words: testWords(c) };
}

/** What an item pays, in a line for a list: "研发费用 × 10%，上限 50.00万元", "每项发明专利 5,000.00元". */
export function amountSummary(a: Amount): Words {
  switch (a.kind) {
    case 'fixed': {
      const w = fenWords(a.amountFen);
      return { zh: `定额 ${w.zh}`, en: `Fixed ${w.en}` };
    }
    case 'manual':
      return a.words;
    case 'ratio': {
      const L = FACTS[a.fact].label;
      const pct = basisPointsText(a.ratioBp);
      const cap = a.capFen === undefined ? null : fenWords(a.capFen);
      return {
        zh: `${L.zh} × ${pct}${cap ? `，上限 ${cap.zh}` : ''}`,
        en: `${pct} of ${L.en}${cap ? `, capped at ${cap.en}` : ''}`,
      };
    }
    case 'perUnit': {
      const L = FACTS[a.fact].label;
      const u = fenWords(a.unitFen);
      const cap = a.capFen === undefined ? null : fenWords(a.capFen);
      return {
        zh: `每项${L.zh} ${u.zh}${cap ? `，上限 ${cap.zh}` : ''}`,
        en: `${u.en} per unit of ${L.en}${cap ? `, capped at ${cap.en}` : ''}`,
      };
    }
  }
}
