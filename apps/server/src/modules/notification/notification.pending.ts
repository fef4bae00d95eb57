import type { WorkItem } from '@cz/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { notifications } from './notification.table.ts';

/** For the workbench: the reader's unread notifications. */
export async function pendingFor(db: Db, actor: Actor): Promise<WorkItem[]> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
  return [{ key: 'notification.unread', count: row?.n ?? 0, link: '/notifications?unread=true' }];
}
