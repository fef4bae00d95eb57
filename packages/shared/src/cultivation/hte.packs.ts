import type { Citation, RulePack, Words } from '../rules/rule-pack.ts';
import { WAN_YUAN_FEN, YI_YUAN_FEN } from './exact.ts';

/** A band of an expert-scored item: from `atLeast` (inclusive) the experts give between `min` and `max` points. */
export type RangeBand = { atLeast: number; min: number; max: number };
export type PointRange = { min: number; max: number };

/** 高新技术企业认定 (self-check): the parameters of one version of the rule. */
export type HteParams = {
  minRegisteredDays: number;
  minTechStaffPercent: number;
  /** R&D ÷ sales over the last three years, by the latest year's sales: up to `upToFen` (inclusive; null: above). */
  rdRatio: { upToFen: number | null; percent: number }[];
  minDomesticRdPercent: number;
  minHighTechIncomePercent: number;
  /** Innovation score needed: "70 分以上（不含 70 分）", whole points, so 71. */
  passScore: number;
  ipMax: number;
  ipQuantityIp1: PointRange;
  /** Ⅱ类 IP count → range, used without Ⅰ类 IP. */
  ipQuantityIp2: RangeBand[];
  advancementMax: number;
  coreSupportMax: number;
  acquisitionOwn: PointRange;
  acquisitionTransferOnly: PointRange;
  /** 加分项: took part in drafting a standard; the IP total stays ≤ ipMax. */
  standardsBonus: PointRange;
  /** Average conversions a year over the last three years → range. */
  conversionBands: RangeBand[];
  management: { system: number; institution: number; incentive: number; talent: number };
  /** Growth rate (percent) → range; `atLeast` inclusive; a rate > 0 below the last band gets `growthPositive`. */
  growthBands: RangeBand[];
  growthPositive: PointRange;
  growthMax: number;
  cite: Record<
    | 'registered'
    | 'ipOwned'
    | 'field'
    | 'techStaff'
    | 'rdRatio'
    | 'domesticRd'
    | 'highTechIncome'
    | 'innovation'
    | 'incident'
    | 'ipItems'
    | 'conversion'
    | 'management'
    | 'growth',
    Citation
  >;
  note: Words;
};

const DOC_32 = '国科发火〔2016〕32号《高新技术企业认定管理办法》';
const DOC_195 = '国科火字〔2016〕195号《高新技术企业认定管理工作指引》';

/**
 * 国科发火〔2016〕32号, in force from 2016-01-01, with the work guide 国科火字〔2016〕195号. One line per item in
 * `cite` below.
 */
export const hte2016: RulePack<HteParams> = {
  id: 'hte/2016-32',
  ruleSet: 'hte',
  name: {
    zh: '高新技术企业认定（国科发火〔2016〕32号）',
    en: 'High-tech enterprise recognition (Guo Ke Fa Huo [2016] No. 32)',
  },
  effectiveFrom: '2016-01-01',
  effectiveTo: null,
  sources: [
    { document: DOC_32, article: '第十一条' },
    { document: DOC_195, article: '认定条件' },
    { document: DOC_195, article: '企业创新能力评价' },
  ],
  params: {
    minRegisteredDays: 365,
    minTechStaffPercent: 10,
    rdRatio: [
      { upToFen: 5_000 * WAN_YUAN_FEN, percent: 5 },
      { upToFen: 2 * YI_YUAN_FEN, percent: 4 },
      { upToFen: null, percent: 3 },
    ],
    minDomesticRdPercent: 60,
    minHighTechIncomePercent: 60,
    passScore: 71,
    ipMax: 30,
    ipQuantityIp1: { min: 7, max: 8 },
    ipQuantityIp2: [
      { atLeast: 5, min: 5, max: 6 },
      { atLeast: 3, min: 3, max: 4 },
      { atLeast: 1, min: 1, max: 2 },
      { atLeast: 0, min: 0, max: 0 },
    ],
    advancementMax: 8,
    coreSupportMax: 8,
    acquisitionOwn: { min: 1, max: 6 },
    acquisitionTransferOnly: { min: 1, max: 3 },
    standardsBonus: { min: 1, max: 2 },
    conversionBands: [
      { atLeast: 5, min: 25, max: 30 },
      { atLeast: 4, min: 19, max: 24 },
      { atLeast: 3, min: 13, max: 18 },
      { atLeast: 2, min: 7, max: 12 },
      { atLeast: 1, min: 1, max: 6 },
      { atLeast: 0, min: 0, max: 0 },
    ],
    management: { system: 6, institution: 6, incentive: 4, talent: 4 },
    growthBands: [
      { atLeast: 35, min: 9, max: 10 },
      { atLeast: 25, min: 7, max: 8 },
      { atLeast: 15, min: 5, max: 6 },
      { atLeast: 5, min: 3, max: 4 },
    ],
    growthPositive: { min: 1, max: 2 },
    growthMax: 10,
    cite: {
      // 第十一条(一): registered a year or more; the guide: 365 calendar days before the application.
      registered: { document: DOC_32, article: '第十一条（一）；工作指引“认定条件”之“年限”' },
      // 第十一条(二): owns IP that supports its main products or services in technology.
      ipOwned: { document: DOC_32, article: '第十一条（二）' },
      // 第十一条(三): the core technology is in 《国家重点支持的高新技术领域》.
      field: { document: DOC_32, article: '第十一条（三）' },
      // 第十一条(四): tech staff ≥ 10 % of the year's employees (staff counted with ≥ 183 working days).
      techStaff: { document: DOC_32, article: '第十一条（四）' },
      // 第十一条(五)1–3: three-year R&D ÷ three-year sales ≥ 5 % / 4 % / 3 % by the latest year's sales.
      rdRatio: { document: DOC_32, article: '第十一条（五）' },
      // 第十一条(五) 其中: R&D spent in China ≥ 60 % of all R&D.
      domesticRd: { document: DOC_32, article: '第十一条（五）' },
      // 第十一条(六): last year's high-tech product/service income ≥ 60 % of total income.
      highTechIncome: { document: DOC_32, article: '第十一条（六）' },
      // 第十一条(七) with the guide: whole points, "70 分以上（不含 70 分）".
      innovation: { document: DOC_32, article: '第十一条（七）；工作指引“企业创新能力评价”' },
      // 第十一条(八): no major safety or quality accident or serious environmental violation in the year before.
      incident: { document: DOC_32, article: '第十一条（八）' },
      // The guide's 知识产权 (≤ 30): advancement, core support, quantity, acquisition, plus the standards bonus.
      ipItems: { document: DOC_195, article: '“企业创新能力评价”之“知识产权”' },
      // The guide's 科技成果转化能力 (≤ 30) by the yearly average of the last three years.
      conversion: { document: DOC_195, article: '“企业创新能力评价”之“科技成果转化能力”' },
      // The guide's 研究开发组织管理水平 (≤ 20): four items of 6, 6, 4, 4.
      management: { document: DOC_195, article: '“企业创新能力评价”之“研究开发组织管理水平”' },
      // The guide's 企业成长性 (≤ 20): net assets and sales growth, 10 each, with the Y1 = 0 and Y2 = 0 rules.
      growth: { document: DOC_195, article: '“企业创新能力评价”之“企业成长性”' },
    },
    note: {
      zh: '创新能力评价由专家打分，自测给出分数区间；工作指引条文按标题引用。',
      en: 'Innovation is scored by experts: the self-check gives a range. The work guide is cited by its headings.',
    },
  },
};

/** The versions of 高企认定, oldest first. */
export const htePacks: readonly RulePack<HteParams>[] = [hte2016];
