import { type Explanation, percentText, type Words } from '../rules/rule-pack.ts';
import { moneyWords, ratioAtLeast } from './exact.ts';
import { anyOf, type ConditionOutcome } from './outcome.ts';
import {
  type Criterion,
  debtOutcome,
  every,
  growthCriterion,
  known,
  mainBusinessCriterion,
  reasonAdder,
  required,
  type SpecialisedCriteria,
  type SpecialisedInput,
  type SpecialisedYear,
  type Tier,
} from './specialised.common.ts';
import type { Specialised2022Params } from './specialised.packs.ts';

/** Where each criterion stands in 工信部企业〔2022〕63号 (附件2: 专精特新中小企业; 附件3: “小巨人”). */
const ARTICLES: Record<Tier, Record<string, string>> = {
  provincial: {
    'niche-years': '附件2 一、认定条件（一）',
    rd: '附件2 一、认定条件（二）',
    revenue: '附件2 一、认定条件（三）',
    score: '附件2 一、认定条件（四）；二、评价指标',
    direct: '附件2 一、认定条件（四）1—4',
  },
  giant: {
    'niche-years': '附件3（一）专业化指标',
    'main-business': '附件3（一）专业化指标',
    growth: '附件3（一）专业化指标',
    'information-system': '附件3（二）精细化指标',
    certification: '附件3（二）精细化指标',
    debt: '附件3（二）精细化指标',
    market: '附件3（三）特色化指标',
    'own-brand': '附件3（三）特色化指标',
    rd: '附件3（四）1. 一般性条件（1）',
    'rd-institution': '附件3（四）1. 一般性条件（2）',
    ip: '附件3（四）1. 一般性条件（3）',
    'innovation-direct': '附件3（四）2. 创新直通条件',
    chain: '附件3（五）产业链配套指标',
    'key-field': '附件3（六）主导产品所属领域指标',
  },
};

const dash = (v: unknown) => (v === undefined || v === null ? '—' : String(v));
const money = (fen: number | null | undefined): Words =>
  fen === null || fen === undefined ? { zh: '—', en: '—' } : moneyWords(fen);
const bpText = (bp: number | undefined) => (bp === undefined ? '—' : `${(bp / 100).toFixed(2)}%`);

/**
 * The criteria of 工信部企业〔2022〕63号. Province-level (附件2 一): all four conditions, the fourth met by the
 * evaluation score or by one of the direct routes. 小巨人 (附件3): the 专、精、特、新、链、品 criteria, the innovation
 * criterion met by its three general conditions together or by a direct route. The qualitative criteria are facts the
 * enterprise states; unknown, they need data.
 */
export function check2022(input: SpecialisedInput, params: Specialised2022Params): SpecialisedCriteria {
  const { provincial: pv, giant: gt } = params;
  const reasons: Explanation[] = [];
  const add = reasonAdder(reasons, (tier, code) => ({
    document: params.document,
    article: ARTICLES[tier][code] ?? '',
  }));
  const notNeeded: string[] = [];
  const use = (tier: Tier, code: string, c: Criterion) => add(tier, code, c.outcome, c.values, c.rule);
  const latest = input.years[input.years.length - 1] as SpecialisedYear;
  const lastTwo = input.years.length >= 2 ? input.years.slice(-2) : null;
  const rdTwo = lastTwo ? lastTwo.reduce((a, y) => a + y.rdFen, 0) : null;
  const awards = input.scienceAwards;
  const awardWithin = (level: 'provincial' | 'national', maxRank: number): ConditionOutcome =>
    awards === undefined
      ? 'needs_data'
      : awards.some((a) => a.level === level && a.rank <= maxRank)
        ? 'met'
        : 'not_met';
  const makerWithin = (maxRank: number): ConditionOutcome =>
    input.makerChinaRank === undefined
      ? 'needs_data'
      : input.makerChinaRank !== null && input.makerChinaRank <= maxRank
        ? 'met'
        : 'not_met';
  const awardsText = {
    zh:
      awards === undefined
        ? '—'
        : awards.length === 0
          ? '无'
          : awards.map((a) => `${a.level === 'national' ? '国家级' : '省级'}第 ${a.rank} 名`).join('、'),
    en:
      awards === undefined
        ? '—'
        : awards.length === 0
          ? 'none'
          : awards.map((a) => `${a.level} rank ${a.rank}`).join(', '),
  };
  const makerText = {
    zh:
      input.makerChinaRank === undefined
        ? '—'
        : input.makerChinaRank === null
          ? '未入围'
          : `第 ${input.makerChinaRank} 名`,
    en:
      input.makerChinaRank === undefined
        ? '—'
        : input.makerChinaRank === null
          ? 'not listed'
          : `rank ${input.makerChinaRank}`,
  };

  // Province-level 专精特新中小企业 (附件2 一、认定条件: all four).
  const rdPct = percentText(latest.rdFen, latest.revenueFen);
  const score = add(
    'provincial',
    'score',
    known(input.provincialScore, (s) => s >= pv.minScore),
    { score: input.provincialScore ?? null, min: pv.minScore },
    {
      zh: `评价得分 ${dash(input.provincialScore)} 分，须达到 ${pv.minScore} 分以上（或满足下列直通条件之一）`,
      en: `evaluation score ${dash(input.provincialScore)}; needs ${pv.minScore} or more (or one of the direct routes below)`,
    },
  );
  const d = pv.direct;
  const direct = add(
    'provincial',
    'direct',
    anyOf([
      awardWithin('provincial', d.provincialAwardMaxRank),
      awardWithin('national', d.nationalAwardMaxRank),
      rdTwo === null ? 'needs_data' : rdTwo >= 2 * d.minRdAverageTwoYearsFen ? 'met' : 'not_met',
      known(input.equityFinancing2yFen, (f) => f >= d.minEquityFinancingFen),
      makerWithin(d.makerChinaMaxRank),
    ]),
    {
      awards: awardsText.zh,
      rdTwoYearsFen: rdTwo,
      equityFinancing2yFen: input.equityFinancing2yFen ?? null,
      makerChinaRank: input.makerChinaRank ?? null,
    },
    {
      zh: `直通条件（满足一项即可）：近三年获省级科技奖励并在获奖单位中排名前 ${d.provincialAwardMaxRank}，或获国家级科技奖励并排名前 ${d.nationalAwardMaxRank}（${awardsText.zh}）；近 2 年研发费用均值 ${rdTwo === null ? '—' : moneyWords(Math.floor(rdTwo / 2)).zh}，须 ${moneyWords(d.minRdAverageTwoYearsFen).zh}以上；近 2 年新增股权融资 ${money(input.equityFinancing2yFen).zh}，须 ${moneyWords(d.minEquityFinancingFen).zh}以上；近三年进入“创客中国”中小企业创新创业大赛全国 ${d.makerChinaMaxRank} 强企业组（${makerText.zh}）`,
      en: `direct routes (any one): a provincial S&T award in the last three years ranked in the top ${d.provincialAwardMaxRank} of the awarded units, or a national one in the top ${d.nationalAwardMaxRank} (${awardsText.en}); average R&D over the last 2 years ${rdTwo === null ? '—' : moneyWords(Math.floor(rdTwo / 2)).en}, needs ${moneyWords(d.minRdAverageTwoYearsFen).en}; new equity financing over 2 years ${money(input.equityFinancing2yFen).en}, needs ${moneyWords(d.minEquityFinancingFen).en}; the national top ${d.makerChinaMaxRank} of the "Maker China" enterprise group in the last three years (${makerText.en})`,
    },
  );
  const scoreOrDirect = anyOf([score, direct]);
  if (scoreOrDirect === 'met') notNeeded.push('specialised.provincial.score', 'specialised.provincial.direct');
  const p: ConditionOutcome[] = [
    add(
      'provincial',
      'niche-years',
      known(input.nicheYears, (y) => y >= pv.minNicheYears),
      { nicheYears: input.nicheYears ?? null, min: pv.minNicheYears },
      {
        zh: `从事特定细分市场时间 ${dash(input.nicheYears)} 年，须达到 ${pv.minNicheYears} 年以上`,
        en: `${dash(input.nicheYears)} years in a niche market; needs ${pv.minNicheYears} or more`,
      },
    ),
    add(
      'provincial',
      'rd',
      latest.rdFen >= pv.minRdFen && ratioAtLeast(latest.rdFen, latest.revenueFen, pv.minRdPercent) ? 'met' : 'not_met',
      {
        rdFen: latest.rdFen,
        revenueFen: latest.revenueFen,
        percent: rdPct,
        minFen: pv.minRdFen,
        minPercent: pv.minRdPercent,
      },
      {
        zh: `上一年度研发费用 ${moneyWords(latest.rdFen).zh}，占营业收入 ${rdPct}%，须不低于 ${moneyWords(pv.minRdFen).zh}且不低于 ${pv.minRdPercent}%`,
        en: `last year's R&D ${moneyWords(latest.rdFen).en}, ${rdPct}% of revenue; needs at least ${moneyWords(pv.minRdFen).en} and ${pv.minRdPercent}%`,
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
        zh: `上一年度营业收入 ${moneyWords(latest.revenueFen).zh}，须在 ${moneyWords(pv.minRevenueFen).zh}以上；不足时近 2 年新增股权融资（合格机构投资者实缴额）须达到 ${moneyWords(pv.minEquityFinancingFen).zh}以上（${money(input.equityFinancing2yFen).zh}）`,
        en: `last year's revenue ${moneyWords(latest.revenueFen).en}; needs ${moneyWords(pv.minRevenueFen).en}, or below it new equity financing (paid in by qualified institutional investors) of ${moneyWords(pv.minEquityFinancingFen).en} over two years (${money(input.equityFinancing2yFen).en})`,
      },
    ),
    scoreOrDirect,
  ];

  // 专精特新"小巨人" (附件3: 专、精、特、新、链、品, all six).
  const debtPct = percentText(input.liabilitiesFen, input.totalAssetsFen);
  const b = gt.rdBands;
  const rdShares = (lastTwo ?? []).map((y) => `${percentText(y.rdFen, y.revenueFen)}%`).join('，') || '—';
  const rdEachYear = (min: number): ConditionOutcome =>
    lastTwo === null
      ? 'needs_data'
      : lastTwo.every((y) => ratioAtLeast(y.rdFen, y.revenueFen, min))
        ? 'met'
        : 'not_met';
  const rdGeneral: { outcome: ConditionOutcome; words: Words } =
    latest.revenueFen >= b.highRevenueFen
      ? {
          outcome: rdEachYear(b.highRdPercent),
          words: {
            zh: `上年度营业收入 ${moneyWords(latest.revenueFen).zh}（${moneyWords(b.highRevenueFen).zh}以上），近 2 年研发费用占营业收入比重均须不低于 ${b.highRdPercent}%（${rdShares}）`,
            en: `last year's revenue ${moneyWords(latest.revenueFen).en} (${moneyWords(b.highRevenueFen).en} or more): R&D of at least ${b.highRdPercent}% of revenue in each of the last 2 years (${rdShares})`,
          },
        }
      : latest.revenueFen >= b.midRevenueFen
        ? {
            outcome: rdEachYear(b.midRdPercent),
            words: {
              zh: `上年度营业收入 ${moneyWords(latest.revenueFen).zh}（${moneyWords(b.midRevenueFen).zh}—${moneyWords(b.highRevenueFen).zh}），近 2 年研发费用占营业收入比重均须不低于 ${b.midRdPercent}%（${rdShares}）`,
              en: `last year's revenue ${moneyWords(latest.revenueFen).en} (${moneyWords(b.midRevenueFen).en} to ${moneyWords(b.highRevenueFen).en}): R&D of at least ${b.midRdPercent}% of revenue in each of the last 2 years (${rdShares})`,
            },
          }
        : {
            // "近2年" is read as covering both the equity financing and the R&D total of the same sentence.
            outcome: every([
              known(input.equityFinancing2yFen, (f) => f >= b.lowMinEquityFinancingFen),
              rdTwo === null ? 'needs_data' : rdTwo >= b.lowMinRdTwoYearsFen ? 'met' : 'not_met',
              known(input.rdStaffBp, (bp) => bp >= b.lowMinRdStaffPercent * 100),
            ]),
            words: {
              zh: `上年度营业收入 ${moneyWords(latest.revenueFen).zh}（${moneyWords(b.midRevenueFen).zh}以下），须同时满足：近 2 年新增股权融资 ${money(input.equityFinancing2yFen).zh}，须 ${moneyWords(b.lowMinEquityFinancingFen).zh}以上；近 2 年研发费用总额 ${money(rdTwo).zh}，须 ${moneyWords(b.lowMinRdTwoYearsFen).zh}以上；研发人员占职工总数 ${bpText(input.rdStaffBp)}，须 ${b.lowMinRdStaffPercent}% 以上`,
              en: `last year's revenue ${moneyWords(latest.revenueFen).en} (below ${moneyWords(b.midRevenueFen).en}): all of new equity financing over 2 years ${money(input.equityFinancing2yFen).en}, needs ${moneyWords(b.lowMinEquityFinancingFen).en}; R&D over the last 2 years ${money(rdTwo).en}, needs ${moneyWords(b.lowMinRdTwoYearsFen).en}; R&D staff ${bpText(input.rdStaffBp)} of employees, needs ${b.lowMinRdStaffPercent}%`,
            },
          };
  const general = [
    add(
      'giant',
      'rd',
      rdGeneral.outcome,
      { revenueFen: latest.revenueFen, rdTwoYearsFen: rdTwo, rdStaffBp: input.rdStaffBp ?? null },
      rdGeneral.words,
    ),
    add(
      'giant',
      'rd-institution',
      required(input.rdInstitution),
      { rdInstitution: input.rdInstitution ?? null },
      {
        zh: '自建或与高等院校、科研机构联合建立研发机构（研发机构、技术研究院、企业技术中心、企业工程（技术）中心、院士专家工作站、博士后工作站等）',
        en: 'an R&D institution of its own or built with a university or research institute (R&D centre, technology institute, enterprise technology or engineering centre, academician or postdoctoral workstation)',
      },
    ),
    add(
      'giant',
      'ip',
      input.ip1Count >= gt.minIp1 ? 'met' : 'not_met',
      { ip1Count: input.ip1Count, min: gt.minIp1 },
      {
        zh: `与主导产品相关的Ⅰ类知识产权 ${input.ip1Count} 项，须 ${gt.minIp1} 项以上，且实际应用并已产生经济效益`,
        en: `${input.ip1Count} class I IP related to the main product; needs ${gt.minIp1} or more, applied and earning`,
      },
    ),
  ];
  const innovationDirect = add(
    'giant',
    'innovation-direct',
    anyOf([awardWithin('national', gt.direct.nationalAwardMaxRank), makerWithin(gt.direct.makerChinaMaxRank)]),
    { awards: awardsText.zh, makerChinaRank: input.makerChinaRank ?? null },
    {
      zh: `创新直通条件（可替代上列一般性条件，满足一项即可）：近三年获得国家级科技奖励并在获奖单位中排名前 ${gt.direct.nationalAwardMaxRank}（${awardsText.zh}）；近三年进入“创客中国”中小企业创新创业大赛全国 ${gt.direct.makerChinaMaxRank} 强企业组（${makerText.zh}）`,
      en: `direct innovation routes (instead of the general conditions above; any one): a national S&T award in the last three years ranked in the top ${gt.direct.nationalAwardMaxRank} (${awardsText.en}); the national top ${gt.direct.makerChinaMaxRank} of the "Maker China" enterprise group in the last three years (${makerText.en})`,
    },
  );
  const generalMet = every(general);
  if (generalMet === 'met') notNeeded.push('specialised.giant.innovation-direct');
  if (innovationDirect === 'met')
    notNeeded.push('specialised.giant.rd', 'specialised.giant.rd-institution', 'specialised.giant.ip');
  const g: ConditionOutcome[] = [
    add(
      'giant',
      'niche-years',
      known(input.nicheYears, (y) => y >= gt.minNicheYears),
      { nicheYears: input.nicheYears ?? null, min: gt.minNicheYears },
      {
        zh: `截至上年末从事特定细分市场时间 ${dash(input.nicheYears)} 年，须达到 ${gt.minNicheYears} 年以上`,
        en: `${dash(input.nicheYears)} years in a niche market at the end of last year; needs ${gt.minNicheYears} or more`,
      },
    ),
    use('giant', 'main-business', mainBusinessCriterion(latest, gt.minMainBusinessPercent)),
    use('giant', 'growth', growthCriterion(input.years, gt.minGrowthPercent)),
    add(
      'giant',
      'information-system',
      required(input.informationSystem),
      { informationSystem: input.informationSystem ?? null },
      {
        zh: '研发设计、生产制造、供应链管理等环节至少 1 项核心业务采用信息系统支撑',
        en: 'at least one core business (R&D design, production, supply chain) supported by an information system',
      },
    ),
    add(
      'giant',
      'certification',
      required(input.managementCertified),
      { managementCertified: input.managementCertified ?? null },
      {
        zh: '取得相关管理体系认证，或产品通过发达国家和地区产品认证（国际标准协会行业认证）',
        en: 'a management-system certification, or product certification of a developed country or region',
      },
    ),
    add(
      'giant',
      'debt',
      debtOutcome(input, gt.maxDebtPercent),
      { percent: debtPct, max: gt.maxDebtPercent },
      {
        zh: `截至上年末资产负债率 ${debtPct}%，须不高于 ${gt.maxDebtPercent}%`,
        en: `debt ratio at the end of last year ${debtPct}%; at most ${gt.maxDebtPercent}%`,
      },
    ),
    add(
      'giant',
      'market',
      known(input.marketShareBp, (bp) => bp >= gt.minMarketSharePercent * 100),
      { marketShareBp: input.marketShareBp ?? null, minPercent: gt.minMarketSharePercent },
      {
        zh: `主导产品全国细分市场占有率 ${bpText(input.marketShareBp)}，须达到 ${gt.minMarketSharePercent}% 以上`,
        en: `national niche market share of the main product ${bpText(input.marketShareBp)}; needs ${gt.minMarketSharePercent}% or more`,
      },
    ),
    add(
      'giant',
      'own-brand',
      required(input.ownBrand),
      { ownBrand: input.ownBrand ?? null },
      {
        zh: '拥有直接面向市场并具有竞争优势的自主品牌',
        en: 'its own brand, sold directly on the market with a competitive edge',
      },
    ),
    anyOf([generalMet, innovationDirect]),
    add(
      'giant',
      'chain',
      required(input.chainRole),
      { chainRole: input.chainRole ?? null },
      {
        zh: '位于产业链关键环节，围绕重点产业链实现关键基础技术和产品的产业化应用，发挥“补短板”“锻长板”“填空白”等作用',
        en: 'at a key link of an industrial chain, bringing key basic technologies and products into use ("fill gaps, lengthen strengths")',
      },
    ),
    add(
      'giant',
      'key-field',
      required(input.keyField),
      { keyField: input.keyField ?? null },
      {
        zh: '主导产品原则上属于制造业核心基础零部件、元器件、关键软件、先进基础工艺、关键基础材料和产业技术基础，或制造强国战略十大重点产业领域，或网络强国建设的信息基础设施、关键核心技术、网络安全、数字经济等领域',
        en: 'the main product in principle in the core basic parts, components, key software, basic processes, materials and technology of manufacturing, the ten key industries of the manufacturing strategy, or the information infrastructure, key core technologies, cyber security and digital economy of the network strategy',
      },
    ),
  ];
  // Shown in the order of the document (the order of ARTICLES), whatever order they were worked out in.
  const order = [
    ...Object.keys(ARTICLES.provincial).map((c) => `specialised.provincial.${c}`),
    ...Object.keys(ARTICLES.giant).map((c) => `specialised.giant.${c}`),
  ];
  reasons.sort((x, y) => order.indexOf(x.code) - order.indexOf(y.code));
  return { provincial: p, giant: g, reasons, notNeeded };
}
