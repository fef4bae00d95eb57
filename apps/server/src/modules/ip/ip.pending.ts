import type { WorkItem } from '@cz/shared';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { can } from '../../kernel/policy.ts';
import { IP_ACTIONS } from './ip.permissions.ts';
import { createIpRepository } from './ip.repository.ts';

/** For the workbench: records waiting for the administration's check against their certificates. */
export async function pendingFor(db: Db, actor: Actor): Promise<WorkItem[]> {
  if (!can(actor, IP_ACTIONS.verify)) return [];
  const n = await createIpRepository({ db }).pendingCount(db);
  return [{ key: 'ip.verifications', count: n, link: '/admin/ip?verification=pending' }];
}
