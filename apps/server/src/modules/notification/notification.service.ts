import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { deferWrite } from '../../kernel/db/deferred.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { notifications } from './notification.table.ts';
import { kindsSaying } from './notification.texts.ts';

export type Notice = { kind: string; params: Record<string, string | number | null>; link?: string };

/**
 * In-app notifications, written in the same transaction as the change they report (deferred to its end, with its
 * audit rows, in one statement: kernel/db/deferred.ts). The web turns `kind` and
 * `params` into a sentence in the reader's language.
 */
export async function notifyUsers(tx: Tx, userIds: number[], notice: Notice): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  for (const userId of unique)
    await deferWrite(
      tx,
      'notifications:users',
      { userId, kind: notice.kind, params: notice.params, link: notice.link ?? null },
      (rows) => tx.insert(notifications).values(rows),
    );
}

/** Every active user of an organisation. */
export async function notifyOrg(tx: Tx, orgId: number, notice: Notice, exceptUserId?: number): Promise<void> {
  // Deferred to the end of the transaction with its other notices, in one statement (kernel/db/deferred.ts).
  await deferWrite(
    tx,
    'notifications:org',
    { orgId, kind: notice.kind, params: notice.params, link: notice.link ?? null, exceptUser: exceptUserId ?? -1 },
    (rows) => sql`
      INSERT INTO notifications (user_id, kind, params, link)
      SELECT u.id, n.kind, n.params, n.link
      FROM jsonb_to_recordset(${JSON.stringify(rows.map((r, ord) => ({ ...r, ord })))}::jsonb)
        AS n(ord int, "orgId" bigint, kind text, params jsonb, link text, "exceptUser" bigint)
      JOIN user_directory u ON u.org_id = n."orgId" AND u.status = 'active' AND u.id <> n."exceptUser"
      ORDER BY n.ord, u.id`,
  );
}

/** Every active administrator of the zone (admin and superadmin): work that waits for the administration. */
export async function notifyAdmins(tx: Tx, notice: Notice): Promise<void> {
  await tx.execute(sql`
    INSERT INTO notifications (user_id, kind, params, link)
    SELECT u.id, ${notice.kind}, ${JSON.stringify(notice.params)}::jsonb, ${notice.link ?? null}
    FROM user_directory u
    WHERE u.role IN ('admin', 'superadmin') AND u.status = 'active'`);
}

/**
 * A notification says `fragment` when what it is about does (a title, a name, a number among its params) or when the
 * words of its kind do (订单, 预约, 'voucher').
 */
function said(fragment: string) {
  const kinds = kindsSaying(fragment);
  const about = sql`EXISTS (SELECT 1 FROM jsonb_each_text(${notifications.params}) p WHERE p.value ILIKE ${likeFragment(fragment)})`;
  return kinds.length > 0 ? or(about, inArray(notifications.kind, kinds)) : about;
}

export function createNotificationService({ db }: { db: Db }) {
  return {
    async list(
      actor: Actor | null,
      q: { page: number; pageSize: number; unread?: boolean | undefined; q?: string | undefined },
    ) {
      if (!actor) throw commonErrors.unauthenticated();
      const where = and(
        eq(notifications.userId, actor.userId),
        q.unread ? isNull(notifications.readAt) : undefined,
        q.q ? said(q.q) : undefined,
      );
      const [items, [count], [unread]] = await Promise.all([
        db
          .select()
          .from(notifications)
          .where(where)
          .orderBy(desc(notifications.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(where),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(notifications)
          .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt))),
      ]);
      return {
        items: items.map((n) => ({
          id: n.id,
          kind: n.kind,
          params: n.params,
          link: n.link,
          readAt: n.readAt?.toISOString() ?? null,
          createdAt: n.createdAt.toISOString(),
        })),
        total: count?.n ?? 0,
        unread: unread?.n ?? 0,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
    /** Marks the given notifications (or all) as read; only the reader's own. */
    async markRead(actor: Actor | null, ids: number[] | 'all') {
      if (!actor) throw commonErrors.unauthenticated();
      await db
        .update(notifications)
        .set({ readAt: sql`now()` })
        .where(
          and(
            eq(notifications.userId, actor.userId),
            isNull(notifications.readAt),
            ids === 'all' ? undefined : inArray(notifications.id, ids),
          ),
        );
    },
  };
}
export type NotificationService = ReturnType<typeof createNotificationService>;
