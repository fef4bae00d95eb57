import { z } from 'zod';
import { fenSchema, pageOf, pageQuerySchema, uploadHashSchema } from '../common/schemas.ts';

/** 国家重点支持的高新技术领域 (国科发火〔2016〕32号 附件): the field list of achievements, needs and experts. */
export const TECH_FIELDS = {
  electronics: { zh: '电子信息', en: 'Electronic information' },
  biomedicine: { zh: '生物与新医药', en: 'Biology and new medicine' },
  aerospace: { zh: '航空航天', en: 'Aerospace' },
  materials: { zh: '新材料', en: 'New materials' },
  hightech_services: { zh: '高技术服务', en: 'High-tech services' },
  energy: { zh: '新能源与节能', en: 'New energy and energy saving' },
  environment: { zh: '资源与环境', en: 'Resources and environment' },
  manufacturing: { zh: '先进制造与自动化', en: 'Advanced manufacturing and automation' },
} as const;
export type TechField = keyof typeof TECH_FIELDS;
export const TECH_FIELD_CODES = Object.keys(TECH_FIELDS) as [TechField, ...TechField[]];

/** How far an achievement has come: 初期 (lab), 中期 (pilot), 成熟应用 (in use). */
export const ACHIEVEMENT_STAGES = {
  early: { zh: '初期阶段', en: 'Early stage' },
  middle: { zh: '中期阶段', en: 'Pilot stage' },
  mature: { zh: '成熟应用阶段', en: 'Mature, in use' },
} as const;
export type AchievementStage = keyof typeof ACHIEVEMENT_STAGES;
export const ACHIEVEMENT_STAGE_CODES = Object.keys(ACHIEVEMENT_STAGES) as [AchievementStage, ...AchievementStage[]];

/** The ways an owner offers an achievement. */
export const TRANSFER_MODES = {
  transfer: { zh: '转让', en: 'Transfer' },
  licence: { zh: '许可', en: 'Licence' },
  equity: { zh: '作价入股', en: 'Equity contribution' },
  joint_development: { zh: '合作开发', en: 'Joint development' },
} as const;
export type TransferMode = keyof typeof TRANSFER_MODES;
export const TRANSFER_MODE_CODES = Object.keys(TRANSFER_MODES) as [TransferMode, ...TransferMode[]];

/**
 * An achievement is written as a draft, submitted, and reviewed before the public sees it: published, or returned with
 * the reason (and submitted again after changes). Its owner may withdraw it at any time; a withdrawn one can be
 * submitted again.
 */
export const ACHIEVEMENT_STATUSES = ['draft', 'submitted', 'published', 'returned', 'withdrawn'] as const;
export type AchievementStatus = (typeof ACHIEVEMENT_STATUSES)[number];

/** Which status each action leads from: the rule the service and the database both hold. */
export const ACHIEVEMENT_TRANSITIONS = {
  submit: ['draft', 'returned', 'withdrawn'],
  publish: ['submitted'],
  return: ['submitted'],
  withdraw: ['draft', 'submitted', 'published', 'returned'],
} as const satisfies Record<string, readonly AchievementStatus[]>;
export type AchievementAction = keyof typeof ACHIEVEMENT_TRANSITIONS;

/** Files an achievement carries at most. */
export const MAX_ACHIEVEMENT_FILES = 10;

const teamMemberSchema = z.object({
  name: z.string().trim().min(1).max(50),
  title: z.string().trim().max(50).default(''),
  role: z.string().trim().max(100).default(''),
});

export const achievementInputSchema = z
  .object({
    title: z.string().trim().min(4).max(200),
    summary: z.string().trim().min(20).max(4_000),
    field: z.enum(TECH_FIELD_CODES),
    stage: z.enum(ACHIEVEMENT_STAGE_CODES),
    /** What shows the stage: tests, pilot runs, customers, certificates. */
    maturityEvidence: z.string().trim().max(2_000).default(''),
    transferModes: z
      .array(z.enum(TRANSFER_MODE_CODES))
      .min(1)
      .max(4)
      .refine((m) => new Set(m).size === m.length, 'market.duplicate_mode'),
    /** The asking price; null with `negotiable` (面议). */
    priceFen: fenSchema.nullable().default(null),
    negotiable: z.boolean().default(false),
    keywords: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
    team: z.array(teamMemberSchema).max(20).default([]),
    /** Records of the owner's IP registry the achievement rests on. */
    ipRecordIds: z.array(z.number().int().positive()).max(50).default([]),
    /**
     * Files (uploads the owner holds: 技术说明书, 检测报告, 证书). They are reviewed with the achievement: nobody but
     * the owner and the administration reads them before it is published.
     */
    attachments: z
      .array(uploadHashSchema)
      .max(MAX_ACHIEVEMENT_FILES)
      .refine((h) => new Set(h).size === h.length, 'market.duplicate_file')
      .default([]),
    /** Everyone may read the files while the achievement is published; otherwise only the parties of its deals. */
    attachmentsPublic: z.boolean().default(false),
  })
  .refine((a) => a.negotiable !== (a.priceFen !== null), {
    path: ['priceFen'],
    message: 'market.price_or_negotiable',
  });
export type AchievementInput = z.input<typeof achievementInputSchema>;

export const achievementSchema = z.object({
  id: z.number().int(),
  ownerOrgId: z.number().int(),
  ownerName: z.string(),
  /** The owner's kind in the organisation registry (enterprise, university, institute…). */
  ownerKind: z.string(),
  title: z.string(),
  summary: z.string(),
  field: z.enum(TECH_FIELD_CODES),
  stage: z.enum(ACHIEVEMENT_STAGE_CODES),
  maturityEvidence: z.string(),
  transferModes: z.array(z.enum(TRANSFER_MODE_CODES)),
  priceFen: z.number().int().nullable(),
  negotiable: z.boolean(),
  keywords: z.array(z.string()),
  team: z.array(teamMemberSchema),
  ipRecordIds: z.array(z.number().int()),
  attachmentsPublic: z.boolean(),
  status: z.enum(ACHIEVEMENT_STATUSES),
  reviewNote: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Achievement = z.infer<typeof achievementSchema>;

/**
 * One achievement as its page shows it, with the files the reader may open: all of them for the owner, the
 * buyers of its deals and the administration; for everyone else only while it is published with public files.
 */
export const achievementDetailSchema = achievementSchema.extend({
  attachments: z.array(z.object({ hash: z.string(), name: z.string() })),
});
export type AchievementDetail = z.infer<typeof achievementDetailSchema>;

export const achievementListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  field: z.enum(TECH_FIELD_CODES).optional(),
  stage: z.enum(ACHIEVEMENT_STAGE_CODES).optional(),
  mode: z.enum(TRANSFER_MODE_CODES).optional(),
  status: z.enum(ACHIEVEMENT_STATUSES).optional(),
  /** An organisation's own list (its members and administrators see every status). */
  ownerOrgId: z.coerce.number().int().positive().optional(),
});
export type AchievementListQuery = z.input<typeof achievementListQuerySchema>;
export const achievementPageSchema = pageOf(achievementSchema);

export const achievementReviewSchema = z
  .object({
    decision: z.enum(['publish', 'return']),
    note: z.string().trim().max(500).default(''),
  })
  .refine((r) => r.decision === 'publish' || r.note.length >= 2, { path: ['note'], message: 'market.reason_required' });
