import type { WorkItem } from '@cz/shared';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { can } from '../../kernel/policy.ts';
import { createAchievementRepository } from './achievements.repository.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';

/** For the workbench: achievements waiting for the administration's review. */
export async function pendingFor(db: Db, actor: Actor): Promise<WorkItem[]> {
  if (!can(actor, MARKET_ACTIONS.review)) return [];
  const n = await createAchievementRepository({ db }).submittedCount(db);
  return [{ key: 'market.achievements', count: n, link: '/admin/market/achievements?status=submitted' }];
}
