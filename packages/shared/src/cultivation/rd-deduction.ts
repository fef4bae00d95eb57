import type { IndustrySection } from '../common/enums.ts';
import { type Explanation, packInForce, type RulePack, type Words } from '../rules/rule-pack.ts';
import { floorDiv, minBig, moneyWords, toSafeNumber } from './exact.ts';
import { type ConditionOutcome, missingCodes, needsDataWords, type Verdict } from './outcome.ts';
import {
  type DeductionKind,
  type DeductionRate,
  divisionInSection,
  EXCLUDED_INDUSTRIES,
  type RdDeductionParams,
  rdDeductionPacks,
} from './rd-deduction.packs.ts';

/** What the enterprise reports for one tax year (money in fen). */
export type RdDeductionInput = {
  taxYear: number;
  /** Main business manufacturing (≥ 50 % of income); not given: taken from section C. */
  manufacturing?: boolean;
  techSme?: boolean;
  /** On the list of IC or 工业母机 enterprises of 2023年第44号. */
  icOrMachineToolListed?: boolean;
  industrySection: IndustrySection;
  /** Two-digit GB/T 4754 division, e.g. '16'. */
  industryDivision?: string;
  /** The six categories of expensed R&D (财税〔2015〕119号 一、(一)). */
  personnelFen: number;
  directInputsFen: number;
  depreciationFen: number;
  intangibleAmortisationFen: number;
  designFen: number;
  otherFen: number;
  /** Cost of R&D commissioned in China and abroad. */
  commissionedDomesticFen: number;
  commissionedAbroadFen: number;
  /** This year's amortisation of intangible assets formed by qualifying R&D. */
  capitalisedAmortisationFen: number;
};

export type RdDeductionResult = {
  packId: string;
  taxYear: number;
  verdict: Verdict;
  /** True only when the industry is surely not excluded. */
  eligible: boolean;
  kind: DeductionKind;
  ratePercent: number;
  /** Expensed R&D that qualifies: own R&D with other costs capped, commissioned at 80 %, abroad capped. */
  eligibleBaseFen: number;
  capitalisedAmortisationFen: number;
  /** Extra deduction on the expensed base and on the amortisation; 0 when not eligible. */
  extraExpensedFen: number;
  extraAmortisationFen: number;
  extraDeductionFen: number;
  missing: string[];
  note: Words | null;
  reasons: Explanation[];
};

const b = (n: number) => BigInt(n);
const money = (n: bigint) => moneyWords(toSafeNumber(n));

/** Whether the industry is excluded (119号 四): met = not excluded. */
function industryOutcome(
  section: IndustrySection,
  division: string | undefined,
): { outcome: ConditionOutcome; words: Words } {
  const whole = EXCLUDED_INDUSTRIES.sections[section];
  if (whole)
    return {
      outcome: 'not_met',
      words: { zh: `门类 ${section} ${whole.zh}，不适用加计扣除`, en: `section ${section} ${whole.en}: excluded` },
    };
  const inSection = Object.entries(EXCLUDED_INDUSTRIES.divisions).filter(([, d]) => d.section === section);
  if (inSection.length === 0)
    return {
      outcome: 'met',
      words: { zh: `门类 ${section} 不属于不适用行业`, en: `section ${section} is not an excluded industry` },
    };
  const names = inSection.map(([code, d]) => ({ zh: `${code} ${d.name.zh}`, en: `${code} ${d.name.en}` }));
  if (division === undefined)
    return {
      outcome: 'needs_data',
      words: {
        zh: `门类 ${section} 含不适用的大类 ${names.map((n) => n.zh).join('、')}，需提供行业大类代码`,
        en: `section ${section} contains the excluded division ${names.map((n) => n.en).join(', ')}: the division is needed`,
      },
    };
  const hit = EXCLUDED_INDUSTRIES.divisions[division];
  if (hit && hit.section === section)
    return {
      outcome: 'not_met',
      words: {
        zh: `大类 ${division} ${hit.name.zh}，不适用加计扣除`,
        en: `division ${division} ${hit.name.en}: excluded`,
      },
    };
  return {
    outcome: 'met',
    words: {
      zh: `门类 ${section} 大类 ${division} 不属于不适用行业`,
      en: `section ${section} division ${division} is not excluded`,
    },
  };
}

/**
 * 研发费用加计扣除 estimate for one tax year, every step explained. Rounding: every cap and every percentage of a fen
 * amount is rounded down to the fen — a cap is a maximum (rounding up would pass the legal limit) and an estimate of
 * a tax benefit must not promise more than the rule gives.
 */
export function estimateRdDeduction(
  input: RdDeductionInput,
  packs: readonly RulePack<RdDeductionParams>[] = rdDeductionPacks,
): RdDeductionResult {
  if (!Number.isInteger(input.taxYear)) throw new RangeError('taxYear must be a year');
  if (input.industryDivision !== undefined && !divisionInSection(input.industrySection, input.industryDivision))
    throw new RangeError(`division ${input.industryDivision} is not in section ${input.industrySection}`);
  const pack = packInForce(packs, `${String(input.taxYear).padStart(4, '0')}-01-01`);
  const p = pack.params;
  const reasons: Explanation[] = [];
  const step = (
    code: string,
    values: Explanation['values'],
    rule: Words,
    cite: Explanation['cite'],
    outcome: Explanation['outcome'] = 'scored',
  ) => reasons.push({ code: `rd-deduction.${code}`, values, points: null, outcome, rule, cite });

  // 1. Industry.
  const industry = industryOutcome(input.industrySection, input.industryDivision);
  step(
    'industry',
    { section: input.industrySection, division: input.industryDivision ?? null },
    industry.outcome === 'needs_data'
      ? needsDataWords(industry.words)
      : {
          zh: `${industry.words.zh}（不适用行业：烟草制造业、住宿和餐饮业、批发和零售业、房地产业、租赁和商务服务业、娱乐业，以主营业务为准）`,
          en: `${industry.words.en} (excluded: tobacco, accommodation and catering, wholesale and retail, real estate, leasing and business services, entertainment, by main business)`,
        },
    {
      document: `${p.cite.excluded.document}；${p.cite.industryCodes.document}`,
      article: `${p.cite.excluded.article}；${p.cite.industryCodes.article}`,
    },
    industry.outcome,
  );
  const verdict: Verdict =
    industry.outcome === 'met' ? 'eligible' : industry.outcome === 'not_met' ? 'not_eligible' : 'needs_data';

  // 2. The rate: the highest of the kinds the enterprise is, among those this period distinguishes.
  const manufacturing = input.manufacturing ?? input.industrySection === 'C';
  const kinds: { kind: DeductionKind; has: boolean | undefined; words: Words }[] = [
    { kind: 'manufacturing', has: manufacturing, words: { zh: '制造业企业', en: 'manufacturer' } },
    { kind: 'techSme', has: input.techSme, words: { zh: '科技型中小企业', en: 'tech-based SME' } },
    {
      kind: 'icOrMachineTool',
      has: input.icOrMachineToolListed,
      words: { zh: '集成电路或工业母机企业（清单内）', en: 'listed IC or machine-tool enterprise' },
    },
  ];
  let kind: DeductionKind = 'general';
  let rate: DeductionRate = p.rates.general;
  for (const k of kinds) {
    const r = p.rates[k.kind as Exclude<DeductionKind, 'general'>];
    if (r && k.has === true && r.percent > rate.percent) {
      kind = k.kind;
      rate = r;
    }
  }
  for (const k of kinds) {
    const r = p.rates[k.kind as Exclude<DeductionKind, 'general'>];
    // Matters this year but not given: the estimate stays at the lower rate and says what would change it.
    if (r && k.has === undefined && r.percent > rate.percent)
      step(
        `kind.${k.kind}`,
        { kind: k.kind, percent: r.percent },
        {
          zh: `是否${k.words.zh}未提供，按 ${rate.percent}% 估算；若是，比例为 ${r.percent}%`,
          en: `whether a ${k.words.en} is not given: estimated at ${rate.percent}%; if it is, the rate is ${r.percent}%`,
        },
        r.cite,
        'needs_data',
      );
  }
  step(
    'rate',
    {
      taxYear: input.taxYear,
      kind,
      percent: rate.percent,
      manufacturingFromSection: input.manufacturing === undefined,
    },
    {
      zh: `${input.taxYear} 年度${kind === 'general' ? '' : `按${kinds.find((k) => k.kind === kind)?.words.zh}`}加计扣除比例 ${rate.percent}%，形成无形资产的按成本 ${100 + rate.percent}% 摊销${input.manufacturing === undefined && input.industrySection === 'C' ? '（按行业门类 C 视为制造业企业：制造业主营业务收入须占收入总额 50% 以上）' : ''}`,
      en: `tax year ${input.taxYear}${kind === 'general' ? '' : ` as a ${kinds.find((k) => k.kind === kind)?.words.en}`}: extra deduction ${rate.percent}%, capitalised R&D amortised at ${100 + rate.percent}%${input.manufacturing === undefined && input.industrySection === 'C' ? ' (section C taken as a manufacturer: manufacturing must be at least 50% of income)' : ''}`,
    },
    rate.cite,
  );

  // 3. Own R&D: the five categories, and other related costs capped at five × 10 % ÷ 90 %.
  const five =
    b(input.personnelFen) +
    b(input.directInputsFen) +
    b(input.depreciationFen) +
    b(input.intangibleAmortisationFen) +
    b(input.designFen);
  const capPct = b(p.otherCostsCapPercent);
  const cap = floorDiv(five * capPct, 100n - capPct);
  const other = minBig(b(input.otherFen), cap);
  step(
    'other-costs-cap',
    {
      fiveCategoriesFen: toSafeNumber(five),
      capFen: toSafeNumber(cap),
      otherFen: input.otherFen,
      countedFen: toSafeNumber(other),
    },
    {
      zh: `其他相关费用限额 = 前五项之和 ${money(five).zh} × ${p.otherCostsCapPercent}% ÷（1 − ${p.otherCostsCapPercent}%）= ${money(cap).zh}（向下取整到分）；实际 ${moneyWords(input.otherFen).zh}，计入 ${money(other).zh}${p.otherCostsCapPerProject ? '。2021 年以前限额按每个研发项目分别计算，本估算按合计计算' : '（全部研发项目统一计算，国家税务总局公告2021年第28号）'}`,
      en: `cap on other related costs = the other five categories ${money(five).en} × ${p.otherCostsCapPercent}% ÷ (1 − ${p.otherCostsCapPercent}%) = ${money(cap).en} (rounded down to the fen); actual ${moneyWords(input.otherFen).en}, counted ${money(other).en}${p.otherCostsCapPerProject ? '. Before 2021 the cap applied per project; this estimate uses the totals' : ' (over all projects together, SAT 2021 No. 28)'}`,
    },
    p.otherCostsCapPerProject
      ? p.cite.otherCostsCap
      : {
          document: `${p.cite.otherCostsCap.document}；${p.cite.otherCostsCapUnified.document}`,
          article: `${p.cite.otherCostsCap.article}；${p.cite.otherCostsCapUnified.article}`,
        },
  );
  const own = five + other;

  // 4. Commissioned in China at 80 %.
  const pct = b(p.commissionedPercent);
  const domesticCommissioned = floorDiv(b(input.commissionedDomesticFen) * pct, 100n);
  step(
    'commissioned-domestic',
    {
      costFen: input.commissionedDomesticFen,
      percent: p.commissionedPercent,
      countedFen: toSafeNumber(domesticCommissioned),
    },
    {
      zh: `委托境内研发费用 ${moneyWords(input.commissionedDomesticFen).zh} × ${p.commissionedPercent}% = ${money(domesticCommissioned).zh}（向下取整到分）`,
      en: `R&D commissioned in China ${moneyWords(input.commissionedDomesticFen).en} × ${p.commissionedPercent}% = ${money(domesticCommissioned).en} (rounded down)`,
    },
    p.cite.commissioned,
  );
  const domestic = own + domesticCommissioned;

  // 5. Commissioned abroad at 80 %, up to ⅔ of the qualifying domestic R&D.
  let abroad = 0n;
  if (!p.abroad.allowed) {
    step(
      'commissioned-abroad',
      { costFen: input.commissionedAbroadFen, countedFen: 0 },
      {
        zh: `委托境外研发费用 ${moneyWords(input.commissionedAbroadFen).zh}：${input.taxYear} 年度不得加计扣除`,
        en: `R&D commissioned abroad ${moneyWords(input.commissionedAbroadFen).en}: not deductible in ${input.taxYear}`,
      },
      p.abroad.cite,
    );
  } else {
    const at80 = floorDiv(b(input.commissionedAbroadFen) * pct, 100n);
    const abroadCap = floorDiv(domestic * b(p.abroad.capNum), b(p.abroad.capDen));
    abroad = minBig(at80, abroadCap);
    step(
      'commissioned-abroad',
      {
        costFen: input.commissionedAbroadFen,
        at80Fen: toSafeNumber(at80),
        domesticQualifyingFen: toSafeNumber(domestic),
        capFen: toSafeNumber(abroadCap),
        countedFen: toSafeNumber(abroad),
      },
      {
        zh: `委托境外研发费用 ${moneyWords(input.commissionedAbroadFen).zh} × ${p.commissionedPercent}% = ${money(at80).zh}，不超过境内符合条件的研发费用 ${money(domestic).zh} 的 ${p.abroad.capNum}/${p.abroad.capDen}（${money(abroadCap).zh}，向下取整），计入 ${money(abroad).zh}`,
        en: `R&D commissioned abroad ${moneyWords(input.commissionedAbroadFen).en} × ${p.commissionedPercent}% = ${money(at80).en}, at most ${p.abroad.capNum}/${p.abroad.capDen} of the qualifying domestic R&D ${money(domestic).en} (${money(abroadCap).en}, rounded down): counted ${money(abroad).en}`,
      },
      p.abroad.cite,
    );
  }

  // 6. The base and the extra deduction.
  const base = domestic + abroad;
  const counts = verdict !== 'not_eligible';
  const rateB = b(rate.percent);
  const extraExpensed = counts ? floorDiv(base * rateB, 100n) : 0n;
  const extraAmort = counts ? floorDiv(b(input.capitalisedAmortisationFen) * rateB, 100n) : 0n;
  step(
    'base',
    {
      ownFen: toSafeNumber(own),
      commissionedDomesticFen: toSafeNumber(domesticCommissioned),
      abroadFen: toSafeNumber(abroad),
      baseFen: toSafeNumber(base),
    },
    {
      zh: `可加计扣除的费用化研发费用 = 自行研发 ${money(own).zh} + 委托境内 ${money(domesticCommissioned).zh} + 委托境外 ${money(abroad).zh} = ${money(base).zh}`,
      en: `qualifying expensed R&D = own ${money(own).en} + commissioned in China ${money(domesticCommissioned).en} + abroad ${money(abroad).en} = ${money(base).en}`,
    },
    p.cite.categories,
  );
  step(
    'extra',
    {
      baseFen: toSafeNumber(base),
      amortisationFen: input.capitalisedAmortisationFen,
      percent: rate.percent,
      extraExpensedFen: toSafeNumber(extraExpensed),
      extraAmortisationFen: toSafeNumber(extraAmort),
    },
    counts
      ? {
          zh: `加计扣除额 = ${money(base).zh} × ${rate.percent}% + 研发形成无形资产当年摊销 ${moneyWords(input.capitalisedAmortisationFen).zh} × ${rate.percent}% = ${money(extraExpensed + extraAmort).zh}（向下取整到分）${verdict === 'needs_data' ? '，以行业确认为前提' : ''}`,
          en: `extra deduction = ${money(base).en} × ${rate.percent}% + this year's amortisation of capitalised R&D ${moneyWords(input.capitalisedAmortisationFen).en} × ${rate.percent}% = ${money(extraExpensed + extraAmort).en} (rounded down)${verdict === 'needs_data' ? ', provided the industry is confirmed' : ''}`,
        }
      : { zh: '所属行业不适用加计扣除，加计扣除额为 0', en: 'the industry is excluded: no extra deduction' },
    rate.cite,
  );

  return {
    packId: pack.id,
    taxYear: input.taxYear,
    verdict,
    eligible: verdict === 'eligible',
    kind,
    ratePercent: rate.percent,
    eligibleBaseFen: toSafeNumber(base),
    capitalisedAmortisationFen: input.capitalisedAmortisationFen,
    extraExpensedFen: toSafeNumber(extraExpensed),
    extraAmortisationFen: toSafeNumber(extraAmort),
    extraDeductionFen: toSafeNumber(extraExpensed + extraAmort),
    missing: missingCodes(reasons),
    note: p.note,
    reasons,
  };
}
