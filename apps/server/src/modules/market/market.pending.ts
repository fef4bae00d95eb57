import { shanghaiDate, type WorkItem } from '@cz/shared';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { can } from '../../kernel/policy.ts';
import { createAchievementRepository } from './achievements.repository.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';
import { createNeedRepository } from './needs.repository.ts';
import { createPushRepository } from './pushes.repository.ts';

/**
 * For the workbench: achievements and needs waiting for the administration's review; for an organisation, the
 * suggestions pushed for its needs that wait for its answer; for a broker, the open needs without a push.
 */
export async function pendingFor(db: Db, actor: Actor): Promise<WorkItem[]> {
  if (actor.role === 'expert') {
    // A 技术经理人: the open, published needs nobody has pushed an achievement for yet.
    const pushes = createPushRepository();
    if (!(await pushes.isBroker(db, actor.userId))) return [];
    const n = await pushes.openNeedsWithoutPushes(db, shanghaiDate(new Date()));
    return [{ key: 'market.broker_needs', count: n, link: '/market?tab=needs&open=true' }];
  }
  if (!can(actor, MARKET_ACTIONS.review)) {
    // An enterprise's members (needs are stated from enterprise accounts): achievements pushed for its needs.
    if (!actor.orgId || actor.role !== 'enterprise') return [];
    const n = await createPushRepository().waitingFor(db, actor.orgId);
    return [{ key: 'market.pushes', count: n, link: '/my/market/needs' }];
  }
  const [achievements, needs] = await Promise.all([
    createAchievementRepository({ db }).submittedCount(db),
    createNeedRepository({ db }).submittedCount(db),
  ]);
  return [
    { key: 'market.achievements', count: achievements, link: '/admin/market/achievements?status=submitted' },
    { key: 'market.needs', count: needs, link: '/admin/market/needs?status=submitted' },
  ];
}
