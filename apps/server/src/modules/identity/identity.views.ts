import { ROLES } from '@cz/shared';
import { bigint, pgView, text } from 'drizzle-orm/pg-core';

/**
 * Published read view (migrations 0010, 0018, 0029): who a user is, with the role and an administrator's department, for
 * names in other modules' lists and their checks.
 */
export const userDirectory = pgView('user_directory', {
  id: bigint('id', { mode: 'number' }).notNull(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  status: text('status', { enum: ['active', 'disabled'] }).notNull(),
  orgId: bigint('org_id', { mode: 'number' }),
  role: text('role', { enum: ROLES }).notNull(),
  department: text('department'),
}).existing();
