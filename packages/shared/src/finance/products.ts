import { z } from 'zod';
import { fenSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';
import { type Condition, conditionSchema } from '../policy/conditions.ts';
import { INSTITUTION_KINDS } from './institutions.ts';

/** What a product is: a loan without collateral, one a guarantor backs, a pledge loan, cover, equity, a lease. */
export const PRODUCT_KINDS = ['credit', 'guarantee', 'pledge', 'insurance', 'equity', 'leasing'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

/** What backs a loan: 信用, 保证, 抵押, 质押, 知识产权质押, 股权质押. */
export const GUARANTEE_KINDS = ['credit', 'guarantee', 'mortgage', 'pledge', 'ip_pledge', 'equity_pledge'] as const;
export type GuaranteeKind = (typeof GUARANTEE_KINDS)[number];

/** What can be put up: 不动产, 设备, 应收账款, 专利, 股权, 存单. */
export const COLLATERAL_KINDS = ['real_estate', 'equipment', 'receivables', 'patent', 'equity', 'deposit'] as const;
export type CollateralKind = (typeof COLLATERAL_KINDS)[number];

/** 等额本息, 等额本金, 按月付息到期还本, 到期一次还本付息, 随借随还. */
export const REPAYMENT_KINDS = [
  'equal_instalment',
  'equal_principal',
  'interest_monthly',
  'bullet',
  'revolving',
] as const;
export type RepaymentKind = (typeof REPAYMENT_KINDS)[number];

/**
 * A rate as the contract states it: fixed (年化, in basis points: 385 is 3.85 %), or the 1-year 贷款市场报价利率 plus
 * a spread in basis points (LPR + 50bp), the usual form since 2019 (中国人民银行公告〔2019〕第15号).
 */
export const RATE_MODES = ['fixed', 'lpr'] as const;
export type RateMode = (typeof RATE_MODES)[number];

/** 信用标, 质押标, 创新标 and the zone's loan labels (科技助保贷, 科技信用贷, 科技快速贷): administrators keep the list. */
export const LABEL_CODE = /^[a-z][a-z0-9_]{1,29}$/;
export const DEFAULT_LABELS = [
  { code: 'zhubao', zh: '科技助保贷', en: 'Tech loan with guarantee support' },
  { code: 'xinyong', zh: '科技信用贷', en: 'Tech credit loan' },
  { code: 'kuaisu', zh: '科技快速贷', en: 'Tech fast loan' },
  { code: 'credit_mark', zh: '信用标', en: 'Credit mark' },
  { code: 'pledge_mark', zh: '质押标', en: 'Pledge mark' },
  { code: 'innovation_mark', zh: '创新标', en: 'Innovation mark' },
] as const;

export const labelSchema = z.object({
  code: z.string().regex(LABEL_CODE),
  zh: z.string().trim().min(2).max(30),
  en: z.string().trim().min(2).max(60),
  active: z.boolean().default(true),
});
export type Label = z.infer<typeof labelSchema>;

/** A term as min / default / max, min ≤ default ≤ max. */
const range = (value: z.ZodNumber) =>
  z
    .object({ min: value, default: value, max: value })
    .refine((r) => r.min <= r.default && r.default <= r.max, { message: 'finance.range_order', path: ['default'] });

export const amountRangeSchema = range(fenSchema.min(1));
export const termRangeSchema = range(z.number().int().min(1).max(360));
export type Range = { min: number; default: number; max: number };

export const rateSchema = z
  .object({
    mode: z.enum(RATE_MODES),
    /** Fixed: the annual rate; LPR: the spread over it (it may be below LPR). Basis points. */
    minBp: z.number().int().min(-500).max(2_400),
    defaultBp: z.number().int().min(-500).max(2_400),
    maxBp: z.number().int().min(-500).max(2_400),
  })
  .refine((r) => r.minBp <= r.defaultBp && r.defaultBp <= r.maxBp, {
    message: 'finance.range_order',
    path: ['defaultBp'],
  })
  .refine((r) => r.mode === 'lpr' || r.minBp >= 0, { message: 'finance.rate_negative', path: ['minBp'] });
export type Rate = z.infer<typeof rateSchema>;

/** The annual rate in basis points that `bp` of `rate` means with the LPR at `lprBp`. */
export const effectiveBp = (mode: RateMode, bp: number, lprBp: number) => (mode === 'lpr' ? lprBp + bp : bp);

export const productInputSchema = z.object({
  name: z.string().trim().min(2).max(100),
  kind: z.enum(PRODUCT_KINDS),
  labels: z.array(z.string().regex(LABEL_CODE)).max(6).default([]),
  summary: z.string().trim().min(10).max(2_000),
  /** The amount lent, insured or invested. */
  amount: amountRangeSchema,
  termMonths: termRangeSchema,
  /** null for a product with no rate (equity). For insurance, the premium rate. */
  rate: rateSchema.nullable(),
  guaranteeKinds: z.array(z.enum(GUARANTEE_KINDS)).min(1).max(GUARANTEE_KINDS.length),
  /** What the lender accepts as collateral; empty when it takes none. */
  collateralKinds: z.array(z.enum(COLLATERAL_KINDS)).max(COLLATERAL_KINDS.length).default([]),
  repaymentKinds: z.array(z.enum(REPAYMENT_KINDS)).max(REPAYMENT_KINDS.length).default([]),
  /** Typical working days from a complete application to a decision. */
  approvalDays: z.number().int().min(1).max(180),
  materials: z.array(z.string().trim().min(2).max(100)).max(30).default([]),
  /** Where it is offered: names of cities or counties ("长治市"); empty is everywhere the institution serves. */
  regions: z.array(z.string().trim().min(2).max(30)).max(30).default([]),
  /** Who may have it, in the policy area's rule format; null when anyone may apply. */
  condition: conditionSchema.nullable().default(null),
  /** Policy items that subsidise it (贴息, 担保费补贴). */
  policyItemIds: z.array(z.number().int().positive()).max(10).default([]),
});
export type ProductInput = z.input<typeof productInputSchema>;

/** A product's listing: written, sent to the finance office, published or returned, suspended, retired. */
export const PRODUCT_STATUSES = ['draft', 'submitted', 'published', 'returned', 'suspended', 'retired'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
export const PRODUCT_ACTIONS = ['submit', 'withdraw', 'publish', 'return', 'suspend', 'resume', 'retire'] as const;
export type ProductAction = (typeof PRODUCT_ACTIONS)[number];
/** The statuses each action starts from (the database holds the same, migration 0044). */
export const PRODUCT_TRANSITIONS: Record<ProductAction, { from: readonly ProductStatus[]; to: ProductStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  withdraw: { from: ['submitted'], to: 'draft' },
  publish: { from: ['submitted'], to: 'published' },
  return: { from: ['submitted'], to: 'returned' },
  suspend: { from: ['published'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'published' },
  retire: { from: ['draft', 'returned', 'published', 'suspended'], to: 'retired' },
};
export const PRODUCT_EDITABLE: readonly ProductStatus[] = ['draft', 'returned'];

const rangeOut = z.object({ min: z.number().int(), default: z.number().int(), max: z.number().int() });

export const productSchema = z.object({
  id: z.number().int(),
  institutionOrgId: z.number().int(),
  institutionName: z.string(),
  institutionKind: z.enum(INSTITUTION_KINDS),
  name: z.string(),
  kind: z.enum(PRODUCT_KINDS),
  labels: z.array(z.string()),
  summary: z.string(),
  amount: rangeOut,
  termMonths: rangeOut,
  rate: z
    .object({
      mode: z.enum(RATE_MODES),
      minBp: z.number().int(),
      defaultBp: z.number().int(),
      maxBp: z.number().int(),
    })
    .nullable(),
  guaranteeKinds: z.array(z.enum(GUARANTEE_KINDS)),
  collateralKinds: z.array(z.enum(COLLATERAL_KINDS)),
  repaymentKinds: z.array(z.enum(REPAYMENT_KINDS)),
  approvalDays: z.number().int(),
  materials: z.array(z.string()),
  regions: z.array(z.string()),
  condition: z.custom<Condition>().nullable(),
  policyItemIds: z.array(z.number().int()),
  status: z.enum(PRODUCT_STATUSES),
  reviewNote: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Product = z.infer<typeof productSchema>;

export const productListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(PRODUCT_KINDS).optional(),
  label: z.string().regex(LABEL_CODE).optional(),
  institutionOrgId: z.coerce.number().int().positive().optional(),
  status: z.enum(PRODUCT_STATUSES).optional(),
  /** `mine`: the products of my institution in every status; `review`: the finance office's queue and all. */
  scope: z.enum(['public', 'mine', 'all']).default('public'),
});
export type ProductListQuery = z.input<typeof productListQuerySchema>;
export const productPageSchema = pageOf(productSchema);

export const productReviewSchema = z.object({
  decision: z.enum(['publish', 'return']),
  note: z.string().trim().max(500).default(''),
});
export const productStepSchema = z.object({
  action: z.enum(['submit', 'withdraw', 'suspend', 'resume', 'retire']),
  note: z.string().trim().max(500).default(''),
});

/** Side by side: two to four products. */
export const MAX_COMPARED = 4;
export const compareQuerySchema = z.object({
  ids: z
    .string()
    .max(100)
    .transform((s) => [...new Set(s.split(',').map((x) => Number(x.trim())))])
    .pipe(z.array(z.number().int().positive()).min(2).max(MAX_COMPARED)),
});
