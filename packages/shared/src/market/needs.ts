import { z } from 'zod';
import { dateSchema, fenSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';
import {
  ACHIEVEMENT_STATUSES,
  ACHIEVEMENT_TRANSITIONS,
  achievementReviewSchema,
  TECH_FIELD_CODES,
} from './achievements.ts';

/**
 * A technology need (技术需求) goes through the same review as an achievement: written, submitted, published or
 * returned with the reason, withdrawn by its owner.
 */
export const NEED_STATUSES = ACHIEVEMENT_STATUSES;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const NEED_TRANSITIONS = ACHIEVEMENT_TRANSITIONS;

/** How much of a need the public sees: all of it, or its summary (the details after a confirmed interest). */
export const NEED_CONFIDENTIALITY = ['public', 'summary'] as const;
export type NeedConfidentiality = (typeof NEED_CONFIDENTIALITY)[number];
export const NEED_CONFIDENTIALITY_ZH: Record<NeedConfidentiality, string> = {
  public: '全部公开',
  summary: '仅公开概述',
};

/** How a measurable target compares: 效率 ≥ 23 %, 成本 ≤ 80 元, 厚度 = 0.2 mm. */
export const TARGET_OPERATORS = { gte: '≥', lte: '≤', eq: '=' } as const;
export type TargetOperator = keyof typeof TARGET_OPERATORS;
export const TARGET_OPERATOR_CODES = Object.keys(TARGET_OPERATORS) as [TargetOperator, ...TargetOperator[]];

export const needTargetSchema = z.object({
  indicator: z.string().trim().min(1).max(50),
  operator: z.enum(TARGET_OPERATOR_CODES),
  value: z.number().finite().min(-1e12).max(1e12),
  unit: z.string().trim().max(20).default(''),
});
export type NeedTarget = z.infer<typeof needTargetSchema>;

/** A target in words: "光电转换效率 ≥ 23%". */
export const targetText = (t: NeedTarget) =>
  `${t.indicator} ${TARGET_OPERATORS[t.operator]} ${t.value}${t.unit.startsWith('%') || t.unit === '' ? '' : ' '}${t.unit}`;

export const needInputSchema = z
  .object({
    title: z.string().trim().min(4).max(200),
    /** What everyone reads. */
    summary: z.string().trim().min(20).max(4_000),
    /** With `summary` confidentiality, read by the owner, the administration and the parties of a confirmed interest. */
    details: z.string().trim().max(8_000).default(''),
    field: z.enum(TECH_FIELD_CODES),
    targets: z.array(needTargetSchema).min(1).max(10),
    /** The budget range; both null when it is to be negotiated. */
    budgetMinFen: fenSchema.nullable().default(null),
    budgetMaxFen: fenSchema.nullable().default(null),
    deadline: dateSchema,
    confidentiality: z.enum(NEED_CONFIDENTIALITY).default('public'),
    keywords: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
  })
  .refine((n) => (n.budgetMinFen === null) === (n.budgetMaxFen === null), {
    path: ['budgetMaxFen'],
    message: 'market.budget_both_or_none',
  })
  .refine((n) => n.budgetMinFen === null || n.budgetMaxFen === null || n.budgetMinFen <= n.budgetMaxFen, {
    path: ['budgetMaxFen'],
    message: 'market.budget_order',
  });
export type NeedInput = z.input<typeof needInputSchema>;

export const needSchema = z.object({
  id: z.number().int(),
  ownerOrgId: z.number().int(),
  ownerName: z.string(),
  title: z.string(),
  summary: z.string(),
  /** null when the reader may not see the details (a confidential need, read by someone without a confirmed interest). */
  details: z.string().nullable(),
  field: z.enum(TECH_FIELD_CODES),
  targets: z.array(needTargetSchema),
  budgetMinFen: z.number().int().nullable(),
  budgetMaxFen: z.number().int().nullable(),
  deadline: z.string(),
  confidentiality: z.enum(NEED_CONFIDENTIALITY),
  keywords: z.array(z.string()),
  status: z.enum(NEED_STATUSES),
  reviewNote: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Need = z.infer<typeof needSchema>;

export const needListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  field: z.enum(TECH_FIELD_CODES).optional(),
  status: z.enum(NEED_STATUSES).optional(),
  ownerOrgId: z.coerce.number().int().positive().optional(),
  /** Only needs whose deadline has not passed. */
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type NeedListQuery = z.input<typeof needListQuerySchema>;
export const needPageSchema = pageOf(needSchema);

/** The administration's decision on a submitted need: publish, or return with the reason. */
export const needReviewSchema = achievementReviewSchema;
