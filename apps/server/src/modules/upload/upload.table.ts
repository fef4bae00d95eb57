import { bigint, char, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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
