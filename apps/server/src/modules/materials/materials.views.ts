import { MATERIAL_KIND_CODES, MATERIAL_REVIEWS } from '@cz/shared';
import { bigint, char, date, pgView, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Published read view (migration 0026): every organisation's current materials (superseded ones left out), for
 * other areas' queries. Validity on a date is the reader's to compute (`validityOn` in @cz/shared), or ask the
 * façade's `resolve`.
 */
export const materialsCurrent = pgView('materials_current', {
  id: bigint('id', { mode: 'number' }).notNull(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: MATERIAL_KIND_CODES }).notNull(),
  title: text('title').notNull(),
  year: smallint('year'),
  validFrom: date('valid_from', { mode: 'string' }),
  validTo: date('valid_to', { mode: 'string' }),
  file: char('file', { length: 64 }).notNull(),
  review: text('review', { enum: MATERIAL_REVIEWS }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}).existing();
