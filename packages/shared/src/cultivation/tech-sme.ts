import {
  type Band,
  type Explanation,
  packInForce,
  percentText,
  type RulePack,
  ratioBand,
  valueBand,
  type Words,
} from '../rules/rule-pack.ts';
import { moneyWords } from './exact.ts';
import {
  allOf,
  anyOf,
  type ConditionOutcome,
  flagOutcome,
  missingCodes,
  needsDataWords,
  type Verdict,
} from './outcome.ts';
import { type TechSmeParams, techSmePacks } from './tech-sme.packs.ts';

/** What the enterprise reports for 科技型中小企业评价 (last full year; money in fen). */
export type TechSmeInput = {
  employees: number;
  techStaff: number;
  salesFen: number;
  rdExpenseFen: number;
  totalCostFen: number;
  totalAssetsFen: number;
  /** Valid Ⅰ类 IP related to the main products (invention patents, plant varieties, new drugs, …). */
  ip1Count: number;
  /** Valid Ⅱ类 IP (utility models, designs, software copyrights; not trademarks). */
  ip2Count: number;
  /** Resident enterprise registered in mainland China. */
  resident?: boolean;
  /** Products or services in a prohibited, restricted or eliminated category. */
  prohibitedIndustry?: boolean;
  /** A major safety or quality accident, serious environmental violation or research misconduct this or last year. */
  majorIncident?: boolean;
  /** On the 严重违法失信企业名单. */
  dishonestList?: boolean;
  /** On the 经营异常名录. */
  abnormalOperation?: boolean;
  hteCertificateValid?: boolean;
  nationalAward5y?: boolean;
  provincialRdInstitution?: boolean;
  ledStandard5y?: boolean;
};

export type TechSmeResult = {
  packId: string;
  assessedOn: string;
  score: number;
  parts: { techStaff: number; rd: number; ip: number };
  /** True only when surely eligible. */
  eligible: boolean;
  verdict: Verdict;
  /** One of 第七条's direct qualifications is given as true. */
  directlyQualified: boolean;
  /** Codes of the lines that cannot be decided without more data. */
  missing: string[];
  /** The pack's note (e.g. the 2026 transition), or null. */
  note: Words | null;
  reasons: Explanation[];
};

/** Bands in words, e.g. "≥30% 20分；≥25% 16分；…". */
export function bandsWords(bands: readonly Band[], unit: Words): Words {
  return {
    zh: bands.map((b) => `≥${b.atLeast}${unit.zh} ${b.points}分`).join('；'),
    en: bands.map((b) => `≥${b.atLeast}${unit.en}: ${b.points}`).join('; '),
  };
}

const PCT: Words = { zh: '%', en: '%' };
const ITEMS: Words = { zh: '项', en: '' };

/**
 * 科技型中小企业评价 of `input` by the version in force on `assessedOn` (YYYY-MM-DD). The score is always computed;
 * a condition whose fact is not given is 'needs_data', and the verdict is then 'needs_data' unless another
 * condition already fails (never a guess either way).
 */
export function evaluateTechSme(
  input: TechSmeInput,
  assessedOn: string,
  packs: readonly RulePack<TechSmeParams>[] = techSmePacks,
): TechSmeResult {
  const pack = packInForce(packs, assessedOn);
  const p = pack.params;
  const c = p.cite;
  const reasons: Explanation[] = [];
  const condition = (
    code: string,
    outcome: ConditionOutcome,
    values: Explanation['values'],
    rule: Words,
    cite = c.size,
  ): ConditionOutcome => {
    reasons.push({
      code: `tech-sme.${code}`,
      values,
      points: null,
      outcome,
      rule: outcome === 'needs_data' ? needsDataWords(rule) : rule,
      cite,
    });
    return outcome;
  };

  // Conditions 1–4 (第六条(一)–(四)).
  const gates: ConditionOutcome[] = [
    condition(
      'resident',
      flagOutcome(input.resident, true),
      { resident: input.resident ?? null },
      { zh: '在中国境内（不含港、澳、台）注册的居民企业', en: 'resident enterprise registered in mainland China' },
      c.resident,
    ),
    condition(
      'employees',
      input.employees <= p.maxEmployees ? 'met' : 'not_met',
      { employees: input.employees, max: p.maxEmployees },
      {
        zh: `职工总数 ${input.employees} 人，不超过 ${p.maxEmployees} 人`,
        en: `${input.employees} employees, at most ${p.maxEmployees}`,
      },
    ),
    condition(
      'sales',
      input.salesFen <= p.maxSalesFen ? 'met' : 'not_met',
      { salesFen: input.salesFen, maxFen: p.maxSalesFen },
      {
        zh: `年销售收入 ${moneyWords(input.salesFen).zh}，不超过 2 亿元（含）`,
        en: `annual sales ${moneyWords(input.salesFen).en}, at most ¥200 million (inclusive)`,
      },
    ),
    condition(
      'total-assets',
      input.totalAssetsFen <= p.maxTotalAssetsFen ? 'met' : 'not_met',
      { totalAssetsFen: input.totalAssetsFen, maxFen: p.maxTotalAssetsFen },
      {
        zh: `资产总额 ${moneyWords(input.totalAssetsFen).zh}，不超过 2 亿元（含）`,
        en: `total assets ${moneyWords(input.totalAssetsFen).en}, at most ¥200 million (inclusive)`,
      },
    ),
    condition(
      'industry',
      flagOutcome(input.prohibitedIndustry, false),
      { prohibitedIndustry: input.prohibitedIndustry ?? null },
      {
        zh: '产品和服务不属于国家规定的禁止、限制和淘汰类',
        en: 'products and services not in a prohibited, restricted or eliminated category',
      },
      c.industry,
    ),
    condition(
      'major-incident',
      flagOutcome(input.majorIncident, false),
      { majorIncident: input.majorIncident ?? null },
      {
        zh: '上一年及当年未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为',
        en: 'no major safety or quality accident, serious environmental violation or research misconduct this or last year',
      },
      c.conduct,
    ),
    condition(
      'dishonest-list',
      flagOutcome(input.dishonestList, false),
      { dishonestList: input.dishonestList ?? null },
      { zh: '未列入严重违法失信企业名单', en: 'not on the list of seriously dishonest enterprises' },
      c.conduct,
    ),
    condition(
      'abnormal-operation',
      flagOutcome(input.abnormalOperation, false),
      { abnormalOperation: input.abnormalOperation ?? null },
      { zh: '未列入经营异常名录', en: 'not on the list of abnormal operations' },
      c.conduct,
    ),
  ];

  // The score (附件 一).
  const staffBand = ratioBand(input.techStaff, input.employees, p.techStaffBands);
  const staffPct = percentText(input.techStaff, input.employees);
  reasons.push({
    code: 'tech-sme.score.tech-staff',
    values: { techStaff: input.techStaff, employees: input.employees, percent: staffPct },
    points: staffBand.points,
    outcome: 'scored',
    rule: {
      zh: `科技人员 ${input.techStaff} 人 ÷ 职工总数 ${input.employees} 人 = ${staffPct}%，得 ${staffBand.points} 分（满分 20；${bandsWords(p.techStaffBands, PCT).zh}，下限含）`,
      en: `tech staff ${input.techStaff} ÷ employees ${input.employees} = ${staffPct}%: ${staffBand.points} points (of 20; ${bandsWords(p.techStaffBands, PCT).en}, lower bound inclusive)`,
    },
    cite: c.techStaff,
  });

  const bySales = ratioBand(input.rdExpenseFen, input.salesFen, p.rdSalesBands);
  const byCost = ratioBand(input.rdExpenseFen, input.totalCostFen, p.rdCostBands);
  const rdPoints = Math.max(bySales.points, byCost.points);
  const salesPct = percentText(input.rdExpenseFen, input.salesFen);
  const costPct = percentText(input.rdExpenseFen, input.totalCostFen);
  const chose = bySales.points >= byCost.points ? 'sales' : 'cost';
  reasons.push({
    code: 'tech-sme.score.rd',
    values: {
      rdExpenseFen: input.rdExpenseFen,
      salesFen: input.salesFen,
      totalCostFen: input.totalCostFen,
      salesPercent: salesPct,
      costPercent: costPct,
      pointsBySales: bySales.points,
      pointsByCost: byCost.points,
      chose,
    },
    points: rdPoints,
    outcome: 'scored',
    rule: {
      zh: `研发投入取两项中得分较高者：研发费用占销售收入 ${salesPct}% 得 ${bySales.points} 分（${bandsWords(p.rdSalesBands, PCT).zh}）；占成本费用支出 ${costPct}% 得 ${byCost.points} 分（${bandsWords(p.rdCostBands, PCT).zh}）；取 ${rdPoints} 分（满分 50）`,
      en: `R&D input, the better of: R&D ÷ sales ${salesPct}% gives ${bySales.points} (${bandsWords(p.rdSalesBands, PCT).en}); R&D ÷ total cost ${costPct}% gives ${byCost.points} (${bandsWords(p.rdCostBands, PCT).en}); ${rdPoints} points (of 50)`,
    },
    cite: c.rd,
  });

  const ipPoints = input.ip1Count >= 1 ? p.ip1Points : valueBand(input.ip2Count, p.ip2Bands).points;
  reasons.push({
    code: 'tech-sme.score.ip',
    values: { ip1Count: input.ip1Count, ip2Count: input.ip2Count },
    points: ipPoints,
    outcome: 'scored',
    rule: {
      zh: `Ⅰ类知识产权 ${input.ip1Count} 项、Ⅱ类 ${input.ip2Count} 项，得 ${ipPoints} 分（满分 30；1 项及以上Ⅰ类 ${p.ip1Points} 分，否则Ⅱ类 ${bandsWords(p.ip2Bands, ITEMS).zh}）`,
      en: `${input.ip1Count} class I and ${input.ip2Count} class II IP: ${ipPoints} points (of 30; any class I ${p.ip1Points}, otherwise class II ${bandsWords(p.ip2Bands, { zh: '', en: '' }).en})`,
    },
    cite: c.ip,
  });

  const score = staffBand.points + rdPoints + ipPoints;
  const scoreOutcome = score >= p.passScore && staffBand.points > 0 ? 'met' : 'not_met';
  condition(
    'score',
    scoreOutcome,
    { score, passScore: p.passScore, techStaffPoints: staffBand.points },
    {
      zh: `综合得分 ${score} 分，须不低于 ${p.passScore} 分且科技人员指标得分不为 0（${staffBand.points} 分）`,
      en: `score ${score}: needs at least ${p.passScore} with the tech-staff part above 0 (it is ${staffBand.points})`,
    },
    c.score,
  );

  // Direct qualification (第七条): one true suffices; all false rules it out.
  const direct = [
    input.hteCertificateValid,
    input.nationalAward5y,
    input.provincialRdInstitution,
    input.ledStandard5y,
  ].map((f) => flagOutcome(f, true));
  const directOutcome = anyOf(direct);
  const directlyQualified = directOutcome === 'met';
  // Whether a direct qualification is known matters only when the score does not already qualify.
  const qualifies: ConditionOutcome = scoreOutcome === 'met' ? 'met' : directOutcome;
  condition(
    'direct',
    directOutcome,
    {
      hteCertificateValid: input.hteCertificateValid ?? null,
      nationalAward5y: input.nationalAward5y ?? null,
      provincialRdInstitution: input.provincialRdInstitution ?? null,
      ledStandard5y: input.ledStandard5y ?? null,
      neededForVerdict: scoreOutcome !== 'met',
    },
    {
      zh: '直接确认（第六条第一至四项仍须满足）：有效期内高新技术企业证书、近五年国家级科技奖励（获奖单位前三名）、省部级以上研发机构、近五年主导制定国际/国家/行业标准，满足其一',
      en: 'direct qualification (conditions 1–4 still required): a valid high-tech enterprise certificate, a national S&T award in the last 5 years (top-3 unit), a provincial-level or higher R&D institution, or having led an international, national or industry standard in the last 5 years',
    },
    c.direct,
  );

  const verdict = allOf([...gates, qualifies]);
  const missing = missingCodes(reasons).filter((code) => code !== 'tech-sme.direct' || scoreOutcome !== 'met');
  return {
    packId: pack.id,
    assessedOn,
    score,
    parts: { techStaff: staffBand.points, rd: rdPoints, ip: ipPoints },
    eligible: verdict === 'eligible',
    verdict,
    directlyQualified,
    missing,
    note: p.note,
    reasons,
  };
}
