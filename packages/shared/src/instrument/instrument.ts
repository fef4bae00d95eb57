import { z } from 'zod';
import { openingHoursSchema } from '../booking/booking-rules.ts';
import { fenSchema, instantSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';

export const INSTRUMENT_STATUSES = ['available', 'maintenance', 'retired'] as const;
export const OPERATION_MODES = ['assisted', 'self'] as const;
/** 大型科研仪器: original value of at least 50万元 (in fen). */
export const LARGE_INSTRUMENT_FEN = 50_000_000;

export const INSTRUMENT_CATEGORIES = {
  microscopy: { zh: '显微成像', en: 'Microscopy' },
  diffraction: { zh: '衍射与结构分析', en: 'Diffraction and structure' },
  spectroscopy: { zh: '光谱与质谱', en: 'Spectroscopy and mass spectrometry' },
  environmental: { zh: '环境与可靠性试验', en: 'Environmental and reliability testing' },
  electrical: { zh: '电学与光伏测试', en: 'Electrical and PV testing' },
  metrology: { zh: '计量与几何测量', en: 'Metrology' },
  materials: { zh: '材料力学与热分析', en: 'Materials and thermal analysis' },
  other: { zh: '其他', en: 'Other' },
} as const;
export type InstrumentCategory = keyof typeof INSTRUMENT_CATEGORIES;
export const INSTRUMENT_CATEGORY_CODES = Object.keys(INSTRUMENT_CATEGORIES) as [
  InstrumentCategory,
  ...InstrumentCategory[],
];

export const instrumentInputSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    model: z.string().trim().max(100).default(''),
    manufacturer: z.string().trim().max(100).default(''),
    category: z.enum(INSTRUMENT_CATEGORY_CODES),
    originalValue: fenSchema,
    location: z.string().trim().max(200).default(''),
    photos: z
      .array(z.string().regex(/^[0-9a-f]{64}$/))
      .max(12)
      .default([]),
    parameters: z
      .array(z.object({ name: z.string().trim().min(1).max(64), value: z.string().trim().max(500) }))
      .max(50)
      .default([]),
    sampleRequirements: z.string().trim().max(5000).default(''),
    description: z.string().trim().max(20_000).default(''),
    priceInternal: fenSchema,
    priceExternal: fenSchema,
    operation: z.enum(OPERATION_MODES).default('assisted'),
    trainingRequired: z.boolean().default(false),
    status: z.enum(INSTRUMENT_STATUSES).default('available'),
    openingHours: openingHoursSchema,
    minMinutes: z.number().int().min(5).max(1440).default(30),
    maxMinutes: z.number().int().min(5).max(10_080).default(480),
    slotMinutes: z.number().int().min(5).max(1440).default(30),
    horizonDays: z.number().int().min(1).max(730).default(60),
    minNoticeMinutes: z.number().int().min(0).max(43_200).default(60),
    bufferMinutes: z.number().int().min(0).max(1440).default(0),
    approvalRequired: z.boolean().default(true),
    cancelNoticeHours: z.number().int().min(0).max(720).default(24),
    lateCancelPercent: z.number().int().min(0).max(100).default(0),
    voucherEligible: z.boolean().default(true),
    region: z.string().trim().min(1).max(64).default('长治市'),
  })
  .refine((i) => i.maxMinutes >= i.minMinutes, { message: 'instrument.lengths', path: ['maxMinutes'] })
  .refine((i) => i.minMinutes % i.slotMinutes === 0, { message: 'instrument.min_not_on_grid', path: ['minMinutes'] });
export type InstrumentInput = z.input<typeof instrumentInputSchema>;

export const instrumentSchema = z.object({
  id: z.number(),
  serviceId: z.number(),
  providerId: z.number(),
  providerName: z.string(),
  name: z.string(),
  model: z.string(),
  manufacturer: z.string(),
  category: z.enum(INSTRUMENT_CATEGORY_CODES),
  originalValue: z.number(),
  isLarge: z.boolean(),
  location: z.string(),
  photos: z.array(z.string()),
  parameters: z.array(z.object({ name: z.string(), value: z.string() })),
  sampleRequirements: z.string(),
  description: z.string(),
  priceInternal: z.number(),
  priceExternal: z.number(),
  operation: z.enum(OPERATION_MODES),
  trainingRequired: z.boolean(),
  status: z.enum(INSTRUMENT_STATUSES),
  openingHours: openingHoursSchema,
  minMinutes: z.number(),
  maxMinutes: z.number(),
  slotMinutes: z.number(),
  horizonDays: z.number(),
  minNoticeMinutes: z.number(),
  bufferMinutes: z.number(),
  approvalRequired: z.boolean(),
  cancelNoticeHours: z.number(),
  lateCancelPercent: z.number(),
  voucherEligible: z.boolean(),
  region: z.string(),
  listingStatus: z.string(),
  rating: z.number().nullable(),
  ratingCount: z.number(),
});
export type Instrument = z.infer<typeof instrumentSchema>;

export const INSTRUMENT_SORTS = ['relevance', 'newest', 'price_asc', 'price_desc', 'rating'] as const;
export type InstrumentSort = (typeof INSTRUMENT_SORTS)[number];
export const instrumentListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  category: z.enum(INSTRUMENT_CATEGORY_CODES).optional(),
  providerId: z.coerce.number().int().positive().optional(),
  status: z.enum(INSTRUMENT_STATUSES).optional(),
  large: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(INSTRUMENT_SORTS).default('relevance'),
});
export type InstrumentListQuery = z.input<typeof instrumentListQuerySchema>;
export const instrumentListItemSchema = instrumentSchema.pick({
  id: true,
  serviceId: true,
  providerId: true,
  providerName: true,
  name: true,
  model: true,
  manufacturer: true,
  category: true,
  originalValue: true,
  isLarge: true,
  location: true,
  photos: true,
  priceInternal: true,
  priceExternal: true,
  status: true,
  approvalRequired: true,
  trainingRequired: true,
  voucherEligible: true,
  rating: true,
  ratingCount: true,
});
/** The list answers whole instruments (every field of `instrumentSchema`); list views use the fields above. */
export const instrumentPageSchema = pageOf(instrumentSchema);

const isoInstant = z.iso.datetime({ offset: true });
export const blackoutInputSchema = z.object({
  start: isoInstant,
  end: isoInstant,
  reason: z.string().trim().max(200).default(''),
});
export const availabilityQuerySchema = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export const availabilitySchema = z.object({
  open: z.array(z.object({ start: z.string(), end: z.string() })),
  busy: z.array(z.object({ start: z.string(), end: z.string(), status: z.string(), mine: z.boolean() })),
  /** Blackouts; their ids only for the provider and admins (who may remove them). */
  blackouts: z.array(z.object({ id: z.number().optional(), start: z.string(), end: z.string(), reason: z.string() })),
});
export type Availability = z.infer<typeof availabilitySchema>;
export type InstrumentListItem = z.infer<typeof instrumentListItemSchema>;
export type InstrumentPage = z.infer<typeof instrumentPageSchema>;

/** A user trained on an instrument. */
export const qualificationSchema = z.object({
  userId: z.number(),
  username: z.string(),
  displayName: z.string(),
  orgName: z.string().nullable(),
  grantedAt: instantSchema,
});
export type Qualification = z.infer<typeof qualificationSchema>;
export type InstrumentListParams = z.input<typeof instrumentListQuerySchema>;
