import { type Explanation, percentText } from '../rules/rule-pack.ts';
import { moneyWords, ratioAtLeast } from './exact.ts';
import { anyOf, type ConditionOutcome } from './outcome.ts';
import {
  type Criterion,
  debtOutcome,
  growthCriterion,
  known,
  mainBusinessCriterion,
  reasonAdder,
  type SpecialisedCriteria,
  type SpecialisedInput,
  type SpecialisedYear,
} from './specialised.common.ts';
import type { Specialised2026Params } from './specialised.packs.ts';

/**
 * The criteria of 工信部企业〔2026〕2号 (thresholds of the platform's domain notes): each criterion of the
 * province-level tier and of the 小巨人 tier met / not met / needs data, with the numbers and the rule's words.
 */
export function check2026(input: SpecialisedInput, params: Specialised2026Params): SpecialisedCriteria {
  const { provincial: pv, giant: gt, cite } = params;
  const reasons: Explanation[] = [];
  const add = reasonAdder(reasons, (tier) => cite[tier]);
  const use = (tier: 'provincial' | 'giant', code: string, c: Criterion) =>
    add(tier, code, c.outcome, c.values, c.rule);
  const latest = input.years[input.years.length - 1] as SpecialisedYear;
  const lastTwo = input.years.length >= 2 ? input.years.slice(-2) : null;
  const mainPct = percentText(latest.mainBusinessRevenueFen, latest.revenueFen);
  const debtPct = percentText(input.liabilitiesFen, input.totalAssetsFen);
  const debt = (max: number) => debtOutcome(input, max);
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
    use('giant', 'main-business', mainBusinessCriterion(latest, gt.minMainBusinessPercent)),
    use('giant', 'growth', growthCriterion(input.years, gt.minGrowthPercent)),
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

  return { provincial: p, giant: g, reasons };
}
