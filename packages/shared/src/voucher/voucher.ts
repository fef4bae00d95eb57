import { z } from 'zod';
import { SERVICE_CATEGORY_CODES } from '../catalog/catalog.ts';
import { csvOf, dateSchema, fenSchema, instantSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';

export const schemeInputSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    name: z.string().trim().min(2).max(200),
    budget: fenSchema.refine((v) => v > 0, 'voucher.budget_positive'),
    perEnterpriseCap: fenSchema.refine((v) => v > 0, 'voucher.cap_positive'),
    coveragePercent: z.number().gt(0).max(100),
    amountMode: z.enum(['unit', 'free']),
    unitAmount: fenSchema.nullish(),
    validityMonths: z.number().int().min(1).max(36).nullish(),
    validUntil: dateSchema.nullish(),
    categories: z.array(z.enum(SERVICE_CATEGORY_CODES)).min(1),
    requireTsme: z.boolean().default(true),
    allowIncubatorTenants: z.boolean().default(true),
    applyFrom: dateSchema,
    applyTo: dateSchema,
  })
  .refine((s) => s.amountMode === 'free' || (s.unitAmount ?? 0) > 0, {
    message: 'voucher.unit_required',
    path: ['unitAmount'],
  })
  .refine((s) => (s.validityMonths ? 1 : 0) + (s.validUntil ? 1 : 0) === 1, {
    message: 'voucher.validity_one_of',
    path: ['validityMonths'],
  })
  .refine((s) => s.applyTo >= s.applyFrom, { message: 'voucher.window_order', path: ['applyTo'] })
  .refine((s) => s.perEnterpriseCap <= s.budget, { message: 'voucher.cap_above_budget', path: ['perEnterpriseCap'] });

export const SCHEME_STATUSES = ['draft', 'open', 'closed'] as const;
export type SchemeStatus = (typeof SCHEME_STATUSES)[number];

export const schemeSchema = z.object({
  id: z.number(),
  year: z.number(),
  name: z.string(),
  budget: z.number(),
  perEnterpriseCap: z.number(),
  coveragePercent: z.number(),
  amountMode: z.enum(['unit', 'free']),
  unitAmount: z.number().nullable(),
  validityMonths: z.number().nullable(),
  validUntil: z.string().nullable(),
  categories: z.array(z.string()),
  requireTsme: z.boolean(),
  allowIncubatorTenants: z.boolean(),
  applyFrom: z.string(),
  applyTo: z.string(),
  status: z.enum(SCHEME_STATUSES),
  /** Budget not yet issued as vouchers (fen). */
  remaining: z.number(),
  issued: z.number(),
});
export type Scheme = z.infer<typeof schemeSchema>;
/** Schemes newest year first; drafts only for the administration, whatever the filter says. */
export const schemeListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the scheme's name, or (digits) its number. */
  q: z.string().trim().max(100).optional(),
  year: z.coerce.number().int().optional(),
  /** One or more of the statuses, comma-separated (`open,closed`: the published ones). */
  status: csvOf(SCHEME_STATUSES).optional(),
});
export type SchemeListParams = z.input<typeof schemeListQuerySchema>;
export const schemePageSchema = pageOf(schemeSchema);
export type SchemePage = z.infer<typeof schemePageSchema>;

export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export const applicationInputSchema = z.object({
  amount: fenSchema.refine((v) => v > 0, 'voucher.amount_positive'),
  purpose: z.string().trim().min(2).max(2000),
});
export const decisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), amount: fenSchema.optional() }),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(2).max(500) }),
]);
export const applicationSchema = z.object({
  id: z.number(),
  schemeId: z.number(),
  schemeName: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  amount: z.number(),
  purpose: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  approvedAmount: z.number().nullable(),
  rejectReason: z.string().nullable(),
  voucherId: z.number().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export const applicationListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the enterprise's or the scheme's name or of the purpose, or (digits) the application number. */
  q: z.string().trim().max(100).optional(),
  schemeId: z.coerce.number().int().positive().optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
  scope: z.enum(['mine', 'all']).default('mine'),
});
export const applicationPageSchema = pageOf(applicationSchema);

export const eligibilitySchema = z.object({
  eligible: z.boolean(),
  reasons: z.array(z.string()),
  remainingCap: z.number(),
});

export const voucherSchema = z.object({
  id: z.number(),
  number: z.string(),
  schemeId: z.number(),
  schemeName: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  amount: z.number(),
  balance: z.number(),
  held: z.number(),
  spent: z.number(),
  coveragePercent: z.number(),
  categories: z.array(z.string()),
  issuedAt: z.string(),
  validUntil: z.string(),
  status: z.enum(['active', 'suspended', 'expired']),
});
export type Voucher = z.infer<typeof voucherSchema>;
export const voucherListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the voucher number, the scheme's or the enterprise's name. */
  q: z.string().trim().max(100).optional(),
  scope: z.enum(['mine', 'all']).default('mine'),
  schemeId: z.coerce.number().int().positive().optional(),
});
export const voucherPageSchema = pageOf(voucherSchema);
export type VoucherPage = z.infer<typeof voucherPageSchema>;
export type VoucherApplication = z.infer<typeof applicationSchema>;
export type ApplicationPage = z.infer<typeof applicationPageSchema>;
export type Eligibility = z.infer<typeof eligibilitySchema>;
export type SchemeInput = z.infer<typeof schemeInputSchema>;
export type Decision = z.input<typeof decisionSchema>;

/** 公示: a voucher awarded under a scheme (public). */
export const awardSchema = z.object({
  orgName: z.string(),
  number: z.string(),
  amount: fenSchema,
  issuedAt: instantSchema,
});
export type Award = z.infer<typeof awardSchema>;
export const awardListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the enterprise's name or of the voucher number. */
  q: z.string().trim().max(100).optional(),
});
export type AwardListParams = z.input<typeof awardListQuerySchema>;
export const awardPageSchema = pageOf(awardSchema);
export type AwardPage = z.infer<typeof awardPageSchema>;
export type ApplicationStatus = VoucherApplication['status'];
export type ApplicationListParams = z.input<typeof applicationListQuerySchema>;
export type VoucherListParams = z.input<typeof voucherListQuerySchema>;
