export const ROLES = ['enterprise', 'provider', 'finance', 'expert', 'evaluator', 'admin', 'superadmin'] as const;
export type Role = (typeof ROLES)[number];
/** Roles whose users work inside an organisation. */
export const ORG_ROLES = ['enterprise', 'provider', 'finance'] as const satisfies readonly Role[];
export const ADMIN_ROLES = ['admin', 'superadmin'] as const satisfies readonly Role[];

export const ORG_KINDS = ['enterprise', 'provider', 'finance', 'university', 'incubator'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];

/** GB/T 4754-2017 门类 (sections A–T). */
export const INDUSTRY_SECTIONS = {
  A: { zh: '农、林、牧、渔业', en: 'Agriculture, forestry, animal husbandry and fishery' },
  B: { zh: '采矿业', en: 'Mining' },
  C: { zh: '制造业', en: 'Manufacturing' },
  D: { zh: '电力、热力、燃气及水生产和供应业', en: 'Electricity, heat, gas and water supply' },
  E: { zh: '建筑业', en: 'Construction' },
  F: { zh: '批发和零售业', en: 'Wholesale and retail trade' },
  G: { zh: '交通运输、仓储和邮政业', en: 'Transport, storage and postal services' },
  H: { zh: '住宿和餐饮业', en: 'Accommodation and catering' },
  I: { zh: '信息传输、软件和信息技术服务业', en: 'Information transmission, software and IT services' },
  J: { zh: '金融业', en: 'Finance' },
  K: { zh: '房地产业', en: 'Real estate' },
  L: { zh: '租赁和商务服务业', en: 'Leasing and business services' },
  M: { zh: '科学研究和技术服务业', en: 'Scientific research and technical services' },
  N: { zh: '水利、环境和公共设施管理业', en: 'Water conservancy, environment and public facilities' },
  O: { zh: '居民服务、修理和其他服务业', en: 'Resident, repair and other services' },
  P: { zh: '教育', en: 'Education' },
  Q: { zh: '卫生和社会工作', en: 'Health and social work' },
  R: { zh: '文化、体育和娱乐业', en: 'Culture, sports and entertainment' },
  S: { zh: '公共管理、社会保障和社会组织', en: 'Public administration, social security and social organisations' },
  T: { zh: '国际组织', en: 'International organisations' },
} as const;
export type IndustrySection = keyof typeof INDUSTRY_SECTIONS;
export const INDUSTRY_CODES = Object.keys(INDUSTRY_SECTIONS) as [IndustrySection, ...IndustrySection[]];

/** The zone's industry chains (长治高新区 重点产业). */
export const INDUSTRY_CHAINS = {
  electronics: { zh: '电子信息', en: 'Electronic information' },
  equipment: { zh: '装备制造', en: 'Equipment manufacturing' },
  photovoltaic: { zh: '光伏光电', en: 'Photovoltaics and optoelectronics' },
  new_materials: { zh: '新材料', en: 'New materials' },
  carbon_materials: { zh: '炭基新材料', en: 'Carbon-based new materials' },
  other: { zh: '其他', en: 'Other' },
} as const;
export type IndustryChain = keyof typeof INDUSTRY_CHAINS;
export const INDUSTRY_CHAIN_CODES = Object.keys(INDUSTRY_CHAINS) as [IndustryChain, ...IndustryChain[]];

/** Parks of the zone offered in forms; the column stays free text so a new park needs no migration. */
export const PARKS = ['光伏产业园', '智能制造实验区', '5G电子智造基地', '智能终端产业园', '高新区本部'] as const;

export const ORG_FLAGS = ['above_scale', 'hte', 'tsme', 'specialized'] as const;
export type OrgFlag = (typeof ORG_FLAGS)[number];
