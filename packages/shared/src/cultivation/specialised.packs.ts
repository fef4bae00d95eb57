import type { Citation, RulePack, Words } from '../rules/rule-pack.ts';
import { WAN_YUAN_FEN } from './exact.ts';

/**
 * 专精特新 self-check: province-level 专精特新中小企业 and 专精特新"小巨人"企业. The two documents set criteria of
 * different shapes (63号 asks R&D of one year and takes a score or a direct route; the 2026 measures ask two years,
 * a main-business share and a debt ceiling), so each pack names its scheme and the scheme decides which criteria run.
 */
export type SpecialisedParams = Specialised2022Params | Specialised2026Params;

/** 工信部企业〔2022〕63号 附件2 and 附件3. */
export type Specialised2022Params = {
  scheme: '2022-63';
  provincial: {
    minNicheYears: number;
    /** Last year's R&D: at least this amount and this share of last year's revenue. */
    minRdFen: number;
    minRdPercent: number;
    minRevenueFen: number;
    /** Alternative to the revenue: new equity financing (合格机构投资者实缴) over the last two years. */
    minEquityFinancingFen: number;
    minScore: number;
    /** The direct routes that stand in for the score (附件2 一（四）1–4). */
    direct: {
      /** Provincial S&T award in the last three years, ranked at most this among the awarded units. */
      provincialAwardMaxRank: number;
      /** National S&T award in the last three years, ranked at most this. */
      nationalAwardMaxRank: number;
      /** Average R&D of the last two years. */
      minRdAverageTwoYearsFen: number;
      /** New equity financing over the last two years. */
      minEquityFinancingFen: number;
      /** "创客中国" national enterprise group in the last three years: rank at most this. */
      makerChinaMaxRank: number;
    };
  };
  giant: {
    minNicheYears: number;
    minMainBusinessPercent: number;
    minGrowthPercent: number;
    maxDebtPercent: number;
    /** R&D share of revenue in each of the last two years, by last year's revenue (附件3（四）1（1）). */
    rdBands: {
      /** Revenue at least this: the share below; otherwise the next band. */
      highRevenueFen: number;
      highRdPercent: number;
      midRevenueFen: number;
      midRdPercent: number;
      /** Below the middle band: all three of these. */
      lowMinEquityFinancingFen: number;
      lowMinRdTwoYearsFen: number;
      lowMinRdStaffPercent: number;
    };
    minIp1: number;
    minMarketSharePercent: number;
    /** The direct innovation routes (附件3（四）2). */
    direct: { nationalAwardMaxRank: number; makerChinaMaxRank: number };
  };
  document: string;
  note: Words;
};

/** 工信部企业〔2026〕2号. */
export type Specialised2026Params = {
  scheme: '2026-2';
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

/**
 * 工信部企业〔2022〕63号, in force from 1 August 2022 until the 2026 measures take over. Each
 * criterion's article is cited where it is checked (specialised.2022.ts).
 */
export const specialised2022: RulePack<Specialised2022Params> = {
  id: 'specialised/2022-63',
  ruleSet: 'specialised',
  name: {
    zh: '专精特新中小企业与“小巨人”企业（工信部企业〔2022〕63号）',
    en: 'Specialised SMEs and "little giants" (MIIT Qi Ye [2022] No. 63)',
  },
  effectiveFrom: '2022-08-01',
  effectiveTo: '2026-03-31',
  sources: [
    { document: DOC_63, article: '附件2《专精特新中小企业认定标准》一、认定条件' },
    { document: DOC_63, article: '附件3《专精特新“小巨人”企业认定标准》' },
  ],
  params: {
    scheme: '2022-63',
    provincial: {
      minNicheYears: 2,
      minRdFen: 100 * WAN_YUAN_FEN,
      minRdPercent: 3,
      minRevenueFen: 1_000 * WAN_YUAN_FEN,
      minEquityFinancingFen: 2_000 * WAN_YUAN_FEN,
      minScore: 60,
      direct: {
        provincialAwardMaxRank: 3,
        nationalAwardMaxRank: 5,
        minRdAverageTwoYearsFen: 1_000 * WAN_YUAN_FEN,
        minEquityFinancingFen: 6_000 * WAN_YUAN_FEN,
        makerChinaMaxRank: 500,
      },
    },
    giant: {
      minNicheYears: 3,
      minMainBusinessPercent: 70,
      minGrowthPercent: 5,
      maxDebtPercent: 70,
      rdBands: {
        highRevenueFen: 10_000 * WAN_YUAN_FEN,
        highRdPercent: 3,
        midRevenueFen: 5_000 * WAN_YUAN_FEN,
        midRdPercent: 6,
        lowMinEquityFinancingFen: 8_000 * WAN_YUAN_FEN,
        lowMinRdTwoYearsFen: 3_000 * WAN_YUAN_FEN,
        lowMinRdStaffPercent: 50,
      },
      minIp1: 2,
      minMarketSharePercent: 10,
      direct: { nationalAwardMaxRank: 3, makerChinaMaxRank: 50 },
    },
    document: DOC_63,
    note: {
      zh: '评价得分按附件2“二、评价指标”（专业化、精细化、特色化、创新能力四类共 13 项，满分 100 分）由企业填报，其中地方特色指标（15 分）由省级中小企业主管部门设定；“小巨人”的精细化、特色化、产业链配套和主导产品所属领域等定性条件须由企业说明、主管部门审核。',
      en: 'The evaluation score follows 附件2 part 二 (13 indicators in four groups, 100 points) and is reported by the enterprise; its local indicator (15 points) is set by the provincial SME authority. The qualitative little-giant criteria (management, own brand, role in the industrial chain, field of the main product) are stated by the enterprise and reviewed by the authority.',
    },
  },
};

/** 工信部企业〔2026〕2号, from 2026-04-01. */
export const specialised2026: RulePack<Specialised2026Params> = {
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
    scheme: '2026-2',
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
