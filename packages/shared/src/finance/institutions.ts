import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/schemas.ts';

/**
 * 金融机构 of the zone's 科技金融服务平台 and 网络金融超市 (seed 九.2, 十二.1–4): lenders (banks, small-loan companies,
 * leasing), guarantors and insurers, investors, and the service firms the supermarket also hosts (证券, 评估, 公证).
 * An institution is a verified organisation of kind `finance` in the registry; this area keeps what it offers.
 */
export const INSTITUTION_KINDS = [
  'bank',
  'guarantor',
  'insurer',
  'securities',
  'small_loan',
  'leasing',
  'investment',
  'valuation',
  'notary',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** Kinds that lend, and so take financing needs and run loan cases. */
export const LENDING_KINDS: readonly InstitutionKind[] = ['bank', 'guarantor', 'small_loan', 'leasing', 'investment'];

export const branchSchema = z.object({
  name: z.string().trim().min(2).max(100),
  address: z.string().trim().max(200).default(''),
  phone: z.string().trim().max(40).default(''),
  /** 科技专业支行 (seed 十二.1): a branch that serves technology enterprises. */
  techBranch: z.boolean().default(false),
});
export type Branch = z.infer<typeof branchSchema>;

export const institutionInputSchema = z.object({
  kind: z.enum(INSTITUTION_KINDS),
  intro: z.string().trim().min(10).max(2_000),
  branches: z.array(branchSchema).max(30).default([]),
  contactName: z.string().trim().min(2).max(50),
  contactPhone: z.string().trim().min(5).max(40),
});
export type InstitutionInput = z.input<typeof institutionInputSchema>;

export const institutionSchema = z.object({
  orgId: z.number().int(),
  name: z.string(),
  kind: z.enum(INSTITUTION_KINDS),
  intro: z.string(),
  branches: z.array(branchSchema),
  contactName: z.string(),
  contactPhone: z.string(),
  /** Published products. */
  productCount: z.number().int(),
  /** The institution's active staff on the platform (its members), by name. */
  staff: z.array(z.string()),
  /** Whether the registry has verified the organisation (only verified institutions are listed). */
  verified: z.boolean(),
  updatedAt: z.string(),
});
export type Institution = z.infer<typeof institutionSchema>;

export const institutionListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(INSTITUTION_KINDS).optional(),
});
export const institutionPageSchema = pageOf(institutionSchema);
