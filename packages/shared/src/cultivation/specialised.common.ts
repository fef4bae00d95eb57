import { type Citation, type Explanation, percentText, type Words } from '../rules/rule-pack.ts';
import { ratioAtLeast, ratioAtMost, signedPercentText } from './exact.ts';
import { allOf, type ConditionOutcome, needsDataWords, type Verdict } from './outcome.ts';

/** One fiscal year's figures (fen). */
export type SpecialisedYear = { revenueFen: number; mainBusinessRevenueFen: number; rdFen: number };

/** An S&T award (科技奖励) of the last three years and the enterprise's rank among the awarded units. */
export type ScienceAward = { level: 'provincial' | 'national'; rank: number };

/**
 * What the enterprise reports for the 专精特新 self-check; a figure left out is 'needs_data', never guessed. Each
 * version of the rule reads the fields it has criteria for.
 */
export type SpecialisedInput = {
  /** The last (up to) three fiscal years, oldest first; the last is the latest. */
  years: SpecialisedYear[];
  /** At the end of the latest year. */
  liabilitiesFen: number;
  totalAssetsFen: number;
  ip1Count: number;
  /** Years in its niche market (细分市场). */
  nicheYears?: number;
  /** New equity financing (合格机构投资者实缴) over the last two years. */
  equityFinancing2yFen?: number;
  /** Share of its niche market in basis points (1000 = 10 %). */
  marketShareBp?: number;
  /** Ranked in the top three of its niche market. */
  marketTopThree?: boolean;
  /** Scores of the province-level and little-giant evaluations, if assessed. */
  provincialScore?: number;
  giantScore?: number;
  /** S&T awards of the last three years ([] when none). */
  scienceAwards?: ScienceAward[];
  /** Best rank in the national enterprise group of the "创客中国" competition in the last three years (null: never). */
  makerChinaRank?: number | null;
  /** Has its own R&D institution, or one built with a university or research institute. */
  rdInstitution?: boolean;
  /** R&D staff as a share of all employees, in basis points. */
  rdStaffBp?: number;
  /** At least one core business (R&D design, production, supply chain) runs on an information system. */
  informationSystem?: boolean;
  /** A management-system certification, or product certification of a developed country or region. */
  managementCertified?: boolean;
  /** Its own brand, sold directly on the market with a competitive edge. */
  ownBrand?: boolean;
  /** Works at a key link of an industrial chain ("补短板""锻长板""填空白"). */
  chainRole?: boolean;
  /** Its main product lies in one of the key fields the rule lists. */
  keyField?: boolean;
};

export type SpecialisedTier = { verdict: Verdict; eligible: boolean; missing: string[] };

export type SpecialisedResult = {
  packId: string;
  assessedOn: string;
  provincial: SpecialisedTier;
  giant: SpecialisedTier;
  note: Words;
  reasons: Explanation[];
};

/** What a version's checker returns: the outcome of each tier's criteria, and every reason in order. */
export type SpecialisedCriteria = {
  provincial: ConditionOutcome[];
  giant: ConditionOutcome[];
  reasons: Explanation[];
  /** Codes of lines that belong to an alternative another route has already met: not asked for as missing. */
  notNeeded?: string[];
};

export type Tier = 'provincial' | 'giant';

export const known = (v: number | undefined, test: (v: number) => boolean): ConditionOutcome =>
  v === undefined ? 'needs_data' : test(v) ? 'met' : 'not_met';

/** Several conditions that must all hold, as one outcome (for a route among alternatives). */
export function every(outcomes: readonly ConditionOutcome[]): ConditionOutcome {
  const v = allOf(outcomes);
  return v === 'eligible' ? 'met' : v === 'not_eligible' ? 'not_met' : 'needs_data';
}

/** A yes/no fact that must hold: unknown needs data. */
export const required = (v: boolean | undefined): ConditionOutcome =>
  v === undefined ? 'needs_data' : v ? 'met' : 'not_met';

/** The debt ratio at most `max` %; no assets reported needs data. */
export function debtOutcome(input: SpecialisedInput, max: number): ConditionOutcome {
  if (input.totalAssetsFen <= 0) return 'needs_data';
  return ratioAtMost(input.liabilitiesFen, input.totalAssetsFen, max) ? 'met' : 'not_met';
}

/** Average yearly growth over the last two years as an exact fraction, or null when it cannot be computed. */
export function twoYearGrowth(values: readonly number[]): { num: bigint; den: bigint } | null {
  if (values.length < 3) return null;
  const [y1, y2, y3] = values.slice(-3).map((v) => BigInt(v)) as [bigint, bigint, bigint];
  if (y1 <= 0n || y2 <= 0n) return null;
  return { num: y2 * y2 + y1 * y3 - 2n * y1 * y2, den: 2n * y1 * y2 };
}

/** Adds one criterion's reason to `reasons` (the rule's words say so when its fact is missing) and returns its outcome. */
export function reasonAdder(reasons: Explanation[], citeOf: (tier: Tier, code: string) => Citation) {
  return (tier: Tier, code: string, outcome: ConditionOutcome, values: Explanation['values'], rule: Words) => {
    reasons.push({
      code: `specialised.${tier}.${code}`,
      values,
      points: null,
      outcome,
      rule: outcome === 'needs_data' ? needsDataWords(rule) : rule,
      cite: citeOf(tier, code),
    });
    return outcome;
  };
}

/** A criterion as the reason adder takes it: its outcome, the numbers it read and the rule's words. */
export type Criterion = { outcome: ConditionOutcome; values: Explanation['values']; rule: Words };

/** Last year's main business at least `min` % of its revenue. */
export function mainBusinessCriterion(latest: SpecialisedYear, min: number): Criterion {
  const pct = percentText(latest.mainBusinessRevenueFen, latest.revenueFen);
  return {
    outcome: ratioAtLeast(latest.mainBusinessRevenueFen, latest.revenueFen, min) ? 'met' : 'not_met',
    values: { percent: pct, min },
    rule: {
      zh: `主营业务收入占营业收入 ${pct}%，须不低于 ${min}%`,
      en: `main business ${pct}% of revenue; needs at least ${min}%`,
    },
  };
}

/** The average growth of main-business revenue over the last two years at least `min` %, exactly. */
export function growthCriterion(years: readonly SpecialisedYear[], min: number): Criterion {
  const growth = twoYearGrowth(years.map((y) => y.mainBusinessRevenueFen));
  const pct = growth ? signedPercentText(growth.num, growth.den) : null;
  return {
    outcome: growth === null ? 'needs_data' : growth.num * 100n >= BigInt(min) * growth.den ? 'met' : 'not_met',
    values: { percent: pct, min },
    rule: {
      zh: `近 2 年主营业务收入平均增长率 ½ ×（Y2/Y1 + Y3/Y2）− 1 = ${pct ?? '—'}%，须不低于 ${min}%${growth === null ? '（需三年且前两年大于 0 的主营业务收入）' : ''}`,
      en: `average main-business growth over 2 years ½ × (Y2/Y1 + Y3/Y2) − 1 = ${pct ?? '—'}%; needs at least ${min}%${growth === null ? ' (needs three years with the first two above 0)' : ''}`,
    },
  };
}
