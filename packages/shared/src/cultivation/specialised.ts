import { type Explanation, packInForce, percentText, type RulePack, type Words } from '../rules/rule-pack.ts';
import { moneyWords, ratioAtLeast, ratioAtMost, signedPercentText } from './exact.ts';
import { allOf, anyOf, type ConditionOutcome, missingCodes, needsDataWords, type Verdict } from './outcome.ts';
import { type SpecialisedParams, specialisedPacks } from './specialised.packs.ts';

/** One fiscal year's figures (fen). */
export type SpecialisedYear = { revenueFen: number; mainBusinessRevenueFen: number; rdFen: number };

/** What the enterprise reports for the 专精特新 self-check; a figure left out is 'needs_data', never guessed. */
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

const known = (v: number | undefined, test: (v: number) => boolean): ConditionOutcome =>
  v === undefined ? 'needs_data' : test(v) ? 'met' : 'not_met';

/** Average yearly growth over the last two years as an exact fraction, or null when it cannot be computed. */
function twoYearGrowth(values: readonly number[]): { num: bigint; den: bigint } | null {
  if (values.length < 3) return null;
  const [y1, y2, y3] = values.slice(-3).map((v) => BigInt(v)) as [bigint, bigint, bigint];
  if (y1 <= 0n || y2 <= 0n) return null;
  return { num: y2 * y2 + y1 * y3 - 2n * y1 * y2, den: 2n * y1 * y2 };
}

/**
 * 专精特新 self-check on `assessedOn` by the pack in force: each criterion of the province-level tier and of the
 * 小巨人 tier met / not met / needs data, with the numbers and the rule's words.
 */
export function checkSpecialised(
  input: SpecialisedInput,
  assessedOn: string,
  packs: readonly RulePack<SpecialisedParams>[] = specialisedPacks,
): SpecialisedResult {
  if (input.years.length < 1 || input.years.length > 3) throw new RangeError('years needs 1–3 fiscal years');
  const pack = packInForce(packs, assessedOn);
  const { provincial: pv, giant: gt, cite } = pack.params;
  const reasons: Explanation[] = [];
  const add = (
    tier: 'provincial' | 'giant',
    code: string,
    outcome: ConditionOutcome,
    values: Explanation['values'],
    rule: Words,
  ): ConditionOutcome => {
    reasons.push({
      code: `specialised.${tier}.${code}`,
      values,
      points: null,
      outcome,
      rule: outcome === 'needs_data' ? needsDataWords(rule) : rule,
      cite: cite[tier],
    });
    return outcome;
  };
  const latest = input.years[input.years.length - 1] as SpecialisedYear;
  const lastTwo = input.years.length >= 2 ? input.years.slice(-2) : null;
  const mainPct = percentText(latest.mainBusinessRevenueFen, latest.revenueFen);
  const debtPct = percentText(input.liabilitiesFen, input.totalAssetsFen);
  const debt = (max: number): ConditionOutcome =>
    input.totalAssetsFen <= 0
      ? 'needs_data'
      : ratioAtMost(input.liabilitiesFen, input.totalAssetsFen, max)
        ? 'met'
        : 'not_met';
  const score = (v: number | undefined, min: number) => known(v, (s) => s >= min);

  // Province-level 专精特新中小企业.
  const p: ConditionOutcome[] = [
    add(
      'provincial',
      'niche-years',
      known(input.nicheYears, (y) => y >= pv.minNicheYears),
      { nicheYears: input.nicheYears ?? null, min: pv.minNicheYears },
      {
        zh: `从事特定细分市场时间 ${input.nicheYears ?? '—'} 年，须达到 ${pv.minNicheYears} 年以上`,
        en: `${input.nicheYears ?? '—'} years in a niche market; needs ${pv.minNicheYears} or more`,
      },
    ),
    add(
      'provincial',
      'revenue',
      latest.revenueFen >= pv.minRevenueFen
        ? 'met'
        : known(input.equityFinancing2yFen, (f) => f >= pv.minEquityFinancingFen),
      {
        revenueFen: latest.revenueFen,
        min: pv.minRevenueFen,
        equityFinancing2yFen: input.equityFinancing2yFen ?? null,
        minEquity: pv.minEquityFinancingFen,
      },
      {
        zh: `上年度营业收入 ${moneyWords(latest.revenueFen).zh}，须不低于 ${moneyWords(pv.minRevenueFen).zh}，或近 2 年新增股权融资不低于 ${moneyWords(pv.minEquityFinancingFen).zh}`,
        en: `last year's revenue ${moneyWords(latest.revenueFen).en}; needs ${moneyWords(pv.minRevenueFen).en}, or new equity financing of ${moneyWords(pv.minEquityFinancingFen).en} over two years`,
      },
    ),
    add(
      'provincial',
      'main-business',
      ratioAtLeast(latest.mainBusinessRevenueFen, latest.revenueFen, pv.minMainBusinessPercent) ? 'met' : 'not_met',
      {
        mainBusinessRevenueFen: latest.mainBusinessRevenueFen,
        revenueFen: latest.revenueFen,
        percent: mainPct,
        min: pv.minMainBusinessPercent,
      },
      {
        zh: `主营业务收入占营业收入 ${mainPct}%，须不低于 ${pv.minMainBusinessPercent}%`,
        en: `main business ${mainPct}% of revenue; needs at least ${pv.minMainBusinessPercent}%`,
      },
    ),
    add(
      'provincial',
      'debt',
      debt(pv.maxDebtPercent),
      {
        liabilitiesFen: input.liabilitiesFen,
        totalAssetsFen: input.totalAssetsFen,
        percent: debtPct,
        max: pv.maxDebtPercent,
      },
      {
        zh: `资产负债率 ${debtPct}%，须不高于 ${pv.maxDebtPercent}%`,
        en: `debt ratio ${debtPct}%; at most ${pv.maxDebtPercent}%`,
      },
    ),
    add(
      'provincial',
      'rd',
      lastTwo === null
        ? 'needs_data'
        : lastTwo.every(
              (y) => y.rdFen >= pv.minRdFenEachYear && ratioAtLeast(y.rdFen, y.revenueFen, pv.minRdPercentEachYear),
            )
          ? 'met'
          : 'not_met',
      {
        rdFen: input.years.map((y) => y.rdFen).join(','),
        percents: input.years.map((y) => percentText(y.rdFen, y.revenueFen)).join(','),
        minFen: pv.minRdFenEachYear,
        minPercent: pv.minRdPercentEachYear,
      },
      {
        zh: `近 2 年每年研发费用不低于 ${moneyWords(pv.minRdFenEachYear).zh} 且占营业收入不低于 ${pv.minRdPercentEachYear}%（${(lastTwo ?? []).map((y) => `${moneyWords(y.rdFen).zh}，${percentText(y.rdFen, y.revenueFen)}%`).join('；') || '不足两年数据'}）`,
        en: `in each of the last 2 years R&D of at least ${moneyWords(pv.minRdFenEachYear).en} and ${pv.minRdPercentEachYear}% of revenue (${(lastTwo ?? []).map((y) => `${moneyWords(y.rdFen).en}, ${percentText(y.rdFen, y.revenueFen)}%`).join('; ') || 'fewer than two years given'})`,
      },
    ),
    add(
      'provincial',
      'ip',
      input.ip1Count >= pv.minIp1 ? 'met' : 'not_met',
      { ip1Count: input.ip1Count, min: pv.minIp1 },
      {
        zh: `Ⅰ类知识产权 ${input.ip1Count} 项，须不少于 ${pv.minIp1} 项`,
        en: `${input.ip1Count} class I IP; needs at least ${pv.minIp1}`,
      },
    ),
    add(
      'provincial',
      'score',
      score(input.provincialScore, pv.minScore),
      { score: input.provincialScore ?? null, min: pv.minScore },
      {
        zh: `评价得分 ${input.provincialScore ?? '—'} 分，须达到 ${pv.minScore} 分以上`,
        en: `evaluation score ${input.provincialScore ?? '—'}; needs ${pv.minScore} or more`,
      },
    ),
  ];

  // 专精特新"小巨人".
  const growth = twoYearGrowth(input.years.map((y) => y.mainBusinessRevenueFen));
  const growthPct = growth ? signedPercentText(growth.num, growth.den) : null;
  const rdTwo = lastTwo ? lastTwo.reduce((a, y) => a + y.rdFen, 0) : null;
  const g: ConditionOutcome[] = [
    add(
      'giant',
      'revenue',
      latest.revenueFen >= gt.minRevenueFen ? 'met' : 'not_met',
      { revenueFen: latest.revenueFen, min: gt.minRevenueFen },
      {
        zh: `上年度营业收入 ${moneyWords(latest.revenueFen).zh}，须不低于 ${moneyWords(gt.minRevenueFen).zh}`,
        en: `last year's revenue ${moneyWords(latest.revenueFen).en}; needs ${moneyWords(gt.minRevenueFen).en}`,
      },
    ),
    add(
      'giant',
      'main-business',
      ratioAtLeast(latest.mainBusinessRevenueFen, latest.revenueFen, gt.minMainBusinessPercent) ? 'met' : 'not_met',
      { percent: mainPct, min: gt.minMainBusinessPercent },
      {
        zh: `主营业务收入占营业收入 ${mainPct}%，须不低于 ${gt.minMainBusinessPercent}%`,
        en: `main business ${mainPct}% of revenue; needs at least ${gt.minMainBusinessPercent}%`,
      },
    ),
    add(
      'giant',
      'growth',
      growth === null
        ? 'needs_data'
        : growth.num * 100n >= BigInt(gt.minGrowthPercent) * growth.den
          ? 'met'
          : 'not_met',
      { percent: growthPct, min: gt.minGrowthPercent },
      {
        zh: `近 2 年主营业务收入平均增长率 ½ ×（Y2/Y1 + Y3/Y2）− 1 = ${growthPct ?? '—'}%，须不低于 ${gt.minGrowthPercent}%${growth === null ? '（需三年且前两年大于 0 的主营业务收入）' : ''}`,
        en: `average main-business growth over 2 years ½ × (Y2/Y1 + Y3/Y2) − 1 = ${growthPct ?? '—'}%; needs at least ${gt.minGrowthPercent}%${growth === null ? ' (needs three years with the first two above 0)' : ''}`,
      },
    ),
    add(
      'giant',
      'debt',
      debt(gt.maxDebtPercent),
      { percent: debtPct, max: gt.maxDebtPercent },
      {
        zh: `资产负债率 ${debtPct}%，须不高于 ${gt.maxDebtPercent}%`,
        en: `debt ratio ${debtPct}%; at most ${gt.maxDebtPercent}%`,
      },
    ),
    add(
      'giant',
      'rd',
      rdTwo === null ? 'needs_data' : rdTwo >= gt.minRdFenTwoYears ? 'met' : 'not_met',
      { rdTwoYearsFen: rdTwo, min: gt.minRdFenTwoYears },
      {
        zh: `近 2 年研发费用合计 ${rdTwo === null ? '—' : moneyWords(rdTwo).zh}，须不低于 ${moneyWords(gt.minRdFenTwoYears).zh}`,
        en: `R&D over the last 2 years ${rdTwo === null ? '—' : moneyWords(rdTwo).en}; needs ${moneyWords(gt.minRdFenTwoYears).en}`,
      },
    ),
    add(
      'giant',
      'ip',
      input.ip1Count >= gt.minIp1 ? 'met' : 'not_met',
      { ip1Count: input.ip1Count, min: gt.minIp1 },
      {
        zh: `Ⅰ类知识产权 ${input.ip1Count} 项，须不少于 ${gt.minIp1} 项`,
        en: `${input.ip1Count} class I IP; needs at least ${gt.minIp1}`,
      },
    ),
    add(
      'giant',
      'market',
      anyOf([
        known(input.marketShareBp, (bp) => bp >= gt.minMarketSharePercent * 100),
        input.marketTopThree === undefined ? 'needs_data' : input.marketTopThree ? 'met' : 'not_met',
      ]),
      {
        marketShareBp: input.marketShareBp ?? null,
        marketTopThree: input.marketTopThree ?? null,
        minPercent: gt.minMarketSharePercent,
      },
      {
        zh: `细分市场占有率不低于 ${gt.minMarketSharePercent}% 或位列前三（占有率 ${input.marketShareBp === undefined ? '—' : `${(input.marketShareBp / 100).toFixed(2)}%`}）`,
        en: `niche market share of at least ${gt.minMarketSharePercent}% or top three (share ${input.marketShareBp === undefined ? '—' : `${(input.marketShareBp / 100).toFixed(2)}%`})`,
      },
    ),
    add(
      'giant',
      'score',
      score(input.giantScore, gt.minScore),
      { score: input.giantScore ?? null, min: gt.minScore },
      {
        zh: `评价得分 ${input.giantScore ?? '—'} 分，须达到 ${gt.minScore} 分以上`,
        en: `evaluation score ${input.giantScore ?? '—'}; needs ${gt.minScore} or more`,
      },
    ),
  ];

  const tier = (outcomes: ConditionOutcome[], prefix: string): SpecialisedTier => {
    const verdict = allOf(outcomes);
    return {
      verdict,
      eligible: verdict === 'eligible',
      missing: missingCodes(reasons).filter((c) => c.startsWith(prefix)),
    };
  };
  return {
    packId: pack.id,
    assessedOn,
    provincial: tier(p, 'specialised.provincial.'),
    giant: tier(g, 'specialised.giant.'),
    note: pack.params.note,
    reasons,
  };
}
