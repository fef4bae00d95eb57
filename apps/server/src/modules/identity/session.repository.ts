import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { memberships, sessions, users } from './identity.table.ts';

export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();
export const newToken = (): string => randomBytes(32).toString('base64url');

export function createSessionRepository({ db }: { db: Db }) {
  // Every authenticated request runs this look-up: its statement is built once (Drizzle's prepared query), not for
  // each request, and is a named statement on each connection.
  const live = db
    .select({
      idHash: sessions.idHash,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      role: users.role,
      department: users.department,
      status: users.status,
      orgId: memberships.orgId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(
        eq(sessions.idHash, sql.placeholder('idHash')),
        gt(sessions.expiresAt, sql.placeholder('now')),
        gt(sessions.lastSeenAt, sql.placeholder('seenAfter')),
      ),
    )
    .limit(1)
    .prepare('identity_session_live');
  return {
    async insert(
      tx: Tx,
      row: { token: string; userId: number; expiresAt: Date; ip: string | null; userAgent: string | null; now: Date },
    ) {
      await tx.insert(sessions).values({
        idHash: hashToken(row.token),
        userId: row.userId,
        createdAt: row.now,
        lastSeenAt: row.now,
        expiresAt: row.expiresAt,
        ip: row.ip,
        userAgent: row.userAgent,
      });
    },
    /** The live session for a token (not past its absolute expiry, seen within the idle window) with its user. */
    async findLive(token: string, now: Date, idleMs: number) {
      const [row] = await live.execute({
        idHash: hashToken(token),
        now: now.toISOString(),
        seenAfter: new Date(now.getTime() - idleMs).toISOString(),
      });
      return row;
    },
    async touch(idHash: Buffer, now: Date) {
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
    },
    async delete(token: string) {
      await db.delete(sessions).where(eq(sessions.idHash, hashToken(token)));
    },
    /** Ends every session of a user except the one of `keepToken` (the user's current one, when given). */
    async deleteForUser(tx: Tx, userId: number, keepToken?: string) {
      const where = keepToken
        ? and(eq(sessions.userId, userId), ne(sessions.idHash, hashToken(keepToken)))
        : eq(sessions.userId, userId);
      const rows = await tx.delete(sessions).where(where).returning({ userId: sessions.userId });
      return rows.length;
    },
    async purgeExpired(now: Date, idleMs: number) {
      await db
        .delete(sessions)
        .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - idleMs))));
    },
  };
}
export type SessionRepository = ReturnType<typeof createSessionRepository>;
