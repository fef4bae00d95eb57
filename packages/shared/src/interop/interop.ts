import { z } from 'zod';
import { fenSchema, instantSchema, pageOf, pageQuerySchema, pgTimestampSchema } from '../common/schemas.ts';

/** 通用通兑: partner regions (admin registry) and the signed machine API they call on our vouchers. */
export const partnerInputSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]{2,32}$/),
  name: z.string().trim().min(2).max(100),
  baseUrl: z.url().regex(/^https?:\/\//),
  /** Required when registering; on an update, leave it out to keep the current one. */
  secret: z.string().min(32).max(256).optional(),
  active: z.boolean().default(true),
});
export type PartnerInput = z.input<typeof partnerInputSchema>;

/** A partner region as the registry lists it; the shared secret is never read back. */
export const partnerSchema = z.object({
  code: z.string(),
  name: z.string(),
  baseUrl: z.string(),
  active: z.boolean(),
  createdAt: pgTimestampSchema,
});
export type Partner = z.infer<typeof partnerSchema>;
export const partnerListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the region's code, name or API address. */
  q: z.string().trim().max(100).optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type PartnerListParams = z.input<typeof partnerListQuerySchema>;
export const partnerPageSchema = pageOf(partnerSchema);
export type PartnerPage = z.infer<typeof partnerPageSchema>;

/** An active partner region: the choices of a partner voucher or a reimbursement. */
export const regionSchema = z.object({ code: z.string(), name: z.string() });
export type Region = z.infer<typeof regionSchema>;

/**
 * A verification shows a voucher's balance only to a region that may know it: the caller sends the holder's
 * redemption code, or the id of a hold it already has on the voucher (asking for the coverage when it confirms).
 */
export const interopVerifyBodySchema = z
  .object({
    number: z.string().trim().min(1).max(64),
    code: z.string().trim().min(1).max(32).optional(),
    holdId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .refine((b) => (b.code === undefined) !== (b.holdId === undefined), {
    message: 'send the holder’s redemption code or the id of your hold on the voucher, one of the two',
    path: ['code'],
  });
export const interopHoldBodySchema = z.object({
  number: z.string().trim().min(1).max(64),
  /** The holder's redemption code of the voucher: the number alone holds nothing. */
  code: z.string().trim().min(1).max(32),
  amount: z.number().int().positive(),
  orderRef: z.string().trim().min(1).max(128),
  category: z.string().trim().min(1).max(32),
});
export const interopConfirmBodySchema = z.object({
  holdId: z.number().int().positive(),
  amount: z.number().int().min(0),
});
export const interopReleaseBodySchema = z.object({ holdId: z.number().int().positive() });

/** What a partner region learns about one of our vouchers. */
export const interopVoucherSchema = z.object({
  number: z.string(),
  status: z.enum(['active', 'suspended', 'expired']),
  /** fen available (not held). */
  balance: fenSchema,
  coveragePercent: z.number(),
  validUntil: instantSchema,
  categories: z.array(z.string()),
});
export type InteropVoucher = z.infer<typeof interopVoucherSchema>;
export const interopHoldSchema = z.object({
  holdId: z.number(),
  number: z.string(),
  amount: fenSchema,
  /** fen left on the voucher after the hold. */
  balance: fenSchema,
});
export type InteropHold = z.infer<typeof interopHoldSchema>;
export const interopConfirmSchema = z.object({ holdId: z.number(), status: z.literal('confirmed'), amount: fenSchema });
export type InteropConfirm = z.infer<typeof interopConfirmSchema>;
export const interopReleaseSchema = z.object({ holdId: z.number(), status: z.literal('released') });
export type InteropRelease = z.infer<typeof interopReleaseSchema>;

/**
 * A voucher's redemption code for 通兑: ten characters of Crockford's base 32, written `XXXXX-XXXXX`. Case, spaces and
 * hyphens do not matter, and O, I and L are read as 0, 1 and 1.
 */
export const redemptionCodeSchema = z.string().trim().min(10).max(32);
/** The holder's view of a voucher's redemption code: when it was set, and whether wrong codes have locked it. */
export const redemptionCodeStatusSchema = z.object({
  setAt: z.string().nullable(),
  failures: z.number(),
  locked: z.boolean(),
});
export type RedemptionCodeStatus = z.infer<typeof redemptionCodeStatusSchema>;
/** A new redemption code, shown to the holder this once: only its hash is kept. */
export const newRedemptionCodeSchema = z.object({ code: z.string(), setAt: z.string() });
export type NewRedemptionCode = z.infer<typeof newRedemptionCodeSchema>;
