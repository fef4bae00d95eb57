import type { WorkItem } from '@cz/shared';
import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import { addWorkingDays, NEAR_DEADLINE_WORKING_DAYS } from '@cz/shared/policy';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { can } from '../../kernel/policy.ts';
import { APPLICATION_ACTIONS } from './policy.applications.permissions.ts';
import { countApplications, loadCalendar } from './policy.applications.repository.ts';
import { scopeOf } from './policy.applications.service.ts';

/**
 * For the workbench: an enterprise's applications returned for correction and its 免申即享 payments to confirm; the
 * administration's applications to review and 快申快享 near or past their payment deadline. Each count is its list's
 * (the same filters as the link's).
 */
export async function pendingFor(db: Db, actor: Actor, now: Date): Promise<WorkItem[]> {
  const today = shanghaiDate(now);
  const base = { today, nearLimit: today };
  if (can(actor, APPLICATION_ACTIONS.review)) {
    const scope = scopeOf(actor);
    const nearLimit = addWorkingDays(today, NEAR_DEADLINE_WORKING_DAYS, await loadCalendar(db));
    return [
      {
        key: 'policy.applications',
        count: await countApplications(db, { ...base, status: 'submitted' }, scope),
        link: '/admin/policy-applications?status=submitted',
      },
      {
        key: 'policy.fast_due',
        count: await countApplications(db, { ...base, nearLimit, due: 'near' }, scope),
        link: '/admin/policy-applications?due=near',
      },
    ];
  }
  if (actor.role !== 'enterprise' || actor.orgId === null) return [];
  const mine = { orgId: actor.orgId };
  return [
    {
      key: 'policy.returned',
      count: await countApplications(db, { ...base, status: 'returned' }, mine),
      link: '/my/policy-applications?status=returned',
    },
    {
      key: 'policy.auto_confirm',
      count: await countApplications(db, { ...base, status: 'confirmed' }, mine),
      link: '/my/policy-applications?status=confirmed',
    },
  ];
}
