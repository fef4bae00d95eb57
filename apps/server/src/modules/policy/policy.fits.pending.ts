import type { WorkItem } from '@cz/shared';
import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { createCompiledItems } from './policy.compiled.ts';
import { factsOf } from './policy.facts.ts';
import { openItems } from './policy.items.repository.ts';

const compiledOf = createCompiledItems();

/**
 * For an enterprise's workbench: how many open items it qualifies for and how many it could with more data — the
 * counts of "policies that fit me" (the compiled conditions, as its first pass), each linking to that page filtered.
 */
export async function fitsPendingFor(db: Db, actor: Actor, now: Date): Promise<WorkItem[]> {
  if (actor.role !== 'enterprise' || actor.orgId === null) return [];
  const on = shanghaiDate(now);
  const org = await factsOf(db, actor.orgId, on);
  if (!org) return [];
  let eligible = 0;
  let needsData = 0;
  for (const item of await openItems(db, on)) {
    const result = compiledOf(item).fn(org.facts);
    if (result === 'eligible') eligible++;
    else if (result === 'needs_data') needsData++;
  }
  return [
    { key: 'policy.fits', count: eligible, link: '/my/policies?result=eligible' },
    { key: 'policy.fits_need_data', count: needsData, link: '/my/policies?result=needs_data' },
  ];
}
