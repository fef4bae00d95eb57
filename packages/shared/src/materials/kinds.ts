/**
 * The kinds of material an enterprise keeps in its vault (材料一次报送, plan 七.3), as data. Each kind says
 *   - `period`: `year` — one material per fiscal year (年度财务报表 of 2025), never expiring; or `validity` — valid
 *     from a date, until a date or open-ended (营业执照 长期);
 *   - `end` (validity kinds): whether a material must have an end date (`required`: 高企证书) or may be open-ended;
 *   - `termYears`: how long such a certificate usually runs, to propose the end date (高企证书 3 years,
 *     国科发火〔2016〕32号 第十条);
 *   - `multiple`: whether an enterprise holds several current ones at once (知识产权证书: one per right) or one per
 *     period, a new one superseding the old;
 *   - `files`: the file types accepted;
 *   - `personal`: the file carries a person's data; the platform keeps the file and never reads it.
 * The migration 0026 mirrors `period`, `end` and `multiple` in SQL (material_kind_*); a server test checks both agree.
 */
export const MATERIAL_FILE_TYPES = {
  pdf: ['application/pdf'],
  image: ['image/png', 'image/jpeg'],
  zip: ['application/zip'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
} as const;
export type MaterialFileType = keyof typeof MATERIAL_FILE_TYPES;

type KindDef = {
  zh: string;
  en: string;
  period: 'year' | 'validity';
  end: 'optional' | 'required' | null;
  termYears: number | null;
  multiple: boolean;
  files: readonly MaterialFileType[];
  /** The material may name a record of the IP registry (知识产权证书). */
  linksIpRecord: boolean;
  personal: boolean;
};

const yearly = (zh: string, en: string, files: readonly MaterialFileType[] = ['pdf', 'image', 'zip']): KindDef => ({
  zh,
  en,
  period: 'year',
  end: null,
  termYears: null,
  multiple: false,
  files,
  linksIpRecord: false,
  personal: false,
});

const certificate = (zh: string, en: string, o: Partial<KindDef> = {}): KindDef => ({
  zh,
  en,
  period: 'validity',
  end: 'optional',
  termYears: null,
  multiple: false,
  files: ['pdf', 'image'],
  linksIpRecord: false,
  personal: false,
  ...o,
});

export const MATERIAL_KINDS = {
  business_licence: certificate('营业执照', 'Business licence'),
  legal_rep_id: certificate('法定代表人身份证明', "Legal representative's identity proof", { personal: true }),
  financial_statements: yearly('年度财务报表', 'Annual financial statements'),
  audit_report: yearly('年度审计报告', 'Annual audit report', ['pdf', 'zip']),
  tax_certificate: yearly('完税证明', 'Tax payment certificate', ['pdf', 'image']),
  staff_social_security: yearly('职工名册/社保缴纳证明', 'Staff roster / social insurance proof', [
    'pdf',
    'image',
    'zip',
    'docx',
  ]),
  rd_ledger: yearly('研发费用辅助账/专项审计报告', 'R&D expense ledger / special audit report', ['pdf', 'zip', 'docx']),
  hte_certificate: certificate('高新技术企业证书', 'High-tech enterprise certificate', {
    end: 'required',
    termYears: 3,
  }),
  ip_certificate: certificate('知识产权证书', 'IP certificate', { multiple: true, linksIpRecord: true }),
  tsme_registration: yearly('科技型中小企业入库登记编号证明', 'Tech-based SME registration proof', ['pdf', 'image']),
  qualification: certificate('资质证书', 'Qualification certificate', { multiple: true }),
  other: certificate('其他', 'Other', { multiple: true, files: ['pdf', 'image', 'zip', 'docx'] }),
} as const satisfies Record<string, KindDef>;

export type MaterialKind = keyof typeof MATERIAL_KINDS;
export const MATERIAL_KIND_CODES = Object.keys(MATERIAL_KINDS) as [MaterialKind, ...MaterialKind[]];

export const kindDef = (kind: MaterialKind): KindDef => MATERIAL_KINDS[kind];
export const isPerYear = (kind: MaterialKind): boolean => MATERIAL_KINDS[kind].period === 'year';
export const isMultiple = (kind: MaterialKind): boolean => MATERIAL_KINDS[kind].multiple;

/** The media types a kind accepts (the upload module's types). */
export function acceptedMimes(kind: MaterialKind): string[] {
  return MATERIAL_KINDS[kind].files.flatMap((f) => [...MATERIAL_FILE_TYPES[f]]);
}

/** Days before its end that a material counts as expiring, and that its holder is told (once). */
export const EXPIRY_NOTICE_DAYS = 30;

/** Whether a material is current (the one in use) or superseded by a newer one of its kind and period (kept). */
export const MATERIAL_STATUSES = ['current', 'superseded'] as const;
export type MaterialStatus = (typeof MATERIAL_STATUSES)[number];

/** The administration's check of a material: not yet looked at, checked, or rejected with a reason. */
export const MATERIAL_REVIEWS = ['pending', 'checked', 'rejected'] as const;
export type MaterialReview = (typeof MATERIAL_REVIEWS)[number];

/** Whether a material is valid on a date: per-year materials always are; the others by their dates. */
export const MATERIAL_VALIDITIES = ['valid', 'expiring', 'expired', 'not_yet_valid'] as const;
export type MaterialValidity = (typeof MATERIAL_VALIDITIES)[number];

/** Why the vault cannot supply a requirement. */
export const MISSING_REASONS = ['none', 'expired', 'rejected', 'older_year', 'not_yet_valid'] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];
