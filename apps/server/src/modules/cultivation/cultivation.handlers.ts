import { defineHandler } from '../../kernel/events.ts';
import type { IndicatorsChanged } from '../org/index.ts';
import type { EvaluationService } from './evaluation.service.ts';

/**
 * An enterprise's evaluations run again, in the same transaction, when its indicators change: the enterprise sees
 * its new score as soon as its change is saved. (IP changes are caught by the
 * `cultivation-ip-changes` job through the registry's published counts: the registry announces no event.)
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
  ];
}
