/** 政策层级: who issued a document, from the State Council down to the zone's own administration. */
export const POLICY_LEVELS = {
  national: { zh: '国家级', en: 'National' },
  province: { zh: '省级', en: 'Provincial' },
  city: { zh: '市级', en: 'Municipal' },
  zone: { zh: '区级', en: 'Zone' },
} as const;
export type PolicyLevel = keyof typeof POLICY_LEVELS;
export const POLICY_LEVEL_CODES = Object.keys(POLICY_LEVELS) as [PolicyLevel, ...PolicyLevel[]];

/** The kinds of applicant a document is written for (适用对象), a fixed list the filters and tags share. */
export const POLICY_ENTERPRISE_KINDS = {
  tech_sme: { zh: '科技型中小企业', en: 'Technology-based SME' },
  hte: { zh: '高新技术企业', en: 'High-tech enterprise' },
  specialised: { zh: '专精特新', en: 'Specialised and innovative SME' },
  startup: { zh: '初创企业', en: 'Start-up' },
  above_scale: { zh: '规上企业', en: 'Enterprise above designated size' },
  university: { zh: '高校院所', en: 'University or research institute' },
  service_org: { zh: '服务机构', en: 'Service provider' },
} as const;
export type PolicyEnterpriseKind = keyof typeof POLICY_ENTERPRISE_KINDS;
export const POLICY_ENTERPRISE_KIND_CODES = Object.keys(POLICY_ENTERPRISE_KINDS) as [
  PolicyEnterpriseKind,
  ...PolicyEnterpriseKind[],
];

/** 支持方式: what a document offers. */
export const POLICY_SUPPORT_KINDS = {
  subsidy: { zh: '资金补贴', en: 'Subsidy' },
  reward: { zh: '奖励', en: 'Reward' },
  tax: { zh: '税收优惠', en: 'Tax relief' },
  finance: { zh: '金融支持', en: 'Financial support' },
  talent: { zh: '人才', en: 'Talent' },
  platform: { zh: '平台载体', en: 'Platforms and carriers' },
  honour: { zh: '荣誉认定', en: 'Recognition' },
  other: { zh: '其他', en: 'Other' },
} as const;
export type PolicySupportKind = keyof typeof POLICY_SUPPORT_KINDS;
export const POLICY_SUPPORT_KIND_CODES = Object.keys(POLICY_SUPPORT_KINDS) as [
  PolicySupportKind,
  ...PolicySupportKind[],
];

/** The stored status of a document: drafts are unseen, published ones public, repealed ones replaced or withdrawn. */
export const POLICY_DOC_STATUSES = ['draft', 'published', 'repealed'] as const;
export type PolicyDocStatus = (typeof POLICY_DOC_STATUSES)[number];

/** What a reader is told: `expired` is a published document past its expiry date (never stored). */
export const POLICY_DOC_STATES = ['draft', 'published', 'expired', 'repealed'] as const;
export type PolicyDocState = (typeof POLICY_DOC_STATES)[number];

/** The state of a document on the zone's calendar date `today` (YYYY-MM-DD). */
export function policyDocState(
  d: { status: PolicyDocStatus; expiresOn: string | null },
  today: string,
): PolicyDocState {
  if (d.status === 'published' && d.expiresOn !== null && d.expiresOn < today) return 'expired';
  return d.status;
}

/** Whether a published document is in force on `date`: effective (or issued) by then and not yet expired. */
export function policyInForceOn(
  d: { status: PolicyDocStatus; issuedOn: string | null; effectiveFrom: string | null; expiresOn: string | null },
  date: string,
): boolean {
  if (d.status !== 'published') return false;
  const from = d.effectiveFrom ?? d.issuedOn;
  return (from === null || from <= date) && (d.expiresOn === null || d.expiresOn >= date);
}
