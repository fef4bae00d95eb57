import { PRICING_MODES, SERVICE_CATEGORY_CODES, SERVICE_STATUSES } from '@cz/shared';
import { bigint, boolean, customType, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const services = pgTable('services', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  providerId: bigint('provider_id', { mode: 'number' }).notNull(),
  category: text('category', { enum: SERVICE_CATEGORY_CODES }).notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  pricing: text('pricing', { enum: PRICING_MODES }).notNull(),
  price: bigint('price', { mode: 'number' }),
  leadTimeDays: integer('lead_time_days').notNull().default(0),
  qualifications: text('qualifications').array().notNull().default([]),
  region: text('region').notNull().default('长治市'),
  voucherEligible: boolean('voucher_eligible').notNull().default(false),
  status: text('status', { enum: SERVICE_STATUSES }).notNull().default('active'),
  suspendReason: text('suspend_reason'),
  search: tsvector('search'),
  ratingSum: bigint('rating_sum', { mode: 'number' }).notNull().default(0),
  ratingCount: integer('rating_count').notNull().default(0),
  completedCount: integer('completed_count').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type ServiceRow = typeof services.$inferSelect;
