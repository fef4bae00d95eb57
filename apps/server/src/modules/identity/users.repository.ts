import type { Tx } from '../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../kernel/db/pg-error.ts';
import { identityErrors } from './identity.errors.ts';
import { memberships, users } from './identity.table.ts';

export type UserRow = typeof users.$inferSelect;

/** Inserts a user (and its membership); a taken username (in any letter case) becomes `auth.username_taken`. */
export async function insertUser(
  tx: Tx,
  values: typeof users.$inferInsert,
  membership?: { orgId: number; isOwner?: boolean },
): Promise<UserRow> {
  let row: UserRow | undefined;
  try {
    [row] = await tx.insert(users).values(values).returning();
  } catch (err) {
    if (isUniqueViolation(err)) throw identityErrors.usernameTaken();
    throw err;
  }
  if (!row) throw new Error('insert returned nothing');
  if (membership)
    await tx
      .insert(memberships)
      .values({ userId: row.id, orgId: membership.orgId, isOwner: membership.isOwner ?? false });
  return row;
}

/** A user row as it may appear in the audit log. */
export const auditableUser = (u: UserRow) => ({ ...u, passwordHash: undefined });
