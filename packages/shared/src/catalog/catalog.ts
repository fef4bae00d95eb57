import { z } from 'zod';
import { fenSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';

/** The nine service kinds of 九.1 plus instrument sharing. */
export const SERVICE_CATEGORIES = {
  policy: { zh: '政策咨询', en: 'Policy consulting' },
  rnd: { zh: '研究开发', en: 'Research and development' },
  testing: { zh: '检验检测', en: 'Testing and inspection' },
  transfer: { zh: '技术转移', en: 'Technology transfer' },
  incubation: { zh: '创业孵化', en: 'Incubation' },
  ip: { zh: '知识产权', en: 'Intellectual property' },
  consulting: { zh: '科技咨询', en: 'S&T consulting' },
  finance: { zh: '科技金融', en: 'Technology finance' },
  popularization: { zh: '科学普及', en: 'Science popularisation' },
  instrument: { zh: '仪器共享', en: 'Instrument sharing' },
} as const;
export type ServiceCategory = keyof typeof SERVICE_CATEGORIES;
export const SERVICE_CATEGORY_CODES = Object.keys(SERVICE_CATEGORIES) as [ServiceCategory, ...ServiceCategory[]];

export const PRICING_MODES = ['fixed', 'hourly', 'per_sample', 'quote'] as const;
export type PricingMode = (typeof PRICING_MODES)[number];
export const SERVICE_STATUSES = ['active', 'suspended', 'withdrawn'] as const;

export const serviceInputSchema = z
  .object({
    category: z.enum(SERVICE_CATEGORY_CODES),
    title: z.string().trim().min(2).max(200),
    description: z.string().trim().max(20_000).default(''),
    pricing: z.enum(PRICING_MODES),
    price: fenSchema.nullish(),
    leadTimeDays: z.number().int().min(0).max(365).default(0),
    qualifications: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
    region: z.string().trim().min(1).max(64).default('长治市'),
    voucherEligible: z.boolean().default(false),
  })
  .refine((s) => s.pricing === 'quote' || (s.price !== null && s.price !== undefined), {
    message: 'service.price_required',
    path: ['price'],
  });
export type ServiceInput = z.input<typeof serviceInputSchema>;

export const serviceSchema = z.object({
  id: z.number(),
  providerId: z.number(),
  providerName: z.string(),
  category: z.enum(SERVICE_CATEGORY_CODES),
  title: z.string(),
  description: z.string(),
  pricing: z.enum(PRICING_MODES),
  price: z.number().nullable(),
  leadTimeDays: z.number(),
  qualifications: z.array(z.string()),
  region: z.string(),
  voucherEligible: z.boolean(),
  status: z.enum(SERVICE_STATUSES),
  suspendReason: z.string().nullable(),
  rating: z.number().nullable(),
  ratingCount: z.number(),
  orderCount: z.number(),
  instrumentId: z.number().nullable(),
  createdAt: z.string(),
});
export type Service = z.infer<typeof serviceSchema>;

export const SERVICE_SORTS = ['relevance', 'newest', 'price_asc', 'price_desc', 'rating'] as const;
export type ServiceSort = (typeof SERVICE_SORTS)[number];
export const serviceListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  category: z.enum(SERVICE_CATEGORY_CODES).optional(),
  priceMin: z.coerce.number().int().min(0).optional(),
  priceMax: z.coerce.number().int().min(0).optional(),
  region: z.string().trim().max(64).optional(),
  minRating: z.coerce.number().min(1).max(5).optional(),
  voucherEligible: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  providerId: z.coerce.number().int().positive().optional(),
  status: z.enum(SERVICE_STATUSES).optional(),
  sort: z.enum(SERVICE_SORTS).default('relevance'),
});
export type ServiceListQuery = z.input<typeof serviceListQuerySchema>;
export const servicePageSchema = pageOf(serviceSchema);

export const suspendBodySchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('suspend'), reason: z.string().trim().min(2).max(500) }),
  z.object({ action: z.literal('reinstate') }),
]);
export type ServicePage = z.infer<typeof servicePageSchema>;
export type SuspendBody = z.input<typeof suspendBodySchema>;
/** How many of the provider's listings were suspended or reinstated. */
export const providerSuspensionSchema = z.object({ changed: z.number() });
export type ServiceListParams = z.input<typeof serviceListQuerySchema>;
