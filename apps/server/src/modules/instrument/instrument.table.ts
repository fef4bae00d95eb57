import { INSTRUMENT_CATEGORY_CODES, INSTRUMENT_STATUSES, OPERATION_MODES, type OpeningHours } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { bigint, boolean, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { tstzrange } from '../../kernel/db/columns.ts';

export { parseRange, tstzrange } from '../../kernel/db/columns.ts';

export const instruments = pgTable('instruments', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  providerId: bigint('provider_id', { mode: 'number' }).notNull(),
  serviceId: bigint('service_id', { mode: 'number' }).notNull(),
  name: text('name').notNull(),
  model: text('model').notNull().default(''),
  manufacturer: text('manufacturer').notNull().default(''),
  category: text('category', { enum: INSTRUMENT_CATEGORY_CODES }).notNull(),
  originalValue: bigint('original_value', { mode: 'number' }).notNull(),
  isLarge: boolean('is_large').notNull().generatedAlwaysAs(sql`original_value >= 50000000`),
  location: text('location').notNull().default(''),
  photos: text('photos').array().notNull().default([]),
  parameters: jsonb('parameters').$type<{ name: string; value: string }[]>().notNull().default([]),
  sampleRequirements: text('sample_requirements').notNull().default(''),
  priceInternal: bigint('price_internal', { mode: 'number' }).notNull(),
  priceExternal: bigint('price_external', { mode: 'number' }).notNull(),
  operation: text('operation', { enum: OPERATION_MODES }).notNull().default('assisted'),
  trainingRequired: boolean('training_required').notNull().default(false),
  status: text('status', { enum: INSTRUMENT_STATUSES }).notNull().default('available'),
  openingHours: jsonb('opening_hours').$type<OpeningHours>().notNull(),
  minMinutes: integer('min_minutes').notNull().default(30),
  maxMinutes: integer('max_minutes').notNull().default(480),
  slotMinutes: integer('slot_minutes').notNull().default(30),
  horizonDays: integer('horizon_days').notNull().default(60),
  minNoticeMinutes: integer('min_notice_minutes').notNull().default(60),
  bufferMinutes: integer('buffer_minutes').notNull().default(0),
  approvalRequired: boolean('approval_required').notNull().default(true),
  cancelNoticeHours: integer('cancel_notice_hours').notNull().default(24),
  lateCancelPercent: integer('late_cancel_percent').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type InstrumentRow = typeof instruments.$inferSelect;

export const instrumentBlackouts = pgTable('instrument_blackouts', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  instrumentId: bigint('instrument_id', { mode: 'number' }).notNull(),
  period: tstzrange('period').notNull(),
  reason: text('reason').notNull().default(''),
  createdBy: bigint('created_by', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const instrumentQualifications = pgTable(
  'instrument_qualifications',
  {
    instrumentId: bigint('instrument_id', { mode: 'number' }).notNull(),
    userId: bigint('user_id', { mode: 'number' }).notNull(),
    grantedBy: bigint('granted_by', { mode: 'number' }),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.instrumentId, t.userId] })],
);
