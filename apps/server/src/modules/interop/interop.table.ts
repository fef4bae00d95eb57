import { bigint, boolean, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** A partner region of 通用通兑 and the HMAC-SHA256 key shared by the pair of platforms. */
export const partnerRegions = pgTable('partner_regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  baseUrl: text('base_url').notNull(),
  secret: text('secret').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type PartnerRegionRow = typeof partnerRegions.$inferSelect;

/** Idempotency of the machine API: one stored answer per region and key. */
export const interopRequests = pgTable(
  'interop_requests',
  {
    region: text('region').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.region, t.idempotencyKey] })],
);

/** Replay protection: a signature is accepted once. */
export const interopSignatures = pgTable(
  'interop_signatures',
  {
    region: text('region').notNull(),
    signature: text('signature').notNull(),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.region, t.signature] })],
);

/** Calls to partner regions waiting to be delivered after the transaction that caused them committed. */
export const interopOutbox = pgTable('interop_outbox', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  region: text('region').notNull(),
  operation: text('operation', { enum: ['hold', 'confirm', 'release'] }).notNull(),
  body: jsonb('body').notNull(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  status: text('status', { enum: ['pending', 'sending', 'sent', 'failed'] })
    .notNull()
    .default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  lastError: text('last_error'),
  answer: jsonb('answer'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
});
export type OutboxRow = typeof interopOutbox.$inferSelect;
