import { z } from 'zod';
import { fenSchema, pageOf, pageQuerySchema } from './common.ts';

export const ORDER_STATUSES = [
  'requested',
  'quoted',
  'accepted',
  'in_service',
  'delivered',
  'completed',
  'cancelled',
  'rejected',
  'disputed',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const BOOKING_STATUSES = ['pending', 'confirmed', 'rejected', 'cancelled', 'completed', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

const isoInstant = z.iso.datetime({ offset: true });

export const bookingCreateSchema = z.object({
  instrumentId: z.number().int().positive(),
  start: isoInstant,
  end: isoInstant,
  purpose: z.string().trim().max(1000).default(''),
  samples: z.number().int().min(0).max(10_000).default(0),
});
export const bookingRescheduleSchema = z.object({ start: isoInstant, end: isoInstant });
export const reasonSchema = z.object({ reason: z.string().trim().min(2).max(500) });
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
  instrumentId: z.coerce.number().int().positive().optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
  scope: z.enum(['mine', 'provider', 'all']).default('mine'),
});
export const bookingPageSchema = pageOf(bookingSchema);

export const orderCreateSchema = z.object({
  serviceId: z.number().int().positive(),
  quantity: z.number().positive().max(1_000_000).default(1),
  note: z.string().trim().max(2000).default(''),
});
export const quoteSchema = z.object({ amount: fenSchema, note: z.string().trim().max(2000).default('') });
export const deliverSchema = z.object({
  note: z.string().trim().min(1).max(5000),
  files: z
    .array(z.string().regex(/^[0-9a-f]{64}$/))
    .max(20)
    .default([]),
});
export const rateSchema = z.object({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).default(''),
});
export const disputeSchema = z.object({ note: z.string().trim().min(2).max(2000) });
export const resolveDisputeSchema = z.object({
  outcome: z.enum(['completed', 'cancelled']),
  note: z.string().trim().min(2).max(2000),
});

export const orderEventSchema = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  note: z.string().nullable(),
});
export const orderSchema = z.object({
  id: z.number(),
  serviceId: z.number(),
  serviceTitle: z.string(),
  category: z.string(),
  providerId: z.number(),
  providerName: z.string(),
  buyerOrgId: z.number(),
  buyerOrgName: z.string(),
  status: z.enum(ORDER_STATUSES),
  quantity: z.number(),
  amount: z.number().nullable(),
  requestNote: z.string(),
  quoteNote: z.string().nullable(),
  deliveryNote: z.string().nullable(),
  deliveryFiles: z.array(z.string()),
  disputeNote: z.string().nullable(),
  cancelReason: z.string().nullable(),
  rating: z.number().nullable(),
  ratingComment: z.string().nullable(),
  bookingId: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(orderEventSchema).optional(),
  /** Vouchers paying part of the order: ours (held, consumed or released) and partner regions'. */
  vouchers: z
    .array(z.object({ number: z.string(), region: z.string().nullable(), amount: z.number(), status: z.string() }))
    .optional(),
});
export type Order = z.infer<typeof orderSchema>;
export const orderListQuerySchema = pageQuerySchema.extend({
  status: z.enum(ORDER_STATUSES).optional(),
  scope: z.enum(['buyer', 'provider', 'all']).default('buyer'),
});
export const orderPageSchema = pageOf(orderSchema);
