/**
 * The facts a policy condition may test, as one catalogue. Conditions are data written by administrators; the
 * catalogue is what makes them checkable: a condition names a fact by key, and the fact's type says which tests and
 * values make sense (no "greater than" on a yes/no fact, money in whole fen). The same catalogue serves the policy
 * items, the finance area's loan products and program calls, so a fact is added here once, with its words in both
 * languages and where the platform reads it from.
 */
import { z } from 'zod';
import { INDUSTRY_CODES, INDUSTRY_SECTIONS, PARKS } from '../common/enums.ts';
import { percentText, type Words } from '../rules/rule-pack.ts';

export type FactType = 'number' | 'money' | 'percent' | 'boolean' | 'enum' | 'years';

/** Where the platform reads a fact from: the enterprise registry, its IP, its evaluations, or what it declares. */
export type FactSource = 'org' | 'ip' | 'cultivation' | 'declaration';

export type FactOption = { value: string; label: Words };

export type FactDef = {
  /**
   * number: a count or score; money: integer fen; percent: 4.2 means 4.2 %; years: whole years completed;
   * boolean: yes/no; enum: one of `options`.
   */
  type: FactType;
  label: Words;
  /** Written after a number ("120人" / "120 persons"); an English unit ending in s loses it after 1. */
  unit?: Words;
  source: FactSource;
  options?: readonly FactOption[];
};

/** A known fact's value; `null` or a missing key means the fact is not known. */
export type FactValue = number | boolean | string;

// The parks have no English names elsewhere; these are for English sentences only (the stored value is the Chinese).
const PARK_EN: Record<(typeof PARKS)[number], string> = {
  光伏产业园: 'Photovoltaic Industrial Park',
  智能制造实验区: 'Intelligent Manufacturing Pilot Zone',
  '5G电子智造基地': '5G Electronics Smart Manufacturing Base',
  智能终端产业园: 'Smart Terminal Industrial Park',
  高新区本部: 'Zone headquarters area',
};

const VERDICT_OPTIONS: readonly FactOption[] = [
  { value: 'eligible', label: { zh: '符合', en: 'eligible' } },
  { value: 'not_eligible', label: { zh: '不符合', en: 'not eligible' } },
  { value: 'needs_data', label: { zh: '需补充数据', en: 'needs data' } },
];

/**
 * The years back that 近三年无故意侵权记录 looks: wilful infringement found in a closed 维权援助 case within them
 * (the IP area's credit record) counts; the anniversary of the finding ends it.
 */
export const WILFUL_INFRINGEMENT_YEARS = 3;

const PERSONS: Words = { zh: '人', en: 'persons' };
const ITEMS: Words = { zh: '项', en: 'items' };

export const FACTS = {
  'org.park': {
    type: 'enum',
    label: { zh: '所在园区', en: 'Park' },
    source: 'org',
    options: PARKS.map((p) => ({ value: p, label: { zh: p, en: PARK_EN[p] } })),
  },
  'org.industry': {
    type: 'enum',
    label: { zh: '所属行业门类', en: 'Industry section' },
    source: 'org',
    options: INDUSTRY_CODES.map((c) => ({
      value: c,
      label: { zh: `${c} ${INDUSTRY_SECTIONS[c].zh}`, en: `${c} ${INDUSTRY_SECTIONS[c].en}` },
    })),
  },
  'org.yearsRegistered': {
    type: 'years',
    label: { zh: '成立年限', en: 'Years since registration' },
    unit: { zh: '年', en: 'years' },
    source: 'org',
  },
  'org.employees': { type: 'number', label: { zh: '职工总数', en: 'Employees' }, unit: PERSONS, source: 'org' },
  'org.techStaff': {
    type: 'number',
    label: { zh: '科技人员数', en: 'Technology staff' },
    unit: PERSONS,
    source: 'org',
  },
  'org.techStaffPercent': {
    type: 'percent',
    label: { zh: '科技人员占比', en: 'Technology staff share of employees' },
    source: 'org',
  },
  'org.revenueFen': { type: 'money', label: { zh: '营业收入', en: 'Revenue' }, source: 'org' },
  'org.rdExpenseFen': { type: 'money', label: { zh: '研发费用', en: 'R&D expense' }, source: 'org' },
  'org.rdPercent': { type: 'percent', label: { zh: '研发费用占比', en: 'R&D share of revenue' }, source: 'org' },
  'org.totalAssetsFen': { type: 'money', label: { zh: '资产总额', en: 'Total assets' }, source: 'org' },
  'org.isAboveScale': {
    type: 'boolean',
    label: { zh: '规模以上企业', en: 'Above designated size' },
    source: 'org',
  },
  'ip.class1Count': { type: 'number', label: { zh: 'Ⅰ类知识产权', en: 'Class I IP' }, unit: ITEMS, source: 'ip' },
  'ip.class2Count': { type: 'number', label: { zh: 'Ⅱ类知识产权', en: 'Class II IP' }, unit: ITEMS, source: 'ip' },
  'ip.inventionCount': {
    type: 'number',
    label: { zh: '发明专利', en: 'Invention patents' },
    unit: ITEMS,
    source: 'ip',
  },
  // From the credit record the IP area keeps of its closed rights-protection cases; never unknown (no record: no).
  'ip.wilfulInfringement3y': {
    type: 'boolean',
    label: {
      zh: '近三年被认定故意侵犯知识产权',
      en: 'Found to have wilfully infringed IP in the last three years',
    },
    source: 'ip',
  },
  'cultivation.techSmeVerdict': {
    type: 'enum',
    label: { zh: '科技型中小企业评价结果', en: 'Tech-based SME evaluation' },
    source: 'cultivation',
    options: VERDICT_OPTIONS,
  },
  'cultivation.hteVerdict': {
    type: 'enum',
    label: { zh: '高新技术企业认定评价结果', en: 'High-tech enterprise evaluation' },
    source: 'cultivation',
    options: VERDICT_OPTIONS,
  },
  'cultivation.specialisedVerdict': {
    type: 'enum',
    label: { zh: '专精特新评价结果', en: 'Specialised SME evaluation' },
    source: 'cultivation',
    options: VERDICT_OPTIONS,
  },
  'cultivation.techSmeScore': {
    type: 'number',
    label: { zh: '科技型中小企业评价得分', en: 'Tech-based SME score' },
    unit: { zh: '分', en: 'points' },
    source: 'cultivation',
  },
  'cultivation.hteCertified': {
    type: 'boolean',
    label: { zh: '持有有效高新技术企业证书', en: 'Holds a valid high-tech enterprise certificate' },
    source: 'cultivation',
  },
  'cultivation.tsmeRegistered': {
    type: 'boolean',
    label: { zh: '已取得科技型中小企业入库登记编号', en: 'Registered as a tech-based SME' },
    source: 'cultivation',
  },
  'cultivation.isSpecialised': {
    type: 'boolean',
    label: { zh: '已认定为专精特新企业', en: 'Recognised as a specialised SME' },
    source: 'cultivation',
  },
  'declaration.dishonestList': {
    type: 'boolean',
    label: { zh: '列入严重违法失信名单', en: 'On the list of seriously dishonest enterprises' },
    source: 'declaration',
  },
  'declaration.abnormalOperation': {
    type: 'boolean',
    label: { zh: '列入经营异常名录', en: 'On the list of abnormal operations' },
    source: 'declaration',
  },
  'declaration.majorIncident': {
    type: 'boolean',
    label: {
      zh: '近一年发生重大安全、质量事故或严重环境违法行为',
      en: 'Major safety or quality accident or serious environmental violation in the last year',
    },
    source: 'declaration',
  },
} as const satisfies Record<string, FactDef>;

export type FactKey = keyof typeof FACTS;
export const FACT_KEYS = Object.keys(FACTS) as [FactKey, ...FactKey[]];

/** What the platform knows of one enterprise: a missing key or `null` means "not known". */
export type Facts = Partial<Record<FactKey, FactValue | null>>;

export function isFactKey(key: unknown): key is FactKey {
  return typeof key === 'string' && Object.hasOwn(FACTS, key);
}

export function factDef(key: FactKey): FactDef {
  return FACTS[key];
}

/** The numeric types, which are ordered (gt, between…). */
export const NUMERIC_FACT_TYPES: readonly FactType[] = ['number', 'money', 'percent', 'years'];

/** Whether `v` is a value of a fact of `type` (money: a safe integer of fen; numbers finite). */
export function fitsType(type: FactType, v: unknown): v is FactValue {
  switch (type) {
    case 'money':
      return Number.isSafeInteger(v);
    case 'number':
    case 'percent':
    case 'years':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'enum':
      return typeof v === 'string';
  }
}

/**
 * The fact's value, or undefined when it is not known. A value of the wrong type (a string for a count, fen with a
 * fraction) counts as not known: it is never compared as if it were right.
 */
export function readFact(facts: Facts, key: FactKey): FactValue | undefined {
  const v = facts[key];
  return v !== null && v !== undefined && fitsType(FACTS[key].type, v) ? v : undefined;
}

/**
 * A percent fact from a ratio (R&D ÷ revenue, tech staff ÷ employees): two decimals, rounded down, so 2.999 % is
 * 2.99 and never meets "≥ 3 %". Null when the denominator is not positive (the ratio is not defined).
 */
export function percentFact(num: number, den: number): number | null {
  return den > 0 ? Number(percentText(num, den)) : null;
}

/** Whole years from `from` to `on` (YYYY-MM-DD), as an age: a founding on 2020-06-15 has 3 years on 2023-06-15. */
export function completedYears(from: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(from.slice(0, 4)) - (on.slice(5) < from.slice(5) ? 1 : 0);
  return Math.max(0, years);
}

const valueSchemaOf = (def: FactDef): z.ZodType<FactValue> => {
  switch (def.type) {
    case 'money':
      return z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.string().max(200);
    default:
      return z.number();
  }
};

/** An enterprise's facts as a request carries them (a simulation, a self-check): each key typed by the catalogue. */
export const factsSchema = z.strictObject(
  Object.fromEntries(FACT_KEYS.map((k) => [k, valueSchemaOf(FACTS[k]).nullable().optional()])) as Record<
    FactKey,
    z.ZodOptional<z.ZodNullable<z.ZodType<FactValue>>>
  >,
) as unknown as z.ZodType<Facts>;
