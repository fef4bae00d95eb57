import type { IndustrySection } from '../common/enums.ts';
import type { Citation, RulePack, Words } from '../rules/rule-pack.ts';

/** The kinds of enterprise whose extra-deduction rate differs in some years. */
export type DeductionKind = 'general' | 'manufacturing' | 'techSme' | 'icOrMachineTool';

export type DeductionRate = {
  /** Extra deduction, percent of expensed R&D; capitalised R&D is amortised at 100 % + this. */
  percent: number;
  cite: Citation;
};

/** 研发费用加计扣除 in one span of tax years. */
export type RdDeductionParams = {
  rates: { general: DeductionRate } & Partial<Record<Exclude<DeductionKind, 'general'>, DeductionRate>>;
  /** 其他相关费用 ≤ (the other five categories) × 10 % ÷ (1 − 10 %). */
  otherCostsCapPercent: number;
  /** Before 2021 the cap was computed per R&D project; from 2021 over all projects together. */
  otherCostsCapPerProject: boolean;
  /** Commissioned R&D counts at this percent of its cost. */
  commissionedPercent: number;
  /** Commissioned abroad: whether it counts at all, and its cap as a fraction of the qualifying domestic R&D. */
  abroad: { allowed: boolean; capNum: number; capDen: number; cite: Citation };
  cite: Record<
    'categories' | 'otherCostsCap' | 'otherCostsCapUnified' | 'commissioned' | 'excluded' | 'industryCodes',
    Citation
  >;
  note: Words | null;
};

const DOC_119 = '财税〔2015〕119号';
const DOC_97 = '国家税务总局公告2015年第97号';
const DOC_2021_28 = '国家税务总局公告2021年第28号';
const DOC_64 = '财税〔2018〕64号';
const GB = 'GB/T 4754—2017《国民经济行业分类》';

/** Items every period shares. */
const common = {
  otherCostsCapPercent: 10,
  commissionedPercent: 80,
  cite: {
    // 119号 一、(一) 1–6: 人员人工, 直接投入, 折旧, 无形资产摊销, 新产品设计等, 其他相关费用.
    categories: { document: DOC_119, article: '一、（一）' },
    // 97号 一、(六): 其他相关费用限额 = 第1至5项之和 × 10% ÷ (1 − 10%).
    otherCostsCap: { document: DOC_97, article: '一、（六）' },
    // 2021年第28号 二: from 2021 the cap is computed once over all R&D projects, not per project.
    otherCostsCapUnified: { document: DOC_2021_28, article: '二' },
    // 119号 二、1: commissioned R&D counts at 80 % of the cost actually incurred.
    commissioned: { document: DOC_119, article: '二、1' },
    // 119号 四: 烟草制造业, 住宿和餐饮业, 批发和零售业, 房地产业, 租赁和商务服务业, 娱乐业 (main business) excluded.
    excluded: { document: DOC_119, article: '四' },
    // The codes of those industries in the current classification (119号 四 follows its updates).
    industryCodes: { document: GB, article: '门类 F、H、K、L，大类 16、90' },
  },
} satisfies Partial<RdDeductionParams>;

const noAbroad: RdDeductionParams['abroad'] = {
  allowed: false,
  capNum: 0,
  capDen: 1,
  // 119号 二、1: R&D commissioned abroad is not deductible (until 财税〔2018〕64号).
  cite: { document: DOC_119, article: '二、1' },
};
const abroad64: RdDeductionParams['abroad'] = {
  allowed: true,
  capNum: 2,
  capDen: 3,
  // 64号 一: abroad at 80 %, deductible up to ⅔ of the qualifying domestic R&D, from 2018-01-01.
  cite: { document: DOC_64, article: '一' },
};

// 119号 一: 50 % of expensed R&D, capitalised R&D amortised at 150 %, from 2016-01-01.
const rate119: DeductionRate = { percent: 50, cite: { document: DOC_119, article: '一' } };
// 99号 一: 75 % (175 %) 2018-01-01 to 2020-12-31; 2021年第6号 一 extends it to 2023-12-31.
const rate99: DeductionRate = { percent: 75, cite: { document: '财税〔2018〕99号', article: '一' } };
const rate99Extended: DeductionRate = {
  percent: 75,
  cite: { document: '财税〔2018〕99号 一；财政部 税务总局公告2021年第6号', article: '一' },
};
// 2021年第13号 一: manufacturing (main business ≥ 50 % of income) 100 % (200 %) from 2021-01-01.
const rate13: DeductionRate = { percent: 100, cite: { document: '财政部 税务总局公告2021年第13号', article: '一' } };
// 2022年第16号 一: 科技型中小企业 100 % (200 %) from 2022-01-01.
const rate16: DeductionRate = {
  percent: 100,
  cite: { document: '财政部 税务总局 科技部公告2022年第16号', article: '一' },
};
// 2023年第7号 一: every eligible enterprise 100 % (200 %) from 2023-01-01, without end date.
const rate7: DeductionRate = { percent: 100, cite: { document: '财政部 税务总局公告2023年第7号', article: '一' } };
// 2023年第44号 一: listed IC and 工业母机 enterprises 120 % (220 %) from 2023-01-01 to 2027-12-31.
const rate44: DeductionRate = {
  percent: 120,
  cite: { document: '财政部 税务总局 国家发展改革委 工业和信息化部公告2023年第44号', article: '一' },
};

const pack = (
  id: string,
  effectiveFrom: string,
  effectiveTo: string | null,
  name: Words,
  params: Omit<RdDeductionParams, keyof typeof common>,
): RulePack<RdDeductionParams> => ({
  id,
  ruleSet: 'rd-deduction',
  name,
  effectiveFrom,
  effectiveTo,
  sources: [
    ...Object.values(params.rates).map((r) => r.cite),
    params.abroad.cite,
    common.cite.otherCostsCap,
    common.cite.excluded,
  ],
  params: { ...common, ...params },
});

/** The versions of 研发费用加计扣除 by tax year (a tax year is assessed on its 1 January), oldest first. */
export const rdDeductionPacks: readonly RulePack<RdDeductionParams>[] = [
  pack(
    'rd-deduction/2016-119',
    '2016-01-01',
    '2016-12-31',
    { zh: '研发费用加计扣除 50%（财税〔2015〕119号）', en: 'R&D super deduction 50% (Cai Shui [2015] No. 119)' },
    { rates: { general: rate119 }, otherCostsCapPerProject: true, abroad: noAbroad, note: null },
  ),
  pack(
    'rd-deduction/2017-34',
    '2017-01-01',
    '2017-12-31',
    {
      zh: '研发费用加计扣除 50%，科技型中小企业 75%（财税〔2017〕34号）',
      en: 'R&D super deduction 50%, tech-based SMEs 75% (Cai Shui [2017] No. 34)',
    },
    {
      // 财税〔2017〕34号 一: 科技型中小企业 75 % (175 %) from 2017-01-01 to 2019-12-31.
      rates: { general: rate119, techSme: { percent: 75, cite: { document: '财税〔2017〕34号', article: '一' } } },
      otherCostsCapPerProject: true,
      abroad: noAbroad,
      note: null,
    },
  ),
  pack(
    'rd-deduction/2018-99',
    '2018-01-01',
    '2020-12-31',
    { zh: '研发费用加计扣除 75%（财税〔2018〕99号）', en: 'R&D super deduction 75% (Cai Shui [2018] No. 99)' },
    { rates: { general: rate99 }, otherCostsCapPerProject: true, abroad: abroad64, note: null },
  ),
  pack(
    'rd-deduction/2021-13',
    '2021-01-01',
    '2021-12-31',
    {
      zh: '研发费用加计扣除 75%，制造业企业 100%（2021年第13号）',
      en: 'R&D super deduction 75%, manufacturers 100% (2021 No. 13)',
    },
    {
      rates: { general: rate99Extended, manufacturing: rate13 },
      otherCostsCapPerProject: false,
      abroad: abroad64,
      note: null,
    },
  ),
  pack(
    'rd-deduction/2022-16',
    '2022-01-01',
    '2022-12-31',
    {
      zh: '研发费用加计扣除 75%，制造业企业、科技型中小企业 100%（2022年第16号）',
      en: 'R&D super deduction 75%, manufacturers and tech-based SMEs 100% (2022 No. 16)',
    },
    {
      rates: { general: rate99Extended, manufacturing: rate13, techSme: rate16 },
      otherCostsCapPerProject: false,
      abroad: abroad64,
      // 2022年第28号 二: enterprises at 75 % got 100 % for 2022-10-01 to 2022-12-31. Modelled as a note: the
      // estimate applies 75 % to the whole year, so it is the lower bound for such an enterprise.
      note: {
        zh: '依财政部 税务总局 科技部公告2022年第28号第二条，适用 75% 比例的企业在 2022-10-01 至 2022-12-31 期间发生的研发费用可按 100% 加计扣除（可按实际发生额或月份平均计算）；本估算全年按 75% 计算，为下限。',
        en: 'Under 2022 No. 28, Article 2, enterprises at 75% could deduct 100% of R&D incurred from 2022-10-01 to 2022-12-31 (actual Q4 amounts or a monthly average); this estimate applies 75% to the whole year, a lower bound.',
      },
    },
  ),
  pack(
    'rd-deduction/2023-7-44',
    '2023-01-01',
    '2027-12-31',
    {
      zh: '研发费用加计扣除 100%，集成电路和工业母机企业 120%（2023年第7号、第44号）',
      en: 'R&D super deduction 100%, IC and machine-tool enterprises 120% (2023 Nos. 7 and 44)',
    },
    {
      rates: { general: rate7, icOrMachineTool: rate44 },
      otherCostsCapPerProject: false,
      abroad: abroad64,
      note: null,
    },
  ),
  pack(
    'rd-deduction/2028-7',
    '2028-01-01',
    null,
    { zh: '研发费用加计扣除 100%（2023年第7号）', en: 'R&D super deduction 100% (2023 No. 7)' },
    { rates: { general: rate7 }, otherCostsCapPerProject: false, abroad: abroad64, note: null },
  ),
];

/** GB/T 4754—2017: the two-digit divisions (大类) each section (门类, `INDUSTRY_SECTIONS` of common/enums) spans. */
export const INDUSTRY_DIVISION_RANGES = {
  A: [1, 5],
  B: [6, 12],
  C: [13, 43],
  D: [44, 46],
  E: [47, 50],
  F: [51, 52],
  G: [53, 60],
  H: [61, 62],
  I: [63, 65],
  J: [66, 69],
  K: [70, 70],
  L: [71, 72],
  M: [73, 75],
  N: [76, 79],
  O: [80, 82],
  P: [83, 83],
  Q: [84, 85],
  R: [86, 90],
  S: [91, 96],
  T: [97, 97],
} as const satisfies Record<IndustrySection, readonly [number, number]>;

/** The division (two digits) lies in the section. */
export function divisionInSection(section: IndustrySection, division: string): boolean {
  const [from, to] = INDUSTRY_DIVISION_RANGES[section];
  const d = Number(division);
  return /^\d{2}$/.test(division) && d >= from && d <= to;
}

/**
 * The excluded industries of 119号 四 in GB/T 4754—2017 codes: whole sections F 批发和零售业, H 住宿和餐饮业,
 * K 房地产业, L 租赁和商务服务业; within a section, division 16 烟草制品业 (C) and 90 娱乐业 (R).
 */
export const EXCLUDED_INDUSTRIES: {
  sections: Partial<Record<IndustrySection, Words>>;
  divisions: Record<string, { section: IndustrySection; name: Words }>;
} = {
  sections: {
    F: { zh: '批发和零售业', en: 'wholesale and retail' },
    H: { zh: '住宿和餐饮业', en: 'accommodation and catering' },
    K: { zh: '房地产业', en: 'real estate' },
    L: { zh: '租赁和商务服务业', en: 'leasing and business services' },
  },
  divisions: {
    '16': { section: 'C', name: { zh: '烟草制品业', en: 'tobacco manufacturing' } },
    '90': { section: 'R', name: { zh: '娱乐业', en: 'entertainment' } },
  },
};
