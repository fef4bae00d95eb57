/**
 * National rules as versioned data. A rule pack is one version of one rule set (科技型中小企业评价, 高企认定, …): its
 * effective period, its source documents, and per item the article it comes from. An evaluation picks the version in
 * force on its assessment date and records the pack's id with its result, so a result can always be explained by the
 * rule that produced it, after the rule has changed.
 */

/** A source of a rule: the document (文号) and the article or part within it. */
export type Citation = {
  /** e.g. 国科发政〔2017〕115号 */
  document: string;
  /** e.g. 附件《科技型中小企业评价指标》一、(一) */
  article: string;
};

/** Words for a user in both languages. */
export type Words = { zh: string; en: string };

export type RulePack<P> = {
  /** Stable id recorded with every result, e.g. `tech-sme/2017-115`. */
  id: string;
  /** The rule set this pack is a version of, e.g. `tech-sme`. */
  ruleSet: string;
  name: Words;
  /** First day in force (Asia/Shanghai date, YYYY-MM-DD), inclusive. */
  effectiveFrom: string;
  /** Last day in force, inclusive; null while in force. */
  effectiveTo: string | null;
  sources: Citation[];
  params: P;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The pack of `packs` in force on `date` (YYYY-MM-DD). Packs of one rule set must not overlap; a date no pack covers
 * is an error (an evaluation must never run on a guessed rule).
 */
export function packInForce<P>(packs: readonly RulePack<P>[], date: string): RulePack<P> {
  if (!DATE.test(date)) throw new RangeError(`not a date: ${date}`);
  const found = packs.filter((p) => p.effectiveFrom <= date && (p.effectiveTo === null || date <= p.effectiveTo));
  if (found.length !== 1)
    throw new RangeError(
      found.length === 0
        ? `no rule of ${packs[0]?.ruleSet ?? 'this set'} in force on ${date}`
        : `rules overlap on ${date}: ${found.map((p) => p.id).join(', ')}`,
    );
  return found[0] as RulePack<P>;
}

/** Checks that the packs of one rule set follow each other without gap or overlap (for the packs' own tests). */
export function assertContiguous<P>(packs: readonly RulePack<P>[]): void {
  const sorted = [...packs].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as RulePack<P>;
    const next = sorted[i] as RulePack<P>;
    if (prev.effectiveTo === null) throw new RangeError(`${prev.id} never ends but ${next.id} follows it`);
    const dayAfter = new Date(`${prev.effectiveTo}T00:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    if (dayAfter.toISOString().slice(0, 10) !== next.effectiveFrom)
      throw new RangeError(`${prev.id} ends ${prev.effectiveTo} but ${next.id} starts ${next.effectiveFrom}`);
  }
}

/**
 * A band of a scoring table: `points` from `atLeast` (inclusive) up to the next band's `atLeast`. Bands are listed
 * from the highest down; the last one usually has `atLeast: 0` (or -Infinity).
 */
export type Band = { atLeast: number; points: number };

/**
 * The band a ratio numerator ÷ denominator falls in, compared exactly in integers: `num × 10000 ≥ atLeast% × 100 × den`
 * with the percentage given to two decimals (30 for 30 %, 2.5 for 2.5 %), so 29.999…% is never rounded into 30 %.
 * A zero denominator gives the lowest band.
 */
export function ratioBand(num: number, den: number, bands: readonly Band[]): Band {
  const lowest = bands[bands.length - 1] as Band;
  if (den <= 0) return lowest;
  const n = BigInt(Math.round(num)) * 10_000n;
  for (const b of bands) {
    if (!Number.isFinite(b.atLeast)) return b;
    const threshold = BigInt(Math.round(b.atLeast * 100)) * BigInt(Math.round(den));
    if (n >= threshold) return b;
  }
  return lowest;
}

/** The band of a count or an amount (integers), lower bound inclusive. */
export function valueBand(value: number, bands: readonly Band[]): Band {
  for (const b of bands) if (value >= b.atLeast) return b;
  return bands[bands.length - 1] as Band;
}

/**
 * One line of an explained result: what was checked or scored, the numbers that produced it, the outcome, the rule's
 * words and where the rule comes from. Every figure a user sees has one.
 */
export type Explanation = {
  /** Stable code of the item, e.g. `tech-sme.tech-staff`. */
  code: string;
  /** The inputs, e.g. { techStaff: 30, employees: 100, percent: '30.00' }. */
  values: Record<string, number | string | boolean | null>;
  /** Points given (a scored item), or null for a condition. */
  points: number | null;
  /** For a condition: met, not met, or cannot be told from the data the platform holds. */
  outcome: 'met' | 'not_met' | 'needs_data' | 'scored';
  rule: Words;
  cite: Citation;
};

/** A percentage as text with two decimals, rounded down (never shows 30.00 for 29.999). */
export function percentText(num: number, den: number): string {
  if (den <= 0) return '0.00';
  const hundredths = (BigInt(Math.round(num)) * 10_000n) / BigInt(Math.round(den));
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0');
  return `${whole}.${frac}`;
}
