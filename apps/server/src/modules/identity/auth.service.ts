import type { Me, OrgInputParsed, Role } from '@cz/shared';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Config } from '../../kernel/config.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { notifyAdmins } from '../notification/index.ts';
import { guardDuplicateUscc, normaliseInput, type OrgApi, orgDirectory } from '../org/index.ts';
import { identityErrors } from './identity.errors.ts';
import { memberships, users } from './identity.table.ts';
import { createLoginLimiter } from './login-limiter.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.ts';
import { newToken, type SessionRepository } from './session.repository.ts';
import { auditableUser, insertUser } from './users.repository.ts';

type Deps = { db: Db; config: Config; clock: Clock; sessions: SessionRepository; orgs: OrgApi };

export type RequestFacts = { ip: string | null; userAgent: string | null; requestId: string | null };

export function createAuthService({ db, config, clock, sessions, orgs }: Deps) {
  const limiter = createLoginLimiter({ perMinute: config.login.ratePerMinute, now: clock.now });

  async function findByUsername(username: string) {
    const [row] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`).limit(1);
    return row;
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
     * Checks the password; after `maxFailures` wrong ones in a row the account is locked for `lockMs`. The counter
     * lives in the users row so that the lock holds across instances.
     */
    async login(username: string, password: string, facts: RequestFacts) {
      if (!limiter.allow(`${facts.ip ?? '-'}`)) throw identityErrors.rateLimited();
      const user = await findByUsername(username);
      if (!user) {
        await verifyPassword(await dummyPasswordHash(), password);
        throw identityErrors.badCredentials();
      }
      const now = clock.now();
      if (user.lockedUntil && user.lockedUntil > now) {
        throw identityErrors.locked(undefined, [{ lockedUntil: user.lockedUntil.toISOString() }]);
      }
      const ok = await verifyPassword(user.passwordHash, password);
      const actor: Actor = { userId: user.id, role: user.role as Role, orgId: null, ...facts };
      if (!ok) {
        await db.transaction(async (tx) => {
          // Counted in SQL so that simultaneous failures are all counted.
          const [row] = await tx
            .update(users)
            .set({
              failedLogins: sql`CASE WHEN ${users.lockedUntil} IS NOT NULL AND ${users.lockedUntil} <= ${now} THEN 1 ELSE ${users.failedLogins} + 1 END`,
            })
            .where(eq(users.id, user.id))
            .returning({ failedLogins: users.failedLogins });
          if (row && row.failedLogins >= config.login.maxFailures) {
            const until = new Date(now.getTime() + config.login.lockMs);
            await tx.update(users).set({ lockedUntil: until, failedLogins: 0 }).where(eq(users.id, user.id));
            await recordAudit(tx, actor, {
              action: 'user.lock',
              entity: 'user',
              entityId: user.id,
              after: { lockedUntil: until },
            });
          }
        });
        throw identityErrors.badCredentials();
      }
      if (user.status !== 'active') throw identityErrors.disabled();
      if (user.failedLogins > 0 || user.lockedUntil) {
        await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
      }
      return { token: await startSession(user.id, facts), locale: user.locale };
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
      if (!(await verifyPassword(user.passwordHash, current))) throw identityErrors.wrongPassword();
      if (current === next) throw identityErrors.samePassword();
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
      await db.transaction(async (tx) => {
        const [before] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, actor.userId));
        await tx.update(users).set({ locale, updatedAt: clock.now() }).where(eq(users.id, actor.userId));
        await recordAudit(tx, actor, {
          action: 'user.locale',
          entity: 'user',
          entityId: actor.userId,
          before,
          after: { locale },
        });
      });
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
