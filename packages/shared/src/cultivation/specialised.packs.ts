import type { Citation, RulePack, Words } from '../rules/rule-pack.ts';
import { WAN_YUAN_FEN } from './exact.ts';

/** 专精特新 self-check: province-level 专精特新中小企业 and 专精特新"小巨人"企业. */
export type SpecialisedParams = {
  provincial: {
    minNicheYears: number;
    minRevenueFen: number;
    /** Alternative to the revenue: new equity financing (合格机构投资者实缴) over the last two years. */
    minEquityFinancingFen: number;
    minMainBusinessPercent: number;
    maxDebtPercent: number;
    /** In each of the last two years: R&D ≥ this amount and ≥ this share of revenue. */
    minRdFenEachYear: number;
    minRdPercentEachYear: number;
    minIp1: number;
    minScore: number;
  };
  giant: {
    minRevenueFen: number;
    minMainBusinessPercent: number;
    /** Average yearly growth of main-business revenue over the last two years: ½(Y2/Y1 + Y3/Y2) − 1. */
    minGrowthPercent: number;
    maxDebtPercent: number;
    minRdFenTwoYears: number;
    minIp1: number;
    minMarketSharePercent: number;
    minScore: number;
  };
  cite: { provincial: Citation; giant: Citation };
  note: Words;
};

const DOC_63 = '工信部企业〔2022〕63号《优质中小企业梯度培育管理暂行办法》';
const DOC_2026 = '工信部企业〔2026〕2号';

// The thresholds of DOMAIN.md (one set for both documents until each is checked against its official text).
const thresholds: Omit<SpecialisedParams, 'cite' | 'note'> = {
  provincial: {
    minNicheYears: 3,
    minRevenueFen: 1_500 * WAN_YUAN_FEN,
    minEquityFinancingFen: 2_000 * WAN_YUAN_FEN,
    minMainBusinessPercent: 80,
    maxDebtPercent: 80,
    minRdFenEachYear: 100 * WAN_YUAN_FEN,
    minRdPercentEachYear: 3,
    minIp1: 1,
    minScore: 50,
  },
  giant: {
    minRevenueFen: 5_000 * WAN_YUAN_FEN,
    minMainBusinessPercent: 90,
    minGrowthPercent: 5,
    maxDebtPercent: 75,
    minRdFenTwoYears: 1_200 * WAN_YUAN_FEN,
    minIp1: 4,
    minMarketSharePercent: 10,
    minScore: 60,
  },
};

/** 工信部企业〔2022〕63号, until the 2026 measures take over. */
export const specialised2022: RulePack<SpecialisedParams> = {
  id: 'specialised/2022-63',
  ruleSet: 'specialised',
  name: {
    zh: '专精特新中小企业与“小巨人”企业（工信部企业〔2022〕63号）',
    en: 'Specialised SMEs and "little giants" (MIIT Qi Ye [2022] No. 63)',
  },
  effectiveFrom: '2022-06-01',
  effectiveTo: '2026-03-31',
  sources: [
    // 附件2: criteria of province-level 专精特新中小企业.
    { document: DOC_63, article: '附件2《专精特新中小企业认定标准》' },
    // 附件3: criteria of 专精特新"小巨人"企业.
    { document: DOC_63, article: '附件3《专精特新“小巨人”企业认定标准》' },
  ],
  params: {
    ...thresholds,
    cite: {
      provincial: { document: DOC_63, article: '附件2《专精特新中小企业认定标准》' },
      giant: { document: DOC_63, article: '附件3《专精特新“小巨人”企业认定标准》' },
    },
    note: {
      zh: '本规则包的阈值与 2026 年规则包相同，发布前须逐项对照工信部企业〔2022〕63号官方文本核实（包括生效日期；63号文本通常载明细分市场年限、营业收入门槛、评价得分等与 2026 年办法不同的数值）；“小巨人”申请通常须已是专精特新中小企业；近 2 年平均增长率按两年增长率的算术平均计算，亦须核实。',
      en: 'This pack keeps the same thresholds as the 2026 pack: before release each must be checked against the official text of MIIT Qi Ye [2022] No. 63 (including its start date; that text is commonly read with other figures for the years in a niche market, the revenue threshold and the score). Little-giant applicants are usually already recognised specialised SMEs; the two-year average growth is taken as the mean of the two yearly rates, also to be verified.',
    },
  },
};

/** 工信部企业〔2026〕2号, from 2026-04-01. */
export const specialised2026: RulePack<SpecialisedParams> = {
  id: 'specialised/2026-2',
  ruleSet: 'specialised',
  name: {
    zh: '专精特新中小企业与“小巨人”企业（工信部企业〔2026〕2号）',
    en: 'Specialised SMEs and "little giants" (MIIT Qi Ye [2026] No. 2)',
  },
  effectiveFrom: '2026-04-01',
  effectiveTo: null,
  sources: [
    // The province-level criteria of the 2026 measures (article number to be checked).
    { document: DOC_2026, article: '专精特新中小企业认定标准（条款号待核对）' },
    // The little-giant criteria of the 2026 measures (article number to be checked).
    { document: DOC_2026, article: '专精特新“小巨人”企业认定标准（条款号待核对）' },
  ],
  params: {
    ...thresholds,
    cite: {
      provincial: { document: DOC_2026, article: '专精特新中小企业认定标准（条款号待核对）' },
      giant: { document: DOC_2026, article: '专精特新“小巨人”企业认定标准（条款号待核对）' },
    },
    note: {
      zh: '阈值取自平台领域说明，发布前须对照工信部企业〔2026〕2号官方文本核实；2026 年“小巨人”复核仍可能适用工信部企业〔2022〕63号。',
      en: 'Thresholds from the platform’s domain notes: check them against the official text of MIIT Qi Ye [2026] No. 2 before release; 2026 little-giant re-reviews may still apply MIIT Qi Ye [2022] No. 63.',
    },
  },
};

/** The versions of the 专精特新 criteria, oldest first. */
export const specialisedPacks: readonly RulePack<SpecialisedParams>[] = [specialised2022, specialised2026];
