/**
 * 评分表与汇总: a call's score sheet, a review's total on 0–100, and the score of each application over the round.
 *
 * A review gives each criterion points from 0 to its maximum (at most two decimals) or «不适用» where the sheet allows
 * it; a criterion not applicable drops out and the other weights count in proportion, so a review is not marked down
 * for what does not apply. An application's score is the mean of its reviews, or, with `trimmed_mean` and at least
 * `trimFrom` reviews (default 5), the mean without one highest and one lowest review; with fewer the plain mean.
 *
 * Optional z-normalisation evens out strict and lenient reviewers: each review total x of reviewer r becomes
 * M + (x − m_r) × S / s_r, with m_r and s_r the mean and standard deviation of r's totals over the round and M, S the
 * same over all reviews of the round (population standard deviations: a reviewer's reviews in the round are the whole
 * population, not a sample). A reviewer with a single review, or who gave every application the same total, has no
 * scale to correct, so that reviewer's totals are kept as written (flagged `normalised: false`) rather than invented.
 * A normalised score may fall outside 0–100: it orders applications, it is not a sheet total.
 *
 * Rounding: totals and means are exact rationals (./fraction.ts); the square root of normalisation is the one inexact
 * step, and its result is fixed to 9 decimals so that the rest stays exact and equal inputs give equal scores. Scores
 * are rounded to 2 decimals only for display (`scoreText`).
 */
import { z } from 'zod';
import {
  add,
  cmp,
  div,
  type Fraction,
  frac,
  fromDecimal,
  mean,
  mul,
  sub,
  toFixed,
  toNumber,
  ZERO,
} from './fraction.ts';

const wordsSchema = z.object({ zh: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) });

export const scoreCriterionSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  name: wordsSchema,
  /** Relative weight (the weights need not add up to 100). */
  weight: z.number().int().min(1).max(1_000),
  maxPoints: z.number().int().min(1).max(1_000),
  allowNotApplicable: z.boolean(),
});
export type ScoreCriterion = z.infer<typeof scoreCriterionSchema>;

export const scoreSheetSchema = z
  .object({ criteria: z.array(scoreCriterionSchema).min(1).max(50) })
  .refine((s) => new Set(s.criteria.map((c) => c.key)).size === s.criteria.length, {
    message: 'program.duplicate_criterion',
    path: ['criteria'],
  });
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;

/** Points per criterion key, or 'na' (不适用). */
export type ReviewPoints = Readonly<Record<string, number | 'na'>>;
export const reviewPointsSchema = z.record(z.string(), z.union([z.number().min(0).max(1_000), z.literal('na')]));

export const REVIEW_PROBLEMS = [
  'missing',
  'unknown_criterion',
  'out_of_range',
  'too_many_decimals',
  'not_applicable_not_allowed',
  'all_not_applicable',
] as const;
export type ReviewProblem = { code: (typeof REVIEW_PROBLEMS)[number]; key: string | null };

const fits = (x: number) => Number.isFinite(x) && Math.abs(x * 100 - Math.round(x * 100)) <= 1e-6;

/** What is wrong with a review against its sheet; empty when it can be counted. */
export function reviewProblems(sheet: ScoreSheet, points: ReviewPoints): ReviewProblem[] {
  const out: ReviewProblem[] = [];
  const keys = new Set(sheet.criteria.map((c) => c.key));
  for (const key of Object.keys(points)) if (!keys.has(key)) out.push({ code: 'unknown_criterion', key });
  let applicable = 0;
  for (const c of sheet.criteria) {
    const p = points[c.key];
    if (p === undefined) out.push({ code: 'missing', key: c.key });
    else if (p === 'na') {
      if (!c.allowNotApplicable) out.push({ code: 'not_applicable_not_allowed', key: c.key });
    } else {
      applicable++;
      if (!(p >= 0 && p <= c.maxPoints)) out.push({ code: 'out_of_range', key: c.key });
      else if (!fits(p)) out.push({ code: 'too_many_decimals', key: c.key });
    }
  }
  if (applicable === 0 && !out.some((p) => p.code === 'missing')) out.push({ code: 'all_not_applicable', key: null });
  return out;
}

export type ReviewTotal = { exact: Fraction; notApplicable: string[] };

/** 100 × Σ weight × points / max ÷ Σ weight, over the applicable criteria. Throws on a review with problems. */
export function reviewTotal(sheet: ScoreSheet, points: ReviewPoints): ReviewTotal {
  const problems = reviewProblems(sheet, points);
  if (problems.length > 0) throw new RangeError(`review not countable: ${problems.map((p) => p.code).join(', ')}`);
  let weighted = ZERO;
  let weights = 0;
  const notApplicable: string[] = [];
  for (const c of sheet.criteria) {
    const p = points[c.key] as number | 'na';
    if (p === 'na') {
      notApplicable.push(c.key);
      continue;
    }
    weighted = add(weighted, mul(frac(c.weight), div(fromDecimal(p), frac(c.maxPoints))));
    weights += c.weight;
  }
  return { exact: div(mul(frac(100), weighted), frac(weights)), notApplicable };
}

export const aggregationSettingsSchema = z.object({
  method: z.enum(['mean', 'trimmed_mean']),
  /** The fewest reviews from which `trimmed_mean` drops one highest and one lowest. */
  trimFrom: z.number().int().min(3).max(100),
  normalise: z.enum(['none', 'z']),
});
export type AggregationSettings = z.infer<typeof aggregationSettingsSchema>;
export const DEFAULT_AGGREGATION_SETTINGS: AggregationSettings = {
  method: 'trimmed_mean',
  trimFrom: 5,
  normalise: 'none',
};

export type SubmittedReview = { reviewerId: number; applicationId: number; points: ReviewPoints };

export type ScoredReview = {
  reviewerId: number;
  /** The sheet total, exact. */
  total: Fraction;
  /** The value that counts: the normalised total, or the total itself. */
  basis: Fraction;
  normalised: boolean;
  /** Set aside by the trimmed mean. */
  dropped: 'highest' | 'lowest' | null;
  notApplicable: string[];
};

export type ApplicationScore = {
  applicationId: number;
  /** By reviewer id. */
  reviews: ScoredReview[];
  /** The method applied: `mean` when the settings ask for trimming but there are fewer than `trimFrom` reviews. */
  method: 'mean' | 'trimmed_mean';
  exact: Fraction;
  /** `exact` as a double, for charts. */
  score: number;
  /** `exact` rounded to 2 decimals, for display. */
  scoreText: string;
  /** The lowest counting value among all its reviews (dropped ones included). */
  minReview: Fraction;
  /** «不适用» marks over all its reviews. */
  notApplicable: number;
  /** Per criterion, the mean points of the reviews that scored it; null when none did. */
  criteria: Record<string, Fraction | null>;
};

export type ReviewerScale = { reviewerId: number; reviews: number; mean: number; sd: number; normalised: boolean };
export type RoundScores = {
  /** By application id. */
  applications: ApplicationScore[];
  /** Under z-normalisation: the pooled mean and standard deviation, and each reviewer's; otherwise null and []. */
  pooled: { mean: number; sd: number } | null;
  reviewers: ReviewerScale[];
};

const variance = (xs: readonly Fraction[]): Fraction => {
  const m = mean(xs);
  return mean(xs.map((x) => mul(sub(x, m), sub(x, m))));
};
const NINE = 1_000_000_000;

export function aggregateRound(
  sheet: ScoreSheet,
  reviews: readonly SubmittedReview[],
  settings: AggregationSettings = DEFAULT_AGGREGATION_SETTINGS,
): RoundScores {
  const seen = new Set<string>();
  const scored = reviews.map((r) => {
    const pair = `${r.applicationId}/${r.reviewerId}`;
    if (seen.has(pair)) throw new RangeError(`reviewer ${r.reviewerId} reviewed application ${r.applicationId} twice`);
    seen.add(pair);
    const t = reviewTotal(sheet, r.points);
    return { ...r, total: t.exact, basis: t.exact, normalised: false, notApplicable: t.notApplicable };
  });

  let pooled: RoundScores['pooled'] = null;
  const reviewers: ReviewerScale[] = [];
  if (settings.normalise === 'z' && scored.length > 0) {
    const all = scored.map((s) => s.total);
    const pooledVar = variance(all);
    const pooledMean = toNumber(mean(all));
    pooled = { mean: pooledMean, sd: Math.sqrt(toNumber(pooledVar)) };
    const byReviewer = new Map<number, typeof scored>();
    for (const s of scored) {
      const own = byReviewer.get(s.reviewerId);
      if (own) own.push(s);
      else byReviewer.set(s.reviewerId, [s]);
    }
    for (const [reviewerId, own] of [...byReviewer].sort(([a], [b]) => a - b)) {
      const totals = own.map((s) => s.total);
      const m = mean(totals);
      const v = variance(totals);
      const scalable = own.length > 1 && v.n !== 0n;
      reviewers.push({
        reviewerId,
        reviews: own.length,
        mean: toNumber(m),
        sd: Math.sqrt(toNumber(v)),
        normalised: scalable,
      });
      if (!scalable) continue;
      // S / s_r as one square root of an exact ratio: one rounding instead of two.
      const ratio = Math.sqrt(toNumber(div(pooledVar, v)));
      for (const s of own) {
        const x = pooledMean + toNumber(sub(s.total, m)) * ratio;
        s.basis = frac(Math.round(x * NINE), NINE);
        s.normalised = true;
      }
    }
  }

  const byApp = new Map<number, typeof scored>();
  for (const s of scored) {
    const own = byApp.get(s.applicationId);
    if (own) own.push(s);
    else byApp.set(s.applicationId, [s]);
  }
  const applications = [...byApp]
    .sort(([a], [b]) => a - b)
    .map(([applicationId, own]): ApplicationScore => {
      const rows: ScoredReview[] = own
        .map((s) => ({
          reviewerId: s.reviewerId,
          total: s.total,
          basis: s.basis,
          normalised: s.normalised,
          dropped: null as ScoredReview['dropped'],
          notApplicable: s.notApplicable,
        }))
        .sort((a, b) => a.reviewerId - b.reviewerId);
      const ascending = [...rows].sort((a, b) => cmp(a.basis, b.basis) || a.reviewerId - b.reviewerId);
      const trim = settings.method === 'trimmed_mean' && rows.length >= settings.trimFrom;
      if (trim) {
        // Of equal values, which one is named as dropped does not change the score.
        (ascending[0] as ScoredReview).dropped = 'lowest';
        (ascending[ascending.length - 1] as ScoredReview).dropped = 'highest';
      }
      const exact = mean(rows.filter((r) => r.dropped === null).map((r) => r.basis));
      const criteria: Record<string, Fraction | null> = {};
      for (const c of sheet.criteria) {
        const given = own.map((s) => s.points[c.key]).filter((p): p is number => typeof p === 'number');
        criteria[c.key] = given.length === 0 ? null : mean(given.map((p) => fromDecimal(p)));
      }
      return {
        applicationId,
        reviews: rows,
        method: trim ? 'trimmed_mean' : 'mean',
        exact,
        score: toNumber(exact),
        scoreText: toFixed(exact, 2),
        minReview: (ascending[0] as ScoredReview).basis,
        notApplicable: rows.reduce((n, r) => n + r.notApplicable.length, 0),
        criteria,
      };
    });
  return { applications, pooled, reviewers };
}

/** A score for display: 2 decimals, halves away from zero, from the exact value. */
export const scoreText = (f: Fraction): string => toFixed(f, 2);
