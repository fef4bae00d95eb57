import type { Band, Citation, RulePack, Words } from '../rules/rule-pack.ts';
import { YI_YUAN_FEN } from './exact.ts';

/** 科技型中小企业评价: the parameters of one version of the rule. */
export type TechSmeParams = {
  maxEmployees: number;
  maxSalesFen: number;
  maxTotalAssetsFen: number;
  /** 科技人员 ÷ 职工总数, percent → points. */
  techStaffBands: Band[];
  /** 研发费用 ÷ 销售收入, percent → points. */
  rdSalesBands: Band[];
  /** 研发费用 ÷ 成本费用支出总额, percent → points. */
  rdCostBands: Band[];
  /** Points for at least one Ⅰ类 IP. */
  ip1Points: number;
  /** Ⅱ类 IP count → points (used when there is no Ⅰ类 IP). */
  ip2Bands: Band[];
  passScore: number;
  cite: Record<
    'resident' | 'size' | 'industry' | 'conduct' | 'score' | 'direct' | 'techStaff' | 'rd' | 'ip' | 'definitions',
    Citation
  >;
  /** What a user must know about this version, or null. */
  note: Words | null;
};

const DOC_115 = '国科发政〔2017〕115号《科技型中小企业评价办法》';
const DOC_GUIDE = '国科火字〔2022〕67号《科技型中小企业评价工作指引（试行）》';
const DOC_2026 = '工信部企业〔2026〕2号';

const params115: TechSmeParams = {
  maxEmployees: 500,
  maxSalesFen: 2 * YI_YUAN_FEN,
  maxTotalAssetsFen: 2 * YI_YUAN_FEN,
  techStaffBands: [
    { atLeast: 30, points: 20 },
    { atLeast: 25, points: 16 },
    { atLeast: 20, points: 12 },
    { atLeast: 15, points: 8 },
    { atLeast: 10, points: 4 },
    { atLeast: 0, points: 0 },
  ],
  rdSalesBands: [
    { atLeast: 6, points: 50 },
    { atLeast: 5, points: 40 },
    { atLeast: 4, points: 30 },
    { atLeast: 3, points: 20 },
    { atLeast: 2, points: 10 },
    { atLeast: 0, points: 0 },
  ],
  rdCostBands: [
    { atLeast: 30, points: 50 },
    { atLeast: 25, points: 40 },
    { atLeast: 20, points: 30 },
    { atLeast: 15, points: 20 },
    { atLeast: 10, points: 10 },
    { atLeast: 0, points: 0 },
  ],
  ip1Points: 30,
  ip2Bands: [
    { atLeast: 4, points: 24 },
    { atLeast: 3, points: 18 },
    { atLeast: 2, points: 12 },
    { atLeast: 1, points: 6 },
    { atLeast: 0, points: 0 },
  ],
  passScore: 60,
  cite: {
    // 第六条(一): a resident enterprise registered in mainland China (not Hong Kong, Macao, Taiwan).
    resident: { document: DOC_115, article: '第六条（一）' },
    // 第六条(二): ≤ 500 employees, annual sales ≤ 2 亿元, total assets ≤ 2 亿元.
    size: { document: DOC_115, article: '第六条（二）' },
    // 第六条(三): products and services not in the state's prohibited, restricted or eliminated categories.
    industry: { document: DOC_115, article: '第六条（三）' },
    // 第六条(四): no major accident, serious environmental violation or research misconduct; not on 经营异常名录 or 严重违法失信名单.
    conduct: { document: DOC_115, article: '第六条（四）' },
    // 第六条(五): score ≥ 60 and the 科技人员 score not 0.
    score: { document: DOC_115, article: '第六条（五）' },
    // 第七条: conditions (一)–(四) plus one of 高企 certificate, national award, provincial R&D institution, a standard led.
    direct: { document: DOC_115, article: '第七条' },
    // 附件 一、(一): 科技人员 share, 20 points.
    techStaff: { document: DOC_115, article: '附件《科技型中小企业评价指标具体标准》一、（一）' },
    // 附件 一、(二): 研发投入, 50 points, the enterprise chooses the ratio to sales or to total cost.
    rd: { document: DOC_115, article: '附件《科技型中小企业评价指标具体标准》一、（二）' },
    // 附件 一、(三): 科技成果 by class and count of valid IP, 30 points; Ⅰ类/Ⅱ类 as defined there.
    ip: { document: DOC_115, article: '附件《科技型中小企业评价指标具体标准》一、（三）' },
    // The work guide's definitions of 职工总数, 科技人员, 销售收入, 研发费用 and 成本费用支出总额.
    definitions: { document: DOC_GUIDE, article: '指标解释' },
  },
  note: null,
};

/** 国科发政〔2017〕115号, in force from its issue (2017-05-03) until the 2026 merger. */
export const techSme2017: RulePack<TechSmeParams> = {
  id: 'tech-sme/2017-115',
  ruleSet: 'tech-sme',
  name: {
    zh: '科技型中小企业评价（国科发政〔2017〕115号）',
    en: 'Tech-based SME evaluation (Guo Ke Fa Zheng [2017] No. 115)',
  },
  effectiveFrom: '2017-05-03',
  effectiveTo: '2026-03-31',
  sources: [
    { document: DOC_115, article: '第六条' },
    { document: DOC_115, article: '第七条' },
    { document: DOC_115, article: '附件《科技型中小企业评价指标具体标准》' },
    { document: DOC_GUIDE, article: '指标解释' },
  ],
  params: params115,
};

/**
 * From 2026-04-01 工信部企业〔2026〕2号 merges 科技型 and 创新型中小企业 into 科技和创新型中小企业; until the merged
 * evaluation standard is issued (its 第三十条) evaluation continues under 115号, so this pack keeps 115号's
 * thresholds and citations and only records the change. Replace it by a new pack when the standard is published.
 */
export const techSme2026Transition: RulePack<TechSmeParams> = {
  id: 'tech-sme/2026-2-transition',
  ruleSet: 'tech-sme',
  name: {
    zh: '科技和创新型中小企业评价（过渡期沿用国科发政〔2017〕115号）',
    en: 'Tech and innovative SME evaluation (transition: Guo Ke Fa Zheng [2017] No. 115 continues)',
  },
  effectiveFrom: '2026-04-01',
  effectiveTo: null,
  sources: [
    { document: DOC_2026, article: '第三十条' },
    { document: DOC_115, article: '第六条' },
    { document: DOC_115, article: '第七条' },
    { document: DOC_115, article: '附件《科技型中小企业评价指标具体标准》' },
    { document: DOC_GUIDE, article: '指标解释' },
  ],
  params: {
    ...params115,
    note: {
      zh: '自 2026-04-01 起依工信部企业〔2026〕2号，科技型中小企业与创新型中小企业合并为科技和创新型中小企业；新的评价标准出台前（第三十条），仍按国科发政〔2017〕115号评价。',
      en: 'From 2026-04-01, under MIIT Qi Ye [2026] No. 2, tech-based and innovative SMEs merge into tech and innovative SMEs; until the new standard is issued (its Article 30), evaluation continues under Guo Ke Fa Zheng [2017] No. 115.',
    },
  },
};

/** The versions of 科技型中小企业评价, oldest first. */
export const techSmePacks: readonly RulePack<TechSmeParams>[] = [techSme2017, techSme2026Transition];
