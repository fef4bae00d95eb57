import type { PatentTypeDigit } from './patent-number.ts';

/** The kinds of intellectual property an enterprise registers. Trademarks are kept but never counted for scoring. */
export const IP_KINDS = {
  invention: { zh: '发明专利', en: 'Invention patent' },
  utility_model: { zh: '实用新型专利', en: 'Utility model patent' },
  design: { zh: '外观设计专利', en: 'Design patent' },
  pct: { zh: 'PCT 专利申请(进入中国国家阶段)', en: 'PCT application (Chinese national phase)' },
  software_copyright: { zh: '软件著作权', en: 'Software copyright' },
  ic_layout: { zh: '集成电路布图设计', en: 'IC layout design' },
  plant_variety: { zh: '植物新品种', en: 'Plant variety' },
  new_drug: { zh: '国家新药', en: 'National new drug' },
  tcm_protected: { zh: '国家一级中药保护品种', en: 'First-class protected TCM variety' },
  trademark: { zh: '商标', en: 'Trademark' },
} as const;
export type IpKind = keyof typeof IP_KINDS;
export const IP_KIND_CODES = Object.keys(IP_KINDS) as [IpKind, ...IpKind[]];

/** The kinds whose number is a CN patent application number (ZC 0006-2003), checked and normalised. */
export const PATENT_KINDS = ['invention', 'utility_model', 'design', 'pct'] as const satisfies readonly IpKind[];
export type PatentKind = (typeof PATENT_KINDS)[number];
export const isPatentKind = (k: string): k is PatentKind => (PATENT_KINDS as readonly string[]).includes(k);

/** Which type digits of the application number each patent kind has (ZC 0006-2003: 1, 2, 3, and 8/9 for PCT). */
export const PATENT_KIND_TYPES: Record<PatentKind, readonly PatentTypeDigit[]> = {
  invention: ['1'],
  utility_model: ['2'],
  design: ['3'],
  pct: ['8', '9'],
};

/** The kind that a type digit names, for a form that infers the kind from the number typed. */
export function patentKindOfType(type: PatentTypeDigit): PatentKind {
  return type === '1' ? 'invention' : type === '2' ? 'utility_model' : type === '3' ? 'design' : 'pct';
}

/** Whether a number's type digit agrees with the kind entered. */
export const patentTypeMatchesKind = (kind: PatentKind, type: PatentTypeDigit): boolean =>
  PATENT_KIND_TYPES[kind].includes(type);

export type IpClass = 'I' | 'II';
export const IP_CLASSES = ['I', 'II'] as const;

/**
 * Ⅰ类 or Ⅱ类 intellectual property, or null for what is never counted (trademarks).
 *
 * 国科发政〔2017〕115号《科技型中小企业评价办法》附件(科技成果指标) and 国科火字〔2016〕195号《高新技术企业认定管理
 * 工作指引》(知识产权): 发明专利、植物新品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权 count as Ⅰ类;
 * 实用新型专利、外观设计专利、软件著作权 as Ⅱ类; 商标 does not count.
 *
 * A PCT application is classed by the type digit of its Chinese application number (ZC 0006-2003): 8 is a PCT
 * application for an invention entering the Chinese national phase, examined and granted as a Chinese invention
 * patent, so Ⅰ类; 9 is a PCT application for a utility model entering the national phase, granted as a Chinese
 * utility model, so Ⅱ类. Without a valid number a PCT record has no class (it cannot be counted).
 */
export function ipClassOf(kind: IpKind, type?: PatentTypeDigit | null): IpClass | null {
  switch (kind) {
    case 'invention':
    case 'plant_variety':
    case 'new_drug':
    case 'tcm_protected':
    case 'ic_layout':
      return 'I';
    case 'utility_model':
    case 'design':
    case 'software_copyright':
      return 'II';
    case 'pct':
      return type === '8' ? 'I' : type === '9' ? 'II' : null;
    case 'trademark':
      return null;
  }
}

/** 法律状态: 审中 (pending application), 有效 (granted and in force), 失效 (lapsed, refused, withdrawn, ended). */
export const IP_LEGAL_STATUSES = ['pending', 'valid', 'lapsed'] as const;
export type IpLegalStatus = (typeof IP_LEGAL_STATUSES)[number];

/** 获得方式 (国科火字〔2016〕195号 scores own R&D higher than transfer): 自主研发, 受让, 许可. */
export const IP_ACQUISITIONS = ['own', 'transfer', 'licence'] as const;
export type IpAcquisition = (typeof IP_ACQUISITIONS)[number];

/** Events of a record after registration: 质押, 许可备案, 开放许可, 无效, 终止, 转让. */
export const IP_EVENT_KINDS = [
  'pledge',
  'licence_filing',
  'open_licence',
  'invalidation',
  'termination',
  'transfer',
] as const;
export type IpEventKind = (typeof IP_EVENT_KINDS)[number];

/** The administration's check of a record against its certificate. */
export const IP_VERIFICATIONS = ['pending', 'verified', 'rejected'] as const;
export type IpVerification = (typeof IP_VERIFICATIONS)[number];
