import { ORG_KINDS, ORG_STATUSES } from '@cz/shared';
import { bigint, pgView, text } from 'drizzle-orm/pg-core';

/** Published read view (migration 0010): organisations as other modules show and filter them. */
export const orgDirectory = pgView('org_directory', {
  id: bigint('id', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: ORG_KINDS }).notNull(),
  name: text('name').notNull(),
  status: text('status', { enum: ORG_STATUSES }).notNull(),
}).existing();
