import type { WorkItem } from '@cz/shared';
import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { can } from '../../kernel/policy.ts';
import { CULTIVATION_ACTIONS } from './cultivation.permissions.ts';

/** For the workbench of a 服务专员: open pool tasks assigned to them or of the enterprises they own, due within 14 days or overdue. */
export async function pendingFor(db: Db, actor: Actor, now: Date): Promise<WorkItem[]> {
  if (!can(actor, CULTIVATION_ACTIONS.managePool)) return [];
  const until = shanghaiDate(new Date(now.getTime() + 14 * 86_400_000));
  const { rows } = await db.execute(sql`
    SELECT count(*)::int AS n FROM cultivation_tasks k
    WHERE k.status = 'open' AND k.due_on <= ${until}::date
      AND (k.assignee_id = ${actor.userId}
        OR EXISTS (SELECT 1 FROM cultivation_pool p WHERE p.org_id = k.org_id AND p.owner_id = ${actor.userId}))`);
  return [
    {
      key: 'cultivation.tasks',
      count: Number(rows[0]?.n ?? 0),
      link: `/admin/cultivation/pool?ownerId=${actor.userId}`,
    },
  ];
}
