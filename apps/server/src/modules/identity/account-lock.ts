import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Config } from '../../kernel/config.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { users } from './identity.table.ts';

/**
 * The account lock, kept in the users row so that it holds across instances. An attempt is counted before its
 * password is checked; a right password clears the count.
 */
export function accountLock(login: Config['login']) {
  return {
    /**
     * Counts one attempt on the account unless it is locked; the attempt that reaches `maxFailures` sets the lock.
     * Undefined when the account is locked (nothing counted, the password must not be checked).
     */
    async reserveAttempt(tx: Db | Tx, userId: number, now: Date) {
      const lapsed = sql`(${users.lockedUntil} IS NOT NULL AND ${users.lockedUntil} <= ${now.toISOString()}::timestamptz)`;
      const next = sql`(CASE WHEN ${lapsed} THEN 1 ELSE ${users.failedLogins} + 1 END)`;
      const until = new Date(now.getTime() + login.lockMs).toISOString();
      const [row] = await tx
        .update(users)
        .set({
          failedLogins: next,
          lockedUntil: sql`CASE WHEN ${next} >= ${login.maxFailures} THEN ${until}::timestamptz WHEN ${lapsed} THEN NULL ELSE ${users.lockedUntil} END`,
        })
        .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
        .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
      return row;
    },
    async clearFailures(tx: Db | Tx, userId: number) {
      await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
    },
  };
}
