import type { WorkItem } from '@cz/shared';
import { eq, sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { organisations } from './org.table.ts';

/** For the workbench: organisations that registered and wait for an administrator's verification. */
export async function pendingFor(db: Db, actor: Actor): Promise<WorkItem[]> {
  if (!isAdmin(actor)) return [];
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(organisations)
    .where(eq(organisations.status, 'pending'));
  return [{ key: 'org.verifications', count: row?.n ?? 0, link: '/admin/orgs?status=pending' }];
}
