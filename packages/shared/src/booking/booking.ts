import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/schemas.ts';

export const BOOKING_STATUSES = ['pending', 'confirmed', 'rejected', 'cancelled', 'completed', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

const isoInstant = z.iso.datetime({ offset: true });

export const bookingCreateSchema = z.object({
  instrumentId: z.number().int().positive(),
  start: isoInstant,
  end: isoInstant,
  purpose: z.string().trim().max(1000).default(''),
  samples: z.number().int().min(0).max(10_000).default(0),
  /**
   * The booker's innovation vouchers that pay part of the estimate (held at once, released if the booking is rejected
   * or cancelled): by booking, the booker agrees to the estimate at the listed price.
   */
  vouchers: z.array(z.number().int().positive()).max(10).default([]),
});
export const bookingRescheduleSchema = z.object({
  start: isoInstant,
  end: isoInstant,
  /** The vouchers paying the new time; left out, the vouchers that paid the old time pay the new one. */
  vouchers: z.array(z.number().int().positive()).max(10).optional(),
});
export const usageInputSchema = z.object({
  actualStart: isoInstant,
  actualEnd: isoInstant,
  samples: z.number().int().min(0).max(100_000).default(0),
  operator: z.string().trim().max(64).default(''),
  notes: z.string().trim().max(2000).default(''),
});

export const bookingSchema = z.object({
  id: z.number(),
  instrumentId: z.number(),
  instrumentName: z.string(),
  providerId: z.number(),
  orderId: z.number(),
  userId: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  start: z.string(),
  end: z.string(),
  status: z.enum(BOOKING_STATUSES),
  purpose: z.string(),
  samples: z.number(),
  rejectReason: z.string().nullable(),
  lateCancel: z.boolean(),
  cancelFee: z.number(),
  usage: z
    .object({
      actualStart: z.string(),
      actualEnd: z.string(),
      billedMinutes: z.number(),
      hourlyPrice: z.number(),
      fee: z.number(),
      samples: z.number(),
      operator: z.string(),
    })
    .nullable(),
  createdAt: z.string(),
});
export type Booking = z.infer<typeof bookingSchema>;
export const bookingListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the instrument's or the booking organisation's name or the purpose, or the booking number. */
  q: z.string().trim().max(100).optional(),
  instrumentId: z.coerce.number().int().positive().optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
  scope: z.enum(['mine', 'provider', 'all']).default('mine'),
});
export const bookingPageSchema = pageOf(bookingSchema);
export type BookingPage = z.infer<typeof bookingPageSchema>;
export type BookingCreateBody = z.input<typeof bookingCreateSchema>;
/** What the provider sends to record a use: the usage and the result files (uploads by content hash). */
export const usageBodySchema = usageInputSchema.extend({
  files: z
    .array(z.string().regex(/^[0-9a-f]{64}$/))
    .max(20)
    .default([]),
});
export type UsageBody = z.input<typeof usageBodySchema>;
export type BookingListParams = z.input<typeof bookingListQuerySchema>;
