import { describe, expect, it } from 'vitest';
import { frac } from './fraction.ts';
import {
  DEFAULT_TIE_CHAIN,
  type RankEntry,
  rankApplications,
  rankDecisionWords,
  type TieRule,
  tieChainSchema,
} from './ranking.ts';
import { aggregateRound, type ScoreSheet } from './scoring.ts';

const entry = (applicationId: number, score: number, over: Partial<RankEntry> = {}): RankEntry => ({
  applicationId,
  exact: frac(score),
  minReview: frac(50),
  notApplicable: 0,
  criteria: { innovation: frac(8) },
  submittedAt: '2026-03-01T09:00:00+08:00',
  ...over,
});
const chain: TieRule[] = [
  { by: 'criterion', key: 'innovation' },
  { by: 'min_review' },
  { by: 'fewer_not_applicable' },
  { by: 'earlier_submission' },
  { by: 'lower_id' },
];
const order = (entries: RankEntry[], c: readonly TieRule[] = chain) =>
  rankApplications(entries, c).map((r) => r.applicationId);

describe('ranking by score', () => {
  it('puts the highest first and says the score decided', () => {
    const r = rankApplications([entry(1, 70), entry(2, 90), entry(3, 80)], chain);
    expect(r.map((x) => [x.applicationId, x.rank, x.decidedBy.kind])).toEqual([
      [2, 1, 'first'],
      [3, 2, 'score'],
      [1, 3, 'score'],
    ]);
  });
  it('compares exactly: 211/3 is above 70.33', () => {
    expect(order([entry(1, 0, { exact: frac(7_033, 100) }), entry(2, 0, { exact: frac(211, 3) })])).toEqual([2, 1]);
  });
});

describe('ties broken by each rule of the chain in turn', () => {
  // In each case entry 1 (the lower id) is worse on the rule tested and equal on every rule before it, so only that
  // rule can put entry 2 first.
  it.each<[string, Partial<RankEntry>, Partial<RankEntry>, number]>([
    ['1: higher mean on the named criterion', { criteria: { innovation: frac(7) } }, {}, 1],
    ['1: a criterion no review scored loses to one scored', { criteria: { innovation: null } }, {}, 1],
    ['2: higher lowest review', { minReview: frac(40) }, {}, 2],
    ['3: fewer «不适用» marks', { notApplicable: 2 }, { notApplicable: 1 }, 3],
    ['4: earlier submission', { submittedAt: '2026-03-02T08:00:00+08:00' }, {}, 4],
    ['4: a submission time not known counts as later', { submittedAt: null }, {}, 4],
  ])('rule %s', (_, worse, better, step) => {
    const r = rankApplications([entry(1, 80, worse), entry(2, 80, better)], chain);
    expect(r.map((x) => x.applicationId)).toEqual([2, 1]);
    expect(r[1]?.decidedBy).toEqual({ kind: 'rule', rule: chain[step - 1], step });
    expect(r.map((x) => x.rank)).toEqual([1, 2]);
  });
  it('rule 5: the lower id when everything else is equal', () => {
    const r = rankApplications([entry(2, 80), entry(1, 80)], chain);
    expect(r.map((x) => x.applicationId)).toEqual([1, 2]);
    expect(r[1]?.decidedBy).toEqual({ kind: 'rule', rule: { by: 'lower_id' }, step: 5 });
  });
  it('the same instant in two offsets is a tie for rule 4, so rule 5 decides', () => {
    const r = rankApplications(
      [
        entry(2, 80, { submittedAt: '2026-03-01T01:00:00Z' }),
        entry(1, 80, { submittedAt: '2026-03-01T09:00:00+08:00' }),
      ],
      chain,
    );
    expect(r[1]?.decidedBy).toMatchObject({ step: 5 });
  });
  it('an earlier rule wins over a later one', () => {
    // Entry 1 has the better criterion, entry 2 the better lowest review: the criterion comes first in the chain.
    const r = rankApplications(
      [entry(1, 80, { criteria: { innovation: frac(9) } }), entry(2, 80, { minReview: frac(70) })],
      chain,
    );
    expect(r.map((x) => x.applicationId)).toEqual([1, 2]);
    expect(r[1]?.decidedBy).toMatchObject({ step: 1 });
  });
  it('follows the chain as configured: the same entries, lowest review first', () => {
    const entries = [entry(1, 80, { criteria: { innovation: frac(9) } }), entry(2, 80, { minReview: frac(70) })];
    expect(order(entries, [{ by: 'min_review' }, { by: 'criterion', key: 'innovation' }])).toEqual([2, 1]);
  });
});

describe('ties the chain cannot break', () => {
  it('share a rank (1, 2, 2, 4) in id order', () => {
    const r = rankApplications([entry(4, 70), entry(3, 80), entry(2, 80), entry(1, 90)], [{ by: 'min_review' }]);
    expect(r.map((x) => [x.applicationId, x.rank, x.decidedBy.kind])).toEqual([
      [1, 1, 'first'],
      [2, 2, 'score'],
      [3, 2, 'tied'],
      [4, 4, 'score'],
    ]);
  });
  it('with no chain at all, equal scores tie', () => {
    expect(rankApplications([entry(1, 80), entry(2, 80)], []).map((x) => x.rank)).toEqual([1, 1]);
  });
});

describe('refusals, schema and words', () => {
  it('refuses an application twice and a submission time that is not one', () => {
    expect(() => rankApplications([entry(1, 80), entry(1, 70)], chain)).toThrow(RangeError);
    expect(() => rankApplications([entry(1, 80, { submittedAt: 'yesterday' }), entry(2, 80)], chain)).toThrow(
      RangeError,
    );
  });
  it('the chain schema takes the default chain and refuses an unknown rule', () => {
    expect(tieChainSchema.safeParse(DEFAULT_TIE_CHAIN).success).toBe(true);
    expect(tieChainSchema.safeParse([{ by: 'coin_toss' }]).success).toBe(false);
    expect(tieChainSchema.safeParse([{ by: 'criterion' }]).success).toBe(false);
  });
  it('explains a decision with the criterion name from the sheet', () => {
    const sheet: ScoreSheet = {
      criteria: [
        {
          key: 'innovation',
          name: { zh: '创新性', en: 'Innovation' },
          weight: 1,
          maxPoints: 10,
          allowNotApplicable: false,
        },
      ],
    };
    expect(rankDecisionWords({ kind: 'rule', rule: chain[0] as TieRule, step: 1 }, sheet)).toEqual({
      zh: '与上一名同分，按第 1 条规则（「创新性」平均得分较高）排序',
      en: 'Tied on score; rule 1 (higher mean on Innovation) decided',
    });
    expect(rankDecisionWords({ kind: 'tied' }).zh).toBe('与上一名并列');
  });
});

describe('from reviews to ranks', () => {
  it('ranks a round aggregated from its reviews', () => {
    const sheet: ScoreSheet = {
      criteria: [
        {
          key: 'innovation',
          name: { zh: '创新性', en: 'Innovation' },
          weight: 1,
          maxPoints: 10,
          allowNotApplicable: false,
        },
        {
          key: 'feasibility',
          name: { zh: '可行性', en: 'Feasibility' },
          weight: 1,
          maxPoints: 10,
          allowNotApplicable: false,
        },
      ],
    };
    // Applications 1 and 2 both total 75 from each reviewer; 2 has the higher innovation.
    const reviews = [1, 2, 3].flatMap((reviewerId) => [
      { reviewerId, applicationId: 1, points: { innovation: 7, feasibility: 8 } },
      { reviewerId, applicationId: 2, points: { innovation: 8, feasibility: 7 } },
      { reviewerId, applicationId: 3, points: { innovation: 9, feasibility: 9 } },
    ]);
    const scores = aggregateRound(sheet, reviews).applications;
    const r = rankApplications(
      scores.map((s) => ({ ...s, submittedAt: null })),
      [{ by: 'criterion', key: 'innovation' }],
    );
    expect(r.map((x) => [x.applicationId, x.rank, x.scoreText, x.decidedBy.kind])).toEqual([
      [3, 1, '90.00', 'first'],
      [2, 2, '75.00', 'score'],
      [1, 3, '75.00', 'rule'],
    ]);
  });
});
