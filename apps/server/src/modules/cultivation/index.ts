import { defineModule, type Kernel } from '../../kernel/module.ts';
import { createBatchRunner } from './batch.ts';
import { cultivationExportRoutes } from './cultivation.exports.ts';
import { cultivationHandlers } from './cultivation.handlers.ts';
import { cultivationRoutes } from './cultivation.routes.ts';
import { createEvaluationService } from './evaluation.service.ts';
import { createPoolService } from './pool.service.ts';

export { cultivationErrors } from './cultivation.errors.ts';
/** What waits for the actor here, for the workbench. */
export { pendingFor } from './cultivation.pending.ts';

/**
 * 企业培育与评价: evaluations by the national rules on the registry's data (科技型中小企业 today; 高企, 专精特新 and
 * 加计扣除 as their rules land), batch runs over every enterprise, and the 高企后备培育库.
 */
export function createCultivationModule(k: Kernel) {
  const { db, clock } = k;
  const evaluations = createEvaluationService({ db, clock });
  const pool = createPoolService({ db, clock });
  // After a run over every enterprise, the criteria set to apply nightly bring in those that have come to match.
  const batches = createBatchRunner({ db, clock, onFinished: (tx) => pool.applyAutomatic(tx) });
  return defineModule({
    name: 'cultivation',
    api: { batches, pool, evaluations },
    routes: [
      cultivationRoutes({ evaluations, batches, pool }),
      cultivationExportRoutes({ evaluations, batches, pool }),
    ],
    handlers: cultivationHandlers(evaluations),
    jobs: [
      // Every night at 02:30 (Asia/Shanghai) every enterprise is evaluated by the rules in force that day.
      { name: 'cultivation-nightly', cron: '30 2 * * *', run: () => batches.nightly() },
      // Writes to the registry re-evaluate at once through `ip.counts-changed`. This hourly pass is the safety net for
      // counts that change with the calendar alone (an expiry, or a transfer recorded in advance, reaching its date
      // at midnight: no write announces it); hourly, so that a run missed while no instance was up comes soon after.
      { name: 'cultivation-ip-changes', cron: '5 * * * *', run: () => evaluations.reevaluateIpChanges() },
      // A run left half-way (an instance stopped) continues within a minute on any instance.
      { name: 'cultivation-batch', cron: '* * * * *', run: () => batches.runChunk() },
    ],
  });
}
export type CultivationApi = ReturnType<typeof createCultivationModule>['api'];
