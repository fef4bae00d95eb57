import { bigint, boolean, char, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Who uploaded what: files are stored by content hash (SHA-256, hex) outside the web root. */
export const uploads = pgTable('uploads', {
  hash: char('hash', { length: 64 }).primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  mime: text('mime').notNull(),
  originalName: text('original_name').notNull(),
  uploadedBy: bigint('uploaded_by', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type UploadRow = typeof uploads.$inferSelect;

/** Everyone who uploaded a file's content, with their organisation at the time: they may attach it. */
export const uploadHolders = pgTable(
  'upload_holders',
  {
    hash: char('hash', { length: 64 }).notNull(),
    userId: bigint('user_id', { mode: 'number' }).notNull(),
    orgId: bigint('org_id', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.hash, t.userId] })],
);

/** The records a file is attached to and the organisations that may read it through each; public ones anyone. */
export const uploadAttachments = pgTable(
  'upload_attachments',
  {
    hash: char('hash', { length: 64 }).notNull(),
    recordKind: text('record_kind').notNull(),
    recordId: bigint('record_id', { mode: 'number' }).notNull(),
    orgIds: bigint('org_ids', { mode: 'number' }).array().notNull().default([]),
    public: boolean('public').notNull().default(false),
    /** A public file is open from this instant (a scheduled article's files); null: as soon as it is attached. */
    publicFrom: timestamp('public_from', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.recordKind, t.recordId, t.hash] })],
);
