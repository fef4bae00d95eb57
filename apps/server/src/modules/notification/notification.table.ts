import { bigint, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const notifications = pgTable('notifications', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
  kind: text('kind').notNull(),
  params: jsonb('params').$type<Record<string, string | number | null>>().notNull().default({}),
  link: text('link'),
  readAt: timestamp('read_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Set by the email sender (the table is the outbox) once sent. */
  emailedAt: timestamp('emailed_at', { withTimezone: true }),
  emailError: text('email_error'),
});
