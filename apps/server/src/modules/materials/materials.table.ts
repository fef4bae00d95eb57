import { MATERIAL_KIND_CODES, MATERIAL_REVIEWS, MATERIAL_STATUSES } from '@cz/shared';
import { bigint, boolean, char, date, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** The enterprises' materials vault (migration 0026 holds every constraint and the keeping triggers). */
export const materials = pgTable('materials', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: MATERIAL_KIND_CODES }).notNull(),
  title: text('title').notNull(),
  year: smallint('year'),
  validFrom: date('valid_from', { mode: 'string' }),
  validTo: date('valid_to', { mode: 'string' }),
  notes: text('notes').notNull().default(''),
  file: char('file', { length: 64 }).notNull(),
  fileName: text('file_name').notNull().default(''),
  ipRecordId: bigint('ip_record_id', { mode: 'number' }),
  status: text('status', { enum: MATERIAL_STATUSES }).notNull().default('current'),
  supersededBy: bigint('superseded_by', { mode: 'number' }),
  supersededAt: timestamp('superseded_at', { withTimezone: true }),
  review: text('review', { enum: MATERIAL_REVIEWS }).notNull().default('pending'),
  reviewedBy: bigint('reviewed_by', { mode: 'number' }),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  rejectReason: text('reject_reason'),
  createdBy: bigint('created_by', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type MaterialRow = typeof materials.$inferSelect;

/** Which applications use which materials; append-only (trigger). */
export const materialUses = pgTable(
  'material_uses',
  {
    materialId: bigint('material_id', { mode: 'number' }).notNull(),
    area: text('area').notNull(),
    entity: text('entity').notNull(),
    entityId: bigint('entity_id', { mode: 'number' }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }).notNull(),
    usedBy: bigint('used_by', { mode: 'number' }),
  },
  (t) => [primaryKey({ columns: [t.materialId, t.area, t.entity, t.entityId] })],
);

/** Uploads an application asked for, and whether a valid material of the kind was in the vault (append-only). */
export const materialRequests = pgTable('material_requests', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: MATERIAL_KIND_CODES }).notNull(),
  year: smallint('year'),
  area: text('area').notNull(),
  entity: text('entity').notNull(),
  entityId: bigint('entity_id', { mode: 'number' }),
  validExisted: boolean('valid_existed').notNull(),
  existingMaterialId: bigint('existing_material_id', { mode: 'number' }),
  askedAt: timestamp('asked_at', { withTimezone: true }).notNull(),
});

/** Expiry reminders sent, one per material. */
export const materialReminders = pgTable('material_reminders', {
  materialId: bigint('material_id', { mode: 'number' }).primaryKey(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
});
