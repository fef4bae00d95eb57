import { defineHandler } from '../../kernel/events.ts';
import type { IpCountsChanged } from '../ip/index.ts';
import type { IndicatorsChanged } from '../org/index.ts';
import type { PolicyItemService } from './policy.items.service.ts';

/**
 * An enterprise whose facts change (its indicators, its counted IP; the evaluations that follow them) is queued, in
 * the write's transaction, and checked again against the open items by the `policy-rechecks` minute job, which tells
 * it of the items it has newly come to qualify for. The write itself stays as fast as it was. What changes with the
 * calendar alone (a certificate lapsing, a window opening) is caught by the nightly recheck.
 */
export function policyItemHandlers(items: PolicyItemService) {
  return [
    defineHandler({
      event: 'org.indicators-changed',
      name: 'policy.recheck-on-indicators',
      handle: async (tx, _actor, { orgId }: IndicatorsChanged) => items.queueRecheck(tx, orgId),
    }),
    defineHandler({
      event: 'ip.counts-changed',
      name: 'policy.recheck-on-ip',
      handle: async (tx, _actor, { orgId }: IpCountsChanged) => items.queueRecheck(tx, orgId),
    }),
  ];
}
