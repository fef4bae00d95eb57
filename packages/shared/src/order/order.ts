import { z } from 'zod';
import { fenSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';

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
  /** A fragment of the service title, the provider's or the buyer's name, or the order number. */
  q: z.string().trim().max(100).optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  scope: z.enum(['buyer', 'provider', 'all']).default('buyer'),
});
export const orderPageSchema = pageOf(orderSchema);
export type OrderPage = z.infer<typeof orderPageSchema>;
export type OrderScope = z.output<typeof orderListQuerySchema>['scope'];
export type OrderListParams = z.input<typeof orderListQuerySchema>;
