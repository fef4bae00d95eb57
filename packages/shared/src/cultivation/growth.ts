import { signedPercentText } from './exact.ts';
import type { PointRange, RangeBand } from './hte.packs.ts';

/**
 * 高企工作指引 企业成长性: g = ½ · (Y2 ÷ Y1 + Y3 ÷ Y2) − 1 over three years (oldest first). When Y1 is 0 (or only two
 * years exist) the last two years are used, g = Y3 ÷ Y2 − 1; when Y2 is 0 the item scores 0. g is kept as an exact
 * fraction num ÷ den (den > 0) so a band boundary is never missed by rounding.
 */
export type GrowthRate =
  | { kind: 'rate'; num: bigint; den: bigint; years: 2 | 3; percent: string }
  /** Y2 = 0 (or fewer than two years): the item scores 0. */
  | { kind: 'zero-base' }
  /** Y1 or Y2 below 0 (negative net assets): the formula has no meaning; experts judge. */
  | { kind: 'negative-base' };

/** The growth rate of up to three yearly values (oldest first; fewer than three: the missing early years are 0). */
export function growthRate(values: readonly number[]): GrowthRate {
  if (values.length > 3) throw new RangeError('at most three years');
  const padded = [...Array(3 - values.length).fill(0), ...values].map((v) => BigInt(Math.round(v)));
  const [y1, y2, y3] = padded as [bigint, bigint, bigint];
  if (y2 === 0n) return { kind: 'zero-base' };
  if (y1 < 0n || y2 < 0n) return { kind: 'negative-base' };
  if (y1 === 0n) {
    const num = y3 - y2;
    return { kind: 'rate', num, den: y2, years: 2, percent: signedPercentText(num, y2) };
  }
  // ½ (y2/y1 + y3/y2) − 1 = (y2² + y1·y3 − 2·y1·y2) ÷ (2·y1·y2)
  const num = y2 * y2 + y1 * y3 - 2n * y1 * y2;
  const den = 2n * y1 * y2;
  return { kind: 'rate', num, den, years: 3, percent: signedPercentText(num, den) };
}

/** num ÷ den ≥ percent % for a rate kept as a fraction (den > 0); percent to two decimals. */
function rateAtLeast(num: bigint, den: bigint, percent: number): boolean {
  return num * 10_000n >= BigInt(Math.round(percent * 100)) * den;
}

/**
 * The range of points a growth rate gets: the first band whose lower bound (inclusive) it reaches; a rate above 0
 * below every band gets `positive`; 0 or less gets 0. A negative base gets the whole range 0–max (experts judge).
 */
export function growthPoints(
  rate: GrowthRate,
  bands: readonly RangeBand[],
  positive: PointRange,
  max: number,
): PointRange & { band: string } {
  if (rate.kind === 'zero-base') return { min: 0, max: 0, band: 'zero-base' };
  if (rate.kind === 'negative-base') return { min: 0, max, band: 'negative-base' };
  for (const b of bands)
    if (rateAtLeast(rate.num, rate.den, b.atLeast)) return { min: b.min, max: b.max, band: `>=${b.atLeast}` };
  if (rate.num > 0n) return { ...positive, band: '>0' };
  return { min: 0, max: 0, band: '<=0' };
}

/** The growth bands in words, e.g. "≥35% 9–10分；…；>0 1–2分；≤0 0分". */
export function growthBandsWords(bands: readonly RangeBand[], positive: PointRange): { zh: string; en: string } {
  const parts = bands.map((b) => ({ at: `≥${b.atLeast}%`, pts: `${b.min}–${b.max}` }));
  parts.push({ at: '>0', pts: `${positive.min}–${positive.max}` }, { at: '≤0', pts: '0' });
  return {
    zh: parts.map((p) => `${p.at} ${p.pts}分`).join('；'),
    en: parts.map((p) => `${p.at}: ${p.pts}`).join('; '),
  };
}
