import { addDays } from '../common/shanghai-time.ts';
import { type Explanation, packInForce, percentText, type RulePack, type Words } from '../rules/rule-pack.ts';
import { ceilDiv, daysBetween, moneyWords, percentPointsShort, ratioAtLeast, toSafeNumber } from './exact.ts';
import { type HteParams, htePacks, type PointRange } from './hte.packs.ts';
import { scoreInnovation } from './hte-innovation.ts';
import { allOf, type ConditionOutcome, flagOutcome, missingCodes, needsDataWords, type Verdict } from './outcome.ts';

/** A management item: self-assessed points, in place (true), absent (false), or not given. */
export type ManagementItem = boolean | number | undefined;

/** What the enterprise reports for the 高企 self-check (money in fen; yearly figures oldest first, up to 3 years). */
export type HteInput = {
  registeredOn: string;
  employees: number;
  techStaff: number;
  /** Sales of the last (up to) three fiscal years, oldest first; the last is the latest year's. */
  salesFen: number[];
  /** R&D expense of the same years. */
  rdFen: number[];
  /** R&D spent in China over the same years (sum). */
  domesticRdFen: number;
  /** The latest year's high-tech product and service income, and total income. */
  highTechIncomeFen: number;
  totalIncomeFen: number;
  ip1Count: number;
  ip2Count: number;
  /** The core technology is in 《国家重点支持的高新技术领域》. */
  inSupportedField?: boolean;
  /** A major safety or quality accident or serious environmental violation in the year before. */
  majorIncident?: boolean;
  /** At least one IP of its own R&D (false: only transferred, gifted or acquired). */
  ownDevelopedIp?: boolean;
  /** Self-assessed 技术先进程度 and 核心支持作用, 0–8; not given: 0–8. */
  advancement?: number;
  coreSupport?: number;
  /** Took part in drafting a national or industry standard, test method or technical specification (加分项). */
  standardsDrafted?: boolean;
  /** Conversions of S&T results in each of the last (up to) three years. */
  conversions?: number[];
  management?: {
    system?: ManagementItem;
    institution?: ManagementItem;
    incentive?: ManagementItem;
    talent?: ManagementItem;
  };
  /** Net assets at the end of each of the last (up to) three years, oldest first (may be negative). */
  netAssetsFen?: number[];
};

/** A shortfall in words with the smallest amount that closes it (people and fen rounded up). */
export type Gap = { code: string; unit: 'people' | 'fen' | 'days' | 'points' | 'items'; amount: number; words: Words };

export type ScoreCondition = 'surely_met' | 'possibly_met' | 'surely_not_met';

export type HteResult = {
  packId: string;
  assessedOn: string;
  /** True only when every condition is surely met (the innovation score's minimum reaches the pass mark). */
  eligible: boolean;
  verdict: Verdict;
  score: PointRange;
  parts: { ip: PointRange; conversion: PointRange; management: PointRange; growth: PointRange };
  scoreCondition: ScoreCondition;
  gaps: Gap[];
  missing: string[];
  note: Words;
  reasons: Explanation[];
};

const fen = (n: bigint) => moneyWords(toSafeNumber(n));

/**
 * The smallest x ≥ 0 with (part + x) ÷ (whole + x) ≥ percent % (x adds to both, as a new hire adds to tech staff and
 * employees, or new high-tech income to total income): x = ⌈(percent·whole − 100·part) ÷ (100 − percent)⌉; at least 1
 * when the whole is 0 (the ratio is not defined until something is there).
 */
export function smallestAddition(part: number, whole: number, percent: number): number {
  const p = BigInt(percent);
  const x = ceilDiv(p * BigInt(whole) - 100n * BigInt(part), 100n - p);
  if (whole === 0) return Math.max(1, toSafeNumber(x));
  return Math.max(0, toSafeNumber(x));
}

/** The R&D ratio the rule asks for, by the latest year's sales. */
export function hteRdPercent(latestSalesFen: number, params: HteParams): number {
  for (const r of params.rdRatio) if (r.upToFen === null || latestSalesFen <= r.upToFen) return r.percent;
  throw new RangeError('rdRatio needs a last band without upper bound');
}

/**
 * 高企 self-check of `input` on `assessedOn`: every condition of 国科发火〔2016〕32号 第十一条 met / not met / needs
 * data, the innovation score as a range (parts are expert judgement), and what is still short, in words.
 */
export function checkHte(
  input: HteInput,
  assessedOn: string,
  packs: readonly RulePack<HteParams>[] = htePacks,
): HteResult {
  if (input.salesFen.length < 1 || input.salesFen.length > 3 || input.rdFen.length !== input.salesFen.length)
    throw new RangeError('salesFen and rdFen need the same 1–3 years');
  const pack = packInForce(packs, assessedOn);
  const p = pack.params;
  const c = p.cite;
  const reasons: Explanation[] = [];
  const gaps: Gap[] = [];
  const condition = (
    code: string,
    outcome: ConditionOutcome,
    values: Explanation['values'],
    rule: Words,
    cite: Explanation['cite'],
  ): ConditionOutcome => {
    const words = outcome === 'needs_data' ? needsDataWords(rule) : rule;
    reasons.push({ code: `hte.${code}`, values, points: null, outcome, rule: words, cite });
    return outcome;
  };
  const outcomes: ConditionOutcome[] = [];

  // (一) registered ≥ 365 calendar days before the assessment.
  const days = daysBetween(input.registeredOn, assessedOn);
  const registeredOk = days >= p.minRegisteredDays;
  const from = addDays(input.registeredOn, p.minRegisteredDays);
  outcomes.push(
    condition(
      'registered',
      registeredOk ? 'met' : 'not_met',
      { registeredOn: input.registeredOn, days, minDays: p.minRegisteredDays, from },
      {
        zh: `注册成立 ${days} 天，须满 ${p.minRegisteredDays} 个日历天数（${from} 起满足）`,
        en: `registered ${days} days ago; needs ${p.minRegisteredDays} calendar days (met from ${from})`,
      },
      c.registered,
    ),
  );
  if (!registeredOk)
    gaps.push({
      code: 'hte.registered',
      unit: 'days',
      amount: p.minRegisteredDays - days,
      words: {
        zh: `注册成立还差 ${p.minRegisteredDays - days} 天（${from} 起满 ${p.minRegisteredDays} 天）`,
        en: `${p.minRegisteredDays - days} more days since registration (${p.minRegisteredDays} days on ${from})`,
      },
    });

  // (二) owns IP supporting its main products.
  const ipTotal = input.ip1Count + input.ip2Count;
  outcomes.push(
    condition(
      'ip-owned',
      ipTotal > 0 ? 'met' : 'not_met',
      { ip1Count: input.ip1Count, ip2Count: input.ip2Count },
      {
        zh: `拥有对主要产品（服务）在技术上发挥核心支持作用的知识产权：Ⅰ类 ${input.ip1Count} 项、Ⅱ类 ${input.ip2Count} 项`,
        en: `owns IP that supports the main products in technology: ${input.ip1Count} class I, ${input.ip2Count} class II`,
      },
      c.ipOwned,
    ),
  );
  if (ipTotal === 0)
    gaps.push({
      code: 'hte.ip-owned',
      unit: 'items',
      amount: 1,
      words: { zh: '知识产权还差 1 项', en: '1 more IP right needed' },
    });

  // (三) field.
  outcomes.push(
    condition(
      'field',
      flagOutcome(input.inSupportedField, true),
      { inSupportedField: input.inSupportedField ?? null },
      {
        zh: '核心支持作用的技术属于《国家重点支持的高新技术领域》',
        en: 'the core technology is in the State-supported high-tech fields',
      },
      c.field,
    ),
  );

  // (四) tech staff ≥ 10 % of employees.
  const staffOk = ratioAtLeast(input.techStaff, input.employees, p.minTechStaffPercent);
  const staffPct = percentText(input.techStaff, input.employees);
  outcomes.push(
    condition(
      'tech-staff',
      staffOk ? 'met' : 'not_met',
      { techStaff: input.techStaff, employees: input.employees, percent: staffPct, min: p.minTechStaffPercent },
      {
        zh: `科技人员 ${input.techStaff} 人 ÷ 职工总数 ${input.employees} 人 = ${staffPct}%，须不低于 ${p.minTechStaffPercent}%`,
        en: `tech staff ${input.techStaff} ÷ employees ${input.employees} = ${staffPct}%; needs at least ${p.minTechStaffPercent}%`,
      },
      c.techStaff,
    ),
  );
  if (!staffOk) {
    const hires = smallestAddition(input.techStaff, input.employees, p.minTechStaffPercent);
    const reclassify = Math.max(
      0,
      toSafeNumber(ceilDiv(BigInt(input.employees) * BigInt(p.minTechStaffPercent), 100n)) - input.techStaff,
    );
    gaps.push({
      code: 'hte.tech-staff',
      unit: 'people',
      amount: hires,
      words: {
        zh: `科技人员还差 ${hires} 人（新增人员同时计入职工总数；若由现有职工认定为科技人员，还差 ${reclassify} 人）`,
        en: `${hires} more tech staff (new staff also count as employees; ${reclassify} if existing employees become tech staff)`,
      },
    });
  }

  // (五) three-year R&D ÷ three-year sales by the latest year's sales band.
  const salesSum = input.salesFen.reduce((a, b) => a + BigInt(b), 0n);
  const rdSum = input.rdFen.reduce((a, b) => a + BigInt(b), 0n);
  const latest = input.salesFen[input.salesFen.length - 1] as number;
  const rdPercent = hteRdPercent(latest, p);
  const rdOk = salesSum > 0n && rdSum * 100n >= BigInt(rdPercent) * salesSum;
  const rdPct = percentText(toSafeNumber(rdSum), toSafeNumber(salesSum));
  outcomes.push(
    condition(
      'rd-ratio',
      rdOk ? 'met' : 'not_met',
      {
        years: input.salesFen.length,
        rdSumFen: toSafeNumber(rdSum),
        salesSumFen: toSafeNumber(salesSum),
        latestSalesFen: latest,
        percent: rdPct,
        min: rdPercent,
      },
      {
        zh: `近 ${input.salesFen.length} 个会计年度研发费用 ${fen(rdSum).zh} ÷ 销售收入 ${fen(salesSum).zh} = ${rdPct}%；最近一年销售收入 ${moneyWords(latest).zh}，须不低于 ${rdPercent}%（≤5000万元（含）5%，≤2亿元（含）4%，2亿元以上 3%）`,
        en: `R&D ${fen(rdSum).en} ÷ sales ${fen(salesSum).en} over ${input.salesFen.length} years = ${rdPct}%; with latest sales of ${moneyWords(latest).en} it needs at least ${rdPercent}% (≤ ¥50 million inclusive 5%, ≤ ¥200 million 4%, above 3%)`,
      },
      c.rdRatio,
    ),
  );
  if (!rdOk) {
    const need = ceilDiv(BigInt(rdPercent) * salesSum, 100n) - rdSum;
    const more = need > 0n ? need : 1n; // no sales: the ratio is not defined, R&D alone cannot close it
    const points = percentPointsShort(toSafeNumber(rdSum), toSafeNumber(salesSum), rdPercent);
    gaps.push({
      code: 'hte.rd-ratio',
      unit: 'fen',
      amount: toSafeNumber(more),
      words:
        salesSum > 0n
          ? {
              zh: `研发费用占比还差 ${points} 个百分点（研发费用至少还需 ${fen(more).zh}）`,
              en: `R&D ratio ${points} percentage points short (at least ${fen(more).en} more R&D)`,
            }
          : {
              zh: '近三年无销售收入，研发费用占比无法计算',
              en: 'no sales in the period: the R&D ratio is not defined',
            },
    });
  }

  // (五) 其中: R&D in China ≥ 60 % of all R&D.
  const rdTotal = toSafeNumber(rdSum);
  const domesticOk = rdTotal > 0 && ratioAtLeast(input.domesticRdFen, rdTotal, p.minDomesticRdPercent);
  const domesticPct = percentText(input.domesticRdFen, rdTotal);
  outcomes.push(
    condition(
      'domestic-rd',
      domesticOk ? 'met' : 'not_met',
      { domesticRdFen: input.domesticRdFen, rdSumFen: rdTotal, percent: domesticPct, min: p.minDomesticRdPercent },
      {
        zh: `境内研发费用 ${moneyWords(input.domesticRdFen).zh} ÷ 全部研发费用 ${moneyWords(rdTotal).zh} = ${domesticPct}%，须不低于 ${p.minDomesticRdPercent}%`,
        en: `R&D in China ${moneyWords(input.domesticRdFen).en} ÷ all R&D ${moneyWords(rdTotal).en} = ${domesticPct}%; needs at least ${p.minDomesticRdPercent}%`,
      },
      c.domesticRd,
    ),
  );
  if (!domesticOk && rdTotal > 0) {
    const more = smallestAddition(input.domesticRdFen, rdTotal, p.minDomesticRdPercent);
    const points = percentPointsShort(input.domesticRdFen, rdTotal, p.minDomesticRdPercent);
    gaps.push({
      code: 'hte.domestic-rd',
      unit: 'fen',
      amount: more,
      words: {
        zh: `境内研发费用占比还差 ${points} 个百分点（境内研发费用至少还需增加 ${moneyWords(more).zh}）`,
        en: `R&D in China ${points} percentage points short (at least ${moneyWords(more).en} more R&D in China)`,
      },
    });
  }

  // (六) high-tech income ≥ 60 % of total income.
  const incomeOk =
    input.totalIncomeFen > 0 && ratioAtLeast(input.highTechIncomeFen, input.totalIncomeFen, p.minHighTechIncomePercent);
  const incomePct = percentText(input.highTechIncomeFen, input.totalIncomeFen);
  outcomes.push(
    condition(
      'high-tech-income',
      incomeOk ? 'met' : 'not_met',
      {
        highTechIncomeFen: input.highTechIncomeFen,
        totalIncomeFen: input.totalIncomeFen,
        percent: incomePct,
        min: p.minHighTechIncomePercent,
      },
      {
        zh: `高新技术产品（服务）收入 ${moneyWords(input.highTechIncomeFen).zh} ÷ 总收入 ${moneyWords(input.totalIncomeFen).zh} = ${incomePct}%，须不低于 ${p.minHighTechIncomePercent}%`,
        en: `high-tech product and service income ${moneyWords(input.highTechIncomeFen).en} ÷ total income ${moneyWords(input.totalIncomeFen).en} = ${incomePct}%; needs at least ${p.minHighTechIncomePercent}%`,
      },
      c.highTechIncome,
    ),
  );
  if (!incomeOk) {
    const more = smallestAddition(input.highTechIncomeFen, input.totalIncomeFen, p.minHighTechIncomePercent);
    const points = percentPointsShort(input.highTechIncomeFen, input.totalIncomeFen, p.minHighTechIncomePercent);
    gaps.push({
      code: 'hte.high-tech-income',
      unit: 'fen',
      amount: more,
      words: {
        zh: `高新技术产品（服务）收入占比还差 ${points} 个百分点（该收入至少还需增加 ${moneyWords(more).zh}，总收入随之增加）`,
        en: `high-tech income ${points} percentage points short (at least ${moneyWords(more).en} more of it, which adds to total income too)`,
      },
    });
  }

  // (七) innovation score > 70, as a range.
  const innovation = scoreInnovation(input, p);
  reasons.push(...innovation.lines);
  const { score } = innovation;
  const scoreCondition: ScoreCondition =
    score.min >= p.passScore ? 'surely_met' : score.max >= p.passScore ? 'possibly_met' : 'surely_not_met';
  const scoreOutcome: ConditionOutcome =
    scoreCondition === 'surely_met' ? 'met' : scoreCondition === 'possibly_met' ? 'needs_data' : 'not_met';
  const scoreWords = {
    surely_met: { zh: '确定达到', en: 'surely met' },
    possibly_met: { zh: '可能达到，取决于专家评分', en: 'possibly met, depending on the experts' },
    surely_not_met: { zh: '确定达不到', en: 'surely not met' },
  }[scoreCondition];
  reasons.push({
    code: 'hte.innovation',
    values: { min: score.min, max: score.max, passScore: p.passScore, scoreCondition },
    points: null,
    outcome: scoreOutcome,
    rule: {
      zh: `创新能力评价 ${score.min}–${score.max} 分，须 70 分以上（不含 70 分，即至少 ${p.passScore} 分）：${scoreWords.zh}`,
      en: `innovation score ${score.min}–${score.max}; needs more than 70 (at least ${p.passScore} in whole points): ${scoreWords.en}`,
    },
    cite: c.innovation,
  });
  outcomes.push(scoreOutcome);
  if (scoreCondition === 'surely_not_met')
    gaps.push({
      code: 'hte.innovation',
      unit: 'points',
      amount: p.passScore - score.max,
      words: {
        zh: `创新能力评价最高 ${score.max} 分，至少还差 ${p.passScore - score.max} 分`,
        en: `innovation score at most ${score.max}: at least ${p.passScore - score.max} points short`,
      },
    });
  else if (scoreCondition === 'possibly_met')
    gaps.push({
      code: 'hte.innovation-uncertain',
      unit: 'points',
      amount: p.passScore - score.min,
      words: {
        zh: `创新能力评价最低 ${score.min} 分，要确定达到还差 ${p.passScore - score.min} 分`,
        en: `innovation score at least ${score.min}: ${p.passScore - score.min} points short of a sure pass`,
      },
    });

  // (八) no major accident or violation in the year before.
  outcomes.push(
    condition(
      'incident',
      flagOutcome(input.majorIncident, false),
      { majorIncident: input.majorIncident ?? null },
      {
        zh: '申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为',
        en: 'no major safety or quality accident or serious environmental violation in the year before applying',
      },
      c.incident,
    ),
  );

  const verdict = allOf(outcomes);
  return {
    packId: pack.id,
    assessedOn,
    eligible: verdict === 'eligible',
    verdict,
    score,
    parts: innovation.parts,
    scoreCondition,
    gaps,
    missing: missingCodes(reasons),
    note: p.note,
    reasons,
  };
}
