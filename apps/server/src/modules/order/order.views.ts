import { ORDER_STATUSES } from '@cz/shared';
import { bigint, pgView, text, timestamp } from 'drizzle-orm/pg-core';

/** Published read view (migration 0012): what other areas read of an order. */
export const orderRecords = pgView('order_records', {
  id: bigint('id', { mode: 'number' }).notNull(),
  serviceId: bigint('service_id', { mode: 'number' }).notNull(),
  providerId: bigint('provider_id', { mode: 'number' }).notNull(),
  buyerOrgId: bigint('buyer_org_id', { mode: 'number' }).notNull(),
  status: text('status', { enum: ORDER_STATUSES }).notNull(),
  amount: bigint('amount', { mode: 'number' }),
  deliveryFiles: text('delivery_files').array().notNull(),
  completedAt: timestamp('completed_at', { withTimezone: true }),
}).existing();
