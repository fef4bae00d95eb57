import { type Me, type OrgInputParsed, passwordIssue, type Role } from '@cz/shared';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Config } from '../../kernel/config.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { notifyAdmins } from '../notification/index.ts';
import { guardDuplicateUscc, normaliseInput, type OrgApi, orgDirectory } from '../org/index.ts';
import { accountLock } from './account-lock.ts';
import { identityErrors } from './identity.errors.ts';
import { memberships, users } from './identity.table.ts';
import type { Limits } from './login-limiter.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.ts';
import { newToken, type SessionRepository } from './session.repository.ts';
import { auditableUser, insertUser } from './users.repository.ts';

type Deps = { db: Db; config: Config; clock: Clock; sessions: SessionRepository; orgs: OrgApi; limits: Limits };

export type RequestFacts = { ip: string | null; userAgent: string | null; requestId: string | null };

export function createAuthService({ db, config, clock, sessions, orgs, limits }: Deps) {
  const { reserveAttempt, clearFailures } = accountLock(config.login);
  async function auditLock(actor: Actor, lockedUntil: Date) {
    await db.transaction((tx) =>
      recordAudit(tx, actor, { action: 'user.lock', entity: 'user', entityId: actor.userId, after: { lockedUntil } }),
    );
  }

  async function findByUsername(username: string) {
    const [row] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`).limit(1);
    return row;
  }

  async function saveLocale(actor: Actor, before: string | undefined, locale: 'zh-CN' | 'en-US') {
    await db.transaction(async (tx) => {
      await tx.update(users).set({ locale, updatedAt: clock.now() }).where(eq(users.id, actor.userId));
      await recordAudit(tx, actor, {
        action: 'user.locale',
        entity: 'user',
        entityId: actor.userId,
        before: { locale: before },
        after: { locale },
      });
    });
  }

  async function startSession(userId: number, facts: RequestFacts) {
    const token = newToken();
    const now = clock.now();
    await sessions.insert(db, {
      token,
      userId,
      now,
      expiresAt: new Date(now.getTime() + config.session.absoluteMs),
      ip: facts.ip,
      userAgent: facts.userAgent?.slice(0, 300) ?? null,
    });
    return token;
  }

  return {
    /**
     * Checks the password. Each attempt on an account is counted in its users row *before* the hash is checked, in
     * one UPDATE that also sets the lock when the count reaches `maxFailures`: simultaneous attempts queue on the row,
     * so exactly `maxFailures` are checked before the lock holds. A locked account, a missing one and a wrong password
     * get the same answer after the same work (a hash is verified in every case).
     */
    async login(username: string, password: string, facts: RequestFacts, chosenLocale?: 'zh-CN' | 'en-US') {
      const address = facts.ip ?? '-';
      await limits.loginAttempt(address);
      const user = await findByUsername(username);
      const now = clock.now();
      const attempt = user ? await reserveAttempt(db, user.id, now) : undefined;
      if (!user || !attempt) {
        await verifyPassword(await dummyPasswordHash(), password);
        await limits.failure(address);
        throw identityErrors.badCredentials();
      }
      const actor: Actor = { userId: user.id, role: user.role as Role, orgId: null, ...facts };
      if (!(await verifyPassword(user.passwordHash, password))) {
        await limits.failure(address);
        if (attempt.lockedUntil) await auditLock(actor, attempt.lockedUntil);
        throw identityErrors.badCredentials();
      }
      await clearFailures(db, user.id);
      if (user.status !== 'active') throw identityErrors.disabled();
      const token = await startSession(user.id, facts);
      if (chosenLocale && chosenLocale !== user.locale) {
        await saveLocale({ ...actor, orgId: null }, user.locale, chosenLocale);
        return { token, locale: chosenLocale };
      }
      return { token, locale: user.locale };
    },

    async logout(token: string | undefined) {
      if (token) await sessions.delete(token);
    },

    /** The actor behind a session token, or null; refreshes the idle timer at most once a minute. */
    async resolve(token: string, facts: RequestFacts): Promise<Actor | null> {
      const now = clock.now();
      const session = await sessions.findLive(token, now, config.session.idleMs);
      if (session?.status !== 'active') return null;
      if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await sessions.touch(session.idHash, now);
      return {
        userId: session.userId,
        role: session.role,
        orgId: session.orgId ?? null,
        department: session.department ?? null,
        ip: facts.ip,
        requestId: facts.requestId,
      };
    },

    async me(actor: Actor | null): Promise<Me> {
      if (!actor) throw commonErrors.unauthenticated();
      const [row] = await db
        .select({
          id: users.id,
          username: users.username,
          displayName: users.displayName,
          role: users.role,
          department: users.department,
          locale: users.locale,
          orgId: orgDirectory.id,
          orgName: orgDirectory.name,
          orgKind: orgDirectory.kind,
          orgStatus: orgDirectory.status,
        })
        .from(users)
        .leftJoin(memberships, eq(memberships.userId, users.id))
        .leftJoin(orgDirectory, eq(orgDirectory.id, memberships.orgId))
        .where(eq(users.id, actor.userId));
      if (!row) throw commonErrors.unauthenticated();
      return {
        id: row.id,
        username: row.username,
        displayName: row.displayName,
        role: row.role as Role,
        department: row.department,
        locale: row.locale as Me['locale'],
        org: row.orgId
          ? { id: row.orgId, name: row.orgName ?? '', kind: row.orgKind ?? '', status: row.orgStatus ?? '' }
          : null,
      };
    },

    /** An enterprise signs up together with its organisation, which waits for an administrator's verification. */
    async register(
      input: {
        username: string;
        password: string;
        displayName: string;
        phone?: string | undefined;
        email?: string | undefined;
        org: OrgInputParsed;
      },
      facts: RequestFacts,
    ) {
      await limits.registration(facts.ip ?? '-');
      const passwordHash = await hashPassword(input.password);
      const userId = await db.transaction(async (tx) => {
        const org = await guardDuplicateUscc(() =>
          orgs.insert(tx, { ...normaliseInput({ ...input.org, kind: 'enterprise' }), status: 'pending' }),
        );
        const user = await insertUser(
          tx,
          {
            username: input.username,
            displayName: input.displayName,
            passwordHash,
            role: 'enterprise',
            phone: input.phone ?? null,
            email: input.email ?? null,
          },
          { orgId: org.id, isOwner: true },
        );
        const actor: Actor = { userId: user.id, role: 'enterprise', orgId: org.id, ...facts };
        await recordAudit(tx, actor, { action: 'org.register', entity: 'organisation', entityId: org.id, after: org });
        await notifyAdmins(tx, {
          kind: 'org.registered',
          params: { orgId: org.id, name: org.name },
          link: `/admin/orgs/${org.id}`,
        });
        await recordAudit(tx, actor, {
          action: 'user.register',
          entity: 'user',
          entityId: user.id,
          after: auditableUser(user),
        });
        return user.id;
      });
      return { token: await startSession(userId, facts) };
    },

    async changePassword(actor: Actor | null, token: string, current: string, next: string) {
      if (!actor) throw commonErrors.unauthenticated();
      const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
      if (!user) throw commonErrors.unauthenticated();
      // A wrong current password counts like a wrong login: a stolen session cannot guess its way to the password.
      const attempt = await reserveAttempt(db, user.id, clock.now());
      if (!attempt) throw identityErrors.locked();
      if (!(await verifyPassword(user.passwordHash, current))) {
        if (attempt.lockedUntil) await auditLock(actor, attempt.lockedUntil);
        throw identityErrors.wrongPassword();
      }
      await clearFailures(db, user.id);
      if (current === next) throw identityErrors.samePassword();
      const issue = passwordIssue(next, user.username);
      if (issue) throw commonErrors.validation(undefined, [{ path: '/newPassword', message: issue }]);
      const passwordHash = await hashPassword(next);
      await db.transaction(async (tx) => {
        const now = clock.now();
        await tx
          .update(users)
          .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
          .where(eq(users.id, user.id));
        // Other sessions of this user end: whoever knew the old password is logged out.
        await sessions.deleteForUser(tx, user.id, token);
        await recordAudit(tx, actor, { action: 'user.password_change', entity: 'user', entityId: user.id });
      });
    },

    async setLocale(actor: Actor | null, locale: 'zh-CN' | 'en-US') {
      if (!actor) throw commonErrors.unauthenticated();
      const [before] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, actor.userId));
      await saveLocale(actor, before?.locale, locale);
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
