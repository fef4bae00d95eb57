import { passwordIssue, type Role } from '@cz/shared';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Config } from '../../kernel/config.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { notifyUsers } from '../notification/index.ts';
import type { RequestFacts } from './auth.service.ts';
import { identityErrors } from './identity.errors.ts';
import { passwordResets, users } from './identity.table.ts';
import type { Limits } from './login-limiter.ts';
import { hashPassword } from './password.ts';
import { hashToken, newToken, type SessionRepository } from './session.repository.ts';

type Deps = { db: Db; clock: Clock; config: Config; sessions: SessionRepository; limits: Limits };

/**
 * Password reset by a one-time link that an administrator issues (and the platform emails when SMTP is set). Only the
 * token's SHA-256 is stored; a link works once, until it expires, and only while it is the user's newest.
 */
export function createPasswordResets({ db, clock, config, sessions, limits }: Deps) {
  async function live(token: string) {
    const [row] = await db
      .select({
        userId: users.id,
        username: users.username,
        displayName: users.displayName,
        role: users.role,
        expiresAt: passwordResets.expiresAt,
      })
      .from(passwordResets)
      .innerJoin(users, eq(users.id, passwordResets.userId))
      .where(
        and(
          eq(passwordResets.tokenHash, hashToken(token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, clock.now()),
          eq(users.status, 'active'),
        ),
      );
    if (!row) throw identityErrors.resetInvalid();
    return row;
  }

  return {
    async issue(actor: Actor | null, userId: number) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!isAdmin(actor)) throw commonErrors.forbidden();
      const token = newToken();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + config.passwordResetMs);
      return db.transaction(async (tx) => {
        const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
        if (!user) throw identityErrors.userNotFound();
        if ((user.role as Role) === 'superadmin' && actor.role !== 'superadmin') throw commonErrors.forbidden();
        if (user.status !== 'active') throw identityErrors.disabled();
        await tx
          .update(passwordResets)
          .set({ usedAt: now })
          .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
        await tx
          .insert(passwordResets)
          .values({ tokenHash: hashToken(token), userId, issuedBy: actor.userId, createdAt: now, expiresAt });
        const path = `/reset-password#${token}`;
        const emailed = !!config.smtpUrl && !!user.email;
        // The notifications table is the mail outbox: the mailer sends this one to the user's address.
        if (emailed)
          await notifyUsers(tx, [userId], {
            kind: 'account.password_reset',
            params: { expiresAt: expiresAt.toISOString() },
            link: path,
          });
        await recordAudit(tx, actor, {
          action: 'user.password_reset_issue',
          entity: 'user',
          entityId: userId,
          after: { expiresAt, emailed },
        });
        return { url: `${config.publicUrl}${path}`, expiresAt: expiresAt.toISOString(), emailed };
      });
    },

    /** Whose link this is, for the reset page; `auth.reset_invalid` when used, replaced or expired. */
    async inspect(token: string) {
      const row = await live(token);
      return { username: row.username, displayName: row.displayName, expiresAt: row.expiresAt.toISOString() };
    },

    /** Sets the new password, uses the link up, lifts any lock and ends every session of the user. */
    async complete(token: string, newPassword: string, facts: RequestFacts) {
      await limits.loginAttempt(facts.ip ?? '-');
      const found = await live(token);
      const issue = passwordIssue(newPassword, found.username);
      if (issue) throw commonErrors.validation(undefined, [{ path: '/newPassword', message: issue }]);
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        const now = clock.now();
        // Used up in one statement: of two simultaneous uses of one link, one wins.
        const [used] = await tx
          .update(passwordResets)
          .set({ usedAt: now })
          .where(
            and(
              eq(passwordResets.tokenHash, hashToken(token)),
              isNull(passwordResets.usedAt),
              gt(passwordResets.expiresAt, now),
            ),
          )
          .returning({ userId: passwordResets.userId });
        if (!used) throw identityErrors.resetInvalid();
        await tx
          .update(users)
          .set({ passwordHash, passwordChangedAt: now, updatedAt: now, failedLogins: 0, lockedUntil: null })
          .where(eq(users.id, used.userId));
        await sessions.deleteForUser(tx, used.userId);
        // The one who follows the link acts as the user (the audit row names them, with the address).
        const actor: Actor = { userId: used.userId, role: found.role as Role, orgId: null, ...facts };
        await recordAudit(tx, actor, { action: 'user.password_reset', entity: 'user', entityId: used.userId });
      });
    },
  };
}
export type PasswordResets = ReturnType<typeof createPasswordResets>;
