import { BOOKING_STATUSES } from '@cz/shared';
import { bigint, boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { tstzrange } from '../../kernel/db/columns.ts';

export const bookings = pgTable('bookings', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  instrumentId: bigint('instrument_id', { mode: 'number' }).notNull(),
  orderId: bigint('order_id', { mode: 'number' }).notNull(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  period: tstzrange('period').notNull(),
  blocked: tstzrange('blocked').notNull(),
  status: text('status', { enum: BOOKING_STATUSES }).notNull(),
  purpose: text('purpose').notNull().default(''),
  samples: integer('samples').notNull().default(0),
  rejectReason: text('reject_reason'),
  cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  lateCancel: boolean('late_cancel').notNull().default(false),
  cancelFee: bigint('cancel_fee', { mode: 'number' }).notNull().default(0),
  /** The start a cancellation notice is measured against, when the booking was moved inside its notice window. */
  noticeFrom: timestamp('notice_from', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type BookingRow = typeof bookings.$inferSelect;

export const usageRecords = pgTable('usage_records', {
  bookingId: bigint('booking_id', { mode: 'number' }).primaryKey(),
  actual: tstzrange('actual').notNull(),
  samples: integer('samples').notNull().default(0),
  operator: text('operator').notNull().default(''),
  billedMinutes: integer('billed_minutes').notNull(),
  hourlyPrice: bigint('hourly_price', { mode: 'number' }).notNull(),
  fee: bigint('fee', { mode: 'number' }).notNull(),
  external: boolean('external').notNull(),
  notes: text('notes').notNull().default(''),
  recordedBy: bigint('recorded_by', { mode: 'number' }),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
