import { defineHandler } from '../../kernel/events.ts';
import type { IpCountsChanged } from '../ip/index.ts';
import type { IndicatorsChanged } from '../org/index.ts';
import type { EvaluationService } from './evaluation.service.ts';

/**
 * An enterprise's evaluations run again, in the same transaction, when its indicators or its counted IP change: the
 * enterprise sees its new score as soon as the change is saved (its indicators, or the administration's verification
 * of a patent). Counts that move with the calendar alone (an expiry or a transfer date passing) are caught by the
 * `cultivation-ip-changes` job.
 */
export function cultivationHandlers(evaluations: EvaluationService) {
  return [
    defineHandler({
      event: 'org.indicators-changed',
      name: 'cultivation.reevaluate-on-indicators',
      handle: async (tx, actor, { orgId }: IndicatorsChanged) => {
        await evaluations.evaluateOrg(tx, actor, orgId, 'indicators');
      },
    }),
    defineHandler({
      event: 'ip.counts-changed',
      name: 'cultivation.reevaluate-on-ip',
      handle: async (tx, actor, { orgId }: IpCountsChanged) => {
        await evaluations.evaluateOrg(tx, actor, orgId, 'ip');
      },
    }),
  ];
}
