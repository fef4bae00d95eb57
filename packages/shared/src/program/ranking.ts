/**
 * 排序: the applications of a round by score, highest first. Equal scores (exactly equal: scores are exact rationals)
 * are separated by the call's tie-break chain, rule after rule, e.g. the higher mean on a named criterion, then the
 * higher lowest review, then fewer «不适用», then the earlier submission, then the lower id. Each entry says what
 * placed it below the entry above: the score, or the rule of the chain that separated them. When the whole chain
 * cannot separate two entries they share a rank (1, 2, 2, 4), so a chain without `lower_id` can leave a tie for the
 * committee to settle.
 */
import { z } from 'zod';
import type { Words } from '../rules/rule-pack.ts';
import { cmp, type Fraction, toFixed, toNumber } from './fraction.ts';
import type { ApplicationScore, ScoreSheet } from './scoring.ts';

export const tieRuleSchema = z.discriminatedUnion('by', [
  /** The higher mean points on the criterion with this key. */
  z.object({ by: z.literal('criterion'), key: z.string().min(1).max(40) }),
  /** The higher lowest review. */
  z.object({ by: z.literal('min_review') }),
  /** Fewer «不适用» marks over its reviews. */
  z.object({ by: z.literal('fewer_not_applicable') }),
  /** Submitted earlier. */
  z.object({ by: z.literal('earlier_submission') }),
  /** The lower application id (always decides). */
  z.object({ by: z.literal('lower_id') }),
]);
export type TieRule = z.infer<typeof tieRuleSchema>;
export const tieChainSchema = z.array(tieRuleSchema).max(10);

export const DEFAULT_TIE_CHAIN: TieRule[] = [
  { by: 'min_review' },
  { by: 'fewer_not_applicable' },
  { by: 'earlier_submission' },
  { by: 'lower_id' },
];

export type RankEntry = Pick<
  ApplicationScore,
  'applicationId' | 'exact' | 'minReview' | 'notApplicable' | 'criteria'
> & {
  /** ISO 8601 with offset; compared as instants. Null (not known) counts as later than any. */
  submittedAt: string | null;
};

/** What placed an entry where it is, relative to the entry just above it. */
export type RankDecision =
  | { kind: 'first' }
  | { kind: 'score' }
  /** `step` is the rule's place in the chain, from 1. */
  | { kind: 'rule'; rule: TieRule; step: number }
  | { kind: 'tied' };

export type RankedApplication = {
  applicationId: number;
  rank: number;
  score: number;
  scoreText: string;
  decidedBy: RankDecision;
};

// A missing value (no review scored the criterion) is worse than any value.
const higher = (a: Fraction | null | undefined, b: Fraction | null | undefined): number =>
  a == null ? (b == null ? 0 : 1) : b == null ? -1 : cmp(b, a);
const instant = (s: string | null): number => {
  if (s === null) return Number.POSITIVE_INFINITY;
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new RangeError(`not a timestamp: ${s}`);
  return t;
};

/** Negative when `a` goes first under `rule`, 0 when the rule does not separate them. */
function byRule(rule: TieRule, a: RankEntry, b: RankEntry): number {
  switch (rule.by) {
    case 'criterion':
      return higher(a.criteria[rule.key], b.criteria[rule.key]);
    case 'min_review':
      return higher(a.minReview, b.minReview);
    case 'fewer_not_applicable':
      return Math.sign(a.notApplicable - b.notApplicable);
    case 'earlier_submission': {
      const x = instant(a.submittedAt);
      const y = instant(b.submittedAt);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'lower_id':
      return Math.sign(a.applicationId - b.applicationId);
  }
}

export function rankApplications(entries: readonly RankEntry[], chain: readonly TieRule[]): RankedApplication[] {
  const ids = new Set(entries.map((e) => e.applicationId));
  if (ids.size !== entries.length) throw new RangeError('an application appears twice');
  const decide = (a: RankEntry, b: RankEntry): { order: number; decision: RankDecision } => {
    const s = cmp(b.exact, a.exact);
    if (s !== 0) return { order: s, decision: { kind: 'score' } };
    for (const [i, rule] of chain.entries()) {
      const o = byRule(rule, a, b);
      if (o !== 0) return { order: o, decision: { kind: 'rule', rule, step: i + 1 } };
    }
    return { order: 0, decision: { kind: 'tied' } };
  };
  // Entries the chain cannot separate keep an order that does not depend on the input's: by id.
  const sorted = [...entries].sort((a, b) => decide(a, b).order || a.applicationId - b.applicationId);
  const out: RankedApplication[] = [];
  for (const [i, e] of sorted.entries()) {
    const above = sorted[i - 1];
    const decision: RankDecision = above ? decide(above, e).decision : { kind: 'first' };
    const rank = decision.kind === 'tied' ? (out[i - 1] as RankedApplication).rank : i + 1;
    out.push({
      applicationId: e.applicationId,
      rank,
      score: toNumber(e.exact),
      scoreText: toFixed(e.exact, 2),
      decidedBy: decision,
    });
  }
  return out;
}

/** A tie-break rule's name; a criterion by its name on the sheet. */
export function tieRuleWords(rule: TieRule, sheet?: ScoreSheet): Words {
  switch (rule.by) {
    case 'criterion': {
      const c = sheet?.criteria.find((x) => x.key === rule.key);
      const name = c?.name ?? { zh: rule.key, en: rule.key };
      return { zh: `「${name.zh}」平均得分较高`, en: `higher mean on ${name.en}` };
    }
    case 'min_review':
      return { zh: '最低评审分较高', en: 'higher lowest review' };
    case 'fewer_not_applicable':
      return { zh: '“不适用”项较少', en: 'fewer "not applicable" marks' };
    case 'earlier_submission':
      return { zh: '提交时间较早', en: 'submitted earlier' };
    case 'lower_id':
      return { zh: '申报编号较小', en: 'lower application number' };
  }
}

/** Why an entry is where it is, as a sentence. */
export function rankDecisionWords(d: RankDecision, sheet?: ScoreSheet): Words {
  switch (d.kind) {
    case 'first':
      return { zh: '得分最高', en: 'Highest score' };
    case 'score':
      return { zh: '按得分排序', en: 'Placed by score' };
    case 'rule': {
      const r = tieRuleWords(d.rule, sheet);
      return {
        zh: `与上一名同分，按第 ${d.step} 条规则（${r.zh}）排序`,
        en: `Tied on score; rule ${d.step} (${r.en}) decided`,
      };
    }
    case 'tied':
      return { zh: '与上一名并列', en: 'Tied with the entry above' };
  }
}
