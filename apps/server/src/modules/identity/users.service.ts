import type { Role } from '@cz/shared';
import { ADMIN_ROLES, ORG_ROLES } from '@cz/shared';
import { and, desc, eq, gt, ilike, or, type SQL, sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { type OrgApi, orgDirectory, orgErrors } from '../org/index.ts';
import { identityErrors } from './identity.errors.ts';
import { memberships, users } from './identity.table.ts';
import { hashPassword } from './password.ts';
import type { SessionRepository } from './session.repository.ts';
import { auditableUser, insertUser } from './users.repository.ts';

export type NewUser = {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  department?: string | undefined;
  orgId?: number | undefined;
};

const needsOrg = (role: Role) => (ORG_ROLES as readonly Role[]).includes(role);
const isAdminRole = (role: Role) => (ADMIN_ROLES as readonly Role[]).includes(role);

export type UserChange = {
  displayName?: string | undefined;
  role?: Role | undefined;
  department?: string | null | undefined;
  status?: 'active' | 'disabled' | undefined;
  unlock?: boolean | undefined;
};

export function createUsersService({
  db,
  clock,
  orgs,
  sessions,
}: {
  db: Db;
  clock: Clock;
  orgs: OrgApi;
  sessions: SessionRepository;
}) {
  function assertAdmin(actor: Actor | null) {
    if (!actor) throw commonErrors.unauthenticated();
    if (!isAdmin(actor)) throw commonErrors.forbidden();
  }

  return {
    async list(
      actor: Actor | null,
      q: {
        page: number;
        pageSize: number;
        q?: string | undefined;
        role?: Role | undefined;
        locked?: boolean | undefined;
      },
    ) {
      assertAdmin(actor);
      const parts: SQL[] = [];
      if (q.q) {
        const like = likeFragment(q.q);
        parts.push(or(ilike(users.username, like), ilike(users.displayName, like)) as SQL);
      }
      if (q.role) parts.push(eq(users.role, q.role));
      if (q.locked) parts.push(gt(users.lockedUntil, clock.now()));
      const where = and(...parts);
      const [items, [count]] = await Promise.all([
        db
          .select({
            id: users.id,
            username: users.username,
            displayName: users.displayName,
            role: users.role,
            department: users.department,
            status: users.status,
            orgId: memberships.orgId,
            orgName: orgDirectory.name,
            lockedUntil: users.lockedUntil,
            createdAt: users.createdAt,
          })
          .from(users)
          .leftJoin(memberships, eq(memberships.userId, users.id))
          .leftJoin(orgDirectory, eq(orgDirectory.id, memberships.orgId))
          .where(where)
          .orderBy(desc(users.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ n: sql<number>`count(*)::int` }).from(users).where(where),
      ]);
      const now = clock.now();
      return {
        items: items.map((u) => ({
          ...u,
          role: u.role as Role,
          status: u.status as 'active' | 'disabled',
          lockedUntil: u.lockedUntil && u.lockedUntil > now ? u.lockedUntil.toISOString() : null,
          createdAt: u.createdAt.toISOString(),
        })),
        total: count?.n ?? 0,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /**
     * A provider records training by user: it may find one active user by exact username (nothing more is shown than
     * the name and organisation, and no list can be drawn from it).
     */
    async lookup(actor: Actor | null, username: string) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!isAdmin(actor) && actor.role !== 'provider') throw commonErrors.forbidden();
      const [row] = await db
        .select({ id: users.id, username: users.username, displayName: users.displayName, orgName: orgDirectory.name })
        .from(users)
        .leftJoin(memberships, eq(memberships.userId, users.id))
        .leftJoin(orgDirectory, eq(orgDirectory.id, memberships.orgId))
        .where(and(sql`lower(${users.username}) = lower(${username})`, eq(users.status, 'active')));
      if (!row) throw identityErrors.userNotFound();
      return row;
    },

    /** Creates a user; `actor` null means the command line (a person at the server's console). */
    async create(actor: Actor | null, input: NewUser, viaCli = false) {
      if (!viaCli) assertAdmin(actor);
      if (input.role === 'superadmin' && !viaCli && actor?.role !== 'superadmin') throw commonErrors.forbidden();
      if (needsOrg(input.role) && !input.orgId) throw identityErrors.orgRequired();
      if (!needsOrg(input.role) && input.orgId) throw identityErrors.orgNotAllowed();
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        if (input.orgId && !(await orgs.byId(tx, input.orgId))) throw orgErrors.notFound();
        const row = await insertUser(
          tx,
          {
            username: input.username,
            displayName: input.displayName,
            passwordHash,
            role: input.role,
            department: input.department ?? null,
          },
          input.orgId ? { orgId: input.orgId } : undefined,
        );
        await recordAudit(tx, actor, {
          action: 'user.create',
          entity: 'user',
          entityId: row.id,
          after: { ...auditableUser(row), orgId: input.orgId ?? null },
        });
        return { id: row.id, username: row.username, role: row.role };
      });
    },

    /** An administrator changes a user's name, role, department or status, or lifts a lock; audited with before/after. */
    async update(actor: Actor | null, id: number, change: UserChange) {
      assertAdmin(actor);
      if (id === actor?.userId && (change.status === 'disabled' || change.role))
        throw commonErrors.forbidden('you cannot disable yourself or change your own role');
      if (change.role === 'superadmin' && actor?.role !== 'superadmin') throw commonErrors.forbidden();
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
        if (!before) throw identityErrors.userNotFound();
        if (before.role === 'superadmin' && actor?.role !== 'superadmin') throw commonErrors.forbidden();
        const role = change.role ?? (before.role as Role);
        // Organisation roles belong to their organisation's kind; only roles without one change into one another.
        if (change.role && change.role !== before.role && (needsOrg(change.role) || needsOrg(before.role as Role)))
          throw identityErrors.roleChangeNotAllowed();
        const set: Partial<typeof users.$inferInsert> = { updatedAt: clock.now() };
        if (change.displayName !== undefined) set.displayName = change.displayName;
        if (change.role) set.role = change.role;
        if (change.department !== undefined) set.department = change.department;
        if (!isAdminRole(role) && (change.department || change.role)) set.department = null;
        if (change.status) set.status = change.status;
        if (change.unlock) Object.assign(set, { lockedUntil: null, failedLogins: 0 });
        const [after] = await tx.update(users).set(set).where(eq(users.id, id)).returning();
        if (change.status === 'disabled') await sessions.deleteForUser(tx, id);
        const onlyUnlock = change.unlock && Object.keys(change).every((k) => k === 'unlock');
        // Lifting a lock is its own action in the audit log, so that the list of who unlocked whom is one query.
        await recordAudit(tx, actor, {
          action: onlyUnlock ? 'user.unlock' : 'user.update',
          entity: 'user',
          entityId: id,
          before: auditableUser(before),
          after: after && auditableUser(after),
        });
        return { id };
      });
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
