import { describe, expect, it } from 'vitest';
import { cmp, type Fraction, frac, toFixed } from './fraction.ts';
import {
  type AggregationSettings,
  aggregateRound,
  aggregationSettingsSchema,
  DEFAULT_AGGREGATION_SETTINGS,
  type ReviewPoints,
  reviewProblems,
  reviewTotal,
  type ScoreSheet,
  type SubmittedReview,
  scoreSheetSchema,
} from './scoring.ts';

// 创新性 30 % (0–10), 可行性 30 % (0–10), 预期效益 40 % (0–20, may be «不适用»).
const sheet: ScoreSheet = {
  criteria: [
    {
      key: 'innovation',
      name: { zh: '创新性', en: 'Innovation' },
      weight: 30,
      maxPoints: 10,
      allowNotApplicable: false,
    },
    {
      key: 'feasibility',
      name: { zh: '可行性', en: 'Feasibility' },
      weight: 30,
      maxPoints: 10,
      allowNotApplicable: false,
    },
    {
      key: 'benefit',
      name: { zh: '预期效益', en: 'Expected benefit' },
      weight: 40,
      maxPoints: 20,
      allowNotApplicable: true,
    },
  ],
};
const total = (points: ReviewPoints) => toFixed(reviewTotal(sheet, points).exact, 2);

describe('a review total on 0–100', () => {
  it.each<[string, ReviewPoints, string]>([
    ['full marks', { innovation: 10, feasibility: 10, benefit: 20 }, '100.00'],
    ['nothing', { innovation: 0, feasibility: 0, benefit: 0 }, '0.00'],
    ['7, 8, 15: 21 + 24 + 30', { innovation: 7, feasibility: 8, benefit: 15 }, '75.00'],
    ['half points', { innovation: 7.5, feasibility: 8.25, benefit: 15 }, '77.25'],
    [
      'benefit not applicable: 30 and 30 renormalised to 50 % each',
      { innovation: 7, feasibility: 9, benefit: 'na' },
      '80.00',
    ],
  ])('%s → %s', (_, points, expected) => {
    expect(total(points)).toBe(expected);
  });
  it('is exact: 1/3 of the points on equal weights gives 100/3, shown 33.33', () => {
    const s: ScoreSheet = {
      criteria: ['a', 'b', 'c'].map((key) => ({
        key,
        name: { zh: key, en: key },
        weight: 1,
        maxPoints: 3,
        allowNotApplicable: false,
      })),
    };
    expect(reviewTotal(s, { a: 1, b: 1, c: 1 }).exact).toEqual(frac(100, 3));
  });
  it('names the criteria not applicable', () => {
    expect(reviewTotal(sheet, { innovation: 7, feasibility: 9, benefit: 'na' }).notApplicable).toEqual(['benefit']);
  });
});

describe('review problems', () => {
  it.each<[string, ReviewPoints, { code: string; key: string | null }[]]>([
    ['a complete review', { innovation: 7, feasibility: 8, benefit: 15 }, []],
    ['a criterion missing', { innovation: 7, benefit: 15 }, [{ code: 'missing', key: 'feasibility' }]],
    [
      'a criterion not on the sheet',
      { innovation: 7, feasibility: 8, benefit: 15, x: 1 },
      [{ code: 'unknown_criterion', key: 'x' }],
    ],
    [
      'above the maximum',
      { innovation: 11, feasibility: 8, benefit: 15 },
      [{ code: 'out_of_range', key: 'innovation' }],
    ],
    ['below zero', { innovation: -1, feasibility: 8, benefit: 15 }, [{ code: 'out_of_range', key: 'innovation' }]],
    [
      'three decimals',
      { innovation: 7.125, feasibility: 8, benefit: 15 },
      [{ code: 'too_many_decimals', key: 'innovation' }],
    ],
    [
      '«不适用» where the sheet does not allow it',
      { innovation: 'na', feasibility: 8, benefit: 15 },
      [{ code: 'not_applicable_not_allowed', key: 'innovation' }],
    ],
  ])('%s', (_, points, problems) => {
    expect(reviewProblems(sheet, points)).toEqual(problems);
  });
  it('refuses a review where nothing applies', () => {
    const s: ScoreSheet = { criteria: [{ ...sheet.criteria[2], key: 'only' } as ScoreSheet['criteria'][number]] };
    expect(reviewProblems(s, { only: 'na' })).toEqual([{ code: 'all_not_applicable', key: null }]);
    expect(() => reviewTotal(s, { only: 'na' })).toThrow(RangeError);
  });
  it('the sheet schema refuses two criteria with one key', () => {
    expect(scoreSheetSchema.safeParse(sheet).success).toBe(true);
    const c = sheet.criteria[0];
    expect(scoreSheetSchema.safeParse({ criteria: [c, c] }).success).toBe(false);
  });
});

/** Reviews of one application whose totals are the given numbers (one criterion 0–100 would be simpler; the sheet is
 * the call's: innovation and feasibility give the total, benefit at 2 × the same share). */
const pointsFor = (t: number): ReviewPoints => ({ innovation: t / 10, feasibility: t / 10, benefit: t / 5 });
const reviewsOf = (applicationId: number, totals: number[], firstReviewer = 1): SubmittedReview[] =>
  totals.map((t, i) => ({ reviewerId: firstReviewer + i, applicationId, points: pointsFor(t) }));
const text = (f: Fraction) => toFixed(f, 2);
const settings = (over: Partial<AggregationSettings> = {}) => ({ ...DEFAULT_AGGREGATION_SETTINGS, ...over });

describe('aggregation: mean, or trimmed mean from 5 reviews', () => {
  it.each<[string, number[], Partial<AggregationSettings>, string, 'mean' | 'trimmed_mean']>([
    ['4 reviews are not trimmed', [90, 80, 70, 40], {}, '70.00', 'mean'],
    ['exactly 5 reviews drop one highest and one lowest', [95, 80, 70, 60, 20], {}, '70.00', 'trimmed_mean'],
    ['7 reviews drop only one at each end', [100, 90, 80, 70, 60, 50, 0], {}, '70.00', 'trimmed_mean'],
    ['equal values at the ends drop one each', [80, 80, 70, 60, 60], {}, '70.00', 'trimmed_mean'],
    ['trimFrom 3: 3 reviews are trimmed to the middle one', [90, 50, 10], { trimFrom: 3 }, '50.00', 'trimmed_mean'],
    ['trimFrom 6: 5 reviews are not trimmed', [95, 80, 70, 60, 20], { trimFrom: 6 }, '65.00', 'mean'],
    ['method mean never trims', [95, 80, 70, 60, 20], { method: 'mean' }, '65.00', 'mean'],
    ['a single review is its own score', [64], {}, '64.00', 'mean'],
  ])('%s', (_, totals, over, score, method) => {
    const [a] = aggregateRound(sheet, reviewsOf(1, totals), settings(over)).applications;
    expect(a && text(a.exact)).toBe(score);
    expect(a?.method).toBe(method);
    expect(a?.reviews.filter((r) => r.dropped).length).toBe(method === 'trimmed_mean' ? 2 : 0);
  });

  it('names the reviews dropped', () => {
    const [a] = aggregateRound(sheet, reviewsOf(1, [95, 80, 70, 60, 20])).applications;
    expect(a?.reviews.map((r) => [r.reviewerId, r.dropped])).toEqual([
      [1, 'highest'],
      [2, null],
      [3, null],
      [4, null],
      [5, 'lowest'],
    ]);
  });

  it('keeps the mean exact and rounds only for display: 70, 70, 71 → 211/3', () => {
    const [a] = aggregateRound(sheet, reviewsOf(1, [70, 70, 71])).applications;
    expect(a?.exact).toEqual(frac(211, 3));
    expect([a?.scoreText, a?.score]).toEqual(['70.33', 211 / 3]);
  });

  it('equal reviews in a different order give exactly the same score', () => {
    const r = aggregateRound(sheet, [...reviewsOf(1, [73, 81, 66]), ...reviewsOf(2, [66, 73, 81], 10)]).applications;
    expect(cmp(r[0]?.exact as Fraction, r[1]?.exact as Fraction)).toBe(0);
  });

  it('gives per application its lowest review, its «不适用» marks and the mean per criterion', () => {
    const reviews: SubmittedReview[] = [
      { reviewerId: 1, applicationId: 7, points: { innovation: 8, feasibility: 6, benefit: 'na' } },
      { reviewerId: 2, applicationId: 7, points: { innovation: 9, feasibility: 7, benefit: 'na' } },
      { reviewerId: 3, applicationId: 7, points: { innovation: 6, feasibility: 6, benefit: 10 } },
    ];
    const [a] = aggregateRound(sheet, reviews).applications;
    expect(a?.notApplicable).toBe(2);
    expect(a && text(a.minReview)).toBe('56.00'); // 30 × 0.6 + 30 × 0.6 + 40 × 0.5
    expect(a?.criteria).toEqual({ innovation: frac(23, 3), feasibility: frac(19, 3), benefit: frac(10) });
  });

  it('gives applications in id order', () => {
    const r = aggregateRound(sheet, [...reviewsOf(9, [50]), ...reviewsOf(3, [60])]);
    expect(r.applications.map((a) => a.applicationId)).toEqual([3, 9]);
    expect([r.pooled, r.reviewers]).toEqual([null, []]);
  });

  it('refuses a reviewer reviewing one application twice', () => {
    expect(() => aggregateRound(sheet, [...reviewsOf(1, [50]), ...reviewsOf(1, [60])])).toThrow(RangeError);
  });

  it('the settings schema refuses trimming below 3 reviews', () => {
    expect(aggregationSettingsSchema.safeParse(DEFAULT_AGGREGATION_SETTINGS).success).toBe(true);
    expect(aggregationSettingsSchema.safeParse({ ...DEFAULT_AGGREGATION_SETTINGS, trimFrom: 2 }).success).toBe(false);
  });
});

describe('z-normalisation per reviewer', () => {
  // A lenient reviewer (1: 90, 80, 70) and a strict one (2: 60, 50, 40) who agree on the order.
  const reviews: SubmittedReview[] = [
    ...[90, 80, 70].map((t, i) => ({ reviewerId: 1, applicationId: i + 1, points: pointsFor(t) })),
    ...[60, 50, 40].map((t, i) => ({ reviewerId: 2, applicationId: i + 1, points: pointsFor(t) })),
  ];
  const z = settings({ method: 'mean', normalise: 'z' });

  it('takes out the reviewers leniency: both reviews of an application become equal', () => {
    const r = aggregateRound(sheet, reviews, z);
    // Pooled: mean 65, variance 1750/6; each reviewer: variance 200/3, so S / s = √4.375.
    expect(r.pooled?.mean).toBe(65);
    const lift = 10 * Math.sqrt(4.375);
    for (const [i, a] of r.applications.entries()) {
      expect(cmp(a.reviews[0]?.basis as Fraction, a.reviews[1]?.basis as Fraction)).toBe(0);
      expect(a.score).toBeCloseTo(65 + (1 - i) * lift, 8);
    }
    expect(r.applications.map((a) => a.scoreText)).toEqual(['85.92', '65.00', '44.08']);
    expect(r.reviewers.map((x) => [x.reviewerId, x.reviews, x.mean, x.normalised])).toEqual([
      [1, 3, 80, true],
      [2, 3, 50, true],
    ]);
  });

  it('keeps the totals as written for a reviewer with one review', () => {
    const r = aggregateRound(sheet, [...reviews, { reviewerId: 3, applicationId: 1, points: pointsFor(30) }], z);
    const third = r.applications[0]?.reviews.find((x) => x.reviewerId === 3);
    expect(third && [text(third.basis), third.normalised]).toEqual(['30.00', false]);
    expect(r.reviewers.find((x) => x.reviewerId === 3)?.normalised).toBe(false);
  });

  it('keeps the totals as written for a reviewer who gave everyone the same', () => {
    const same = [1, 2, 3].map((applicationId) => ({ reviewerId: 4, applicationId, points: pointsFor(55) }));
    const r = aggregateRound(sheet, [...reviews, ...same], z);
    for (const a of r.applications) {
      const own = a.reviews.find((x) => x.reviewerId === 4);
      expect(own && [text(own.basis), own.normalised]).toEqual(['55.00', false]);
    }
  });

  it('leaves the totals alone without normalisation', () => {
    const r = aggregateRound(sheet, reviews, settings({ method: 'mean' }));
    expect(r.applications.map((a) => a.scoreText)).toEqual(['75.00', '65.00', '55.00']);
    expect(r.applications[0]?.reviews.every((x) => !x.normalised && cmp(x.basis, x.total) === 0)).toBe(true);
  });

  it('trims on the normalised values', () => {
    const five: SubmittedReview[] = [1, 2, 3, 4, 5].flatMap((reviewerId) =>
      [1, 2].map((applicationId) => ({
        reviewerId,
        applicationId,
        points: pointsFor(applicationId === 1 ? 50 + reviewerId * 5 : 40 + reviewerId * 2),
      })),
    );
    const [a] = aggregateRound(sheet, five, settings({ normalise: 'z' })).applications;
    expect(a?.method).toBe('trimmed_mean');
    expect(a?.reviews.filter((x) => x.dropped).length).toBe(2);
  });
});
