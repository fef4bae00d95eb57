import { ORDER_STATUSES } from '@cz/shared';
import { bigint, numeric, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

export const serviceOrders = pgTable('service_orders', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  serviceId: bigint('service_id', { mode: 'number' }).notNull(),
  providerId: bigint('provider_id', { mode: 'number' }).notNull(),
  buyerOrgId: bigint('buyer_org_id', { mode: 'number' }).notNull(),
  buyerUserId: bigint('buyer_user_id', { mode: 'number' }).notNull(),
  status: text('status', { enum: ORDER_STATUSES }).notNull(),
  requestNote: text('request_note').notNull().default(''),
  quantity: numeric('quantity', { precision: 12, scale: 2, mode: 'number' }).notNull().default(1),
  amount: bigint('amount', { mode: 'number' }),
  quoteNote: text('quote_note'),
  deliveryNote: text('delivery_note'),
  deliveryFiles: text('delivery_files').array().notNull().default([]),
  disputeNote: text('dispute_note'),
  cancelReason: text('cancel_reason'),
  rating: smallint('rating'),
  ratingComment: text('rating_comment'),
  ratedAt: timestamp('rated_at', { withTimezone: true }),
  quotedAt: timestamp('quoted_at', { withTimezone: true }),
  acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  completedAt: timestamp('completed_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type OrderRow = typeof serviceOrders.$inferSelect;

export const orderEvents = pgTable('order_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orderId: bigint('order_id', { mode: 'number' }).notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorId: bigint('actor_id', { mode: 'number' }),
  fromStatus: text('from_status'),
  toStatus: text('to_status').notNull(),
  note: text('note'),
});
