import { sql } from 'drizzle-orm';
import type { Tx } from '../../kernel/db/connection.ts';
import { defineModule, type Kernel } from '../../kernel/module.ts';
import type { MaterialsApi } from '../materials/index.ts';
import { createAuto } from './policy.applications.auto.ts';
import { applicationExportRoutes } from './policy.applications.exports.ts';
import { createHolidays } from './policy.applications.holidays.ts';
import { createNotices } from './policy.applications.notices.ts';
import { loadCalendar } from './policy.applications.repository.ts';
import { createReview } from './policy.applications.review.ts';
import { applicationRoutes } from './policy.applications.routes.ts';
import { createApplicationService } from './policy.applications.service.ts';
import { createPolicyDocumentRepository } from './policy.documents.repository.ts';
import { policyAdminRoutes, policyLibraryRoutes } from './policy.documents.routes.ts';
import { createPolicyDocumentService } from './policy.documents.service.ts';
import { existingItemIds, factsOf, loadFacts } from './policy.facts.ts';
import { policyImportRoutes } from './policy.import.routes.ts';
import { createPolicyImport } from './policy.import.ts';
import { policyRunExportRoutes } from './policy.items.exports.ts';
import { policyItemHandlers } from './policy.items.handlers.ts';
import { policyItemRoutes } from './policy.items.routes.ts';
import { createPolicyItemService } from './policy.items.service.ts';
import { policyListExportRoutes } from './policy.lists.exports.ts';
import { createPayments } from './policy.payments.ts';
import { createPolicyRunner } from './policy.runs.ts';
import { createPolicySearchRepository } from './policy.search.repository.ts';
import { createPolicySearchService } from './policy.search.service.ts';
import { policySubscriptionRoutes } from './policy.subscriptions.routes.ts';
import { createPolicySubscriptions } from './policy.subscriptions.ts';
import { supervisionRoutes } from './policy.supervision.routes.ts';
import { createSupervision } from './policy.supervision.service.ts';

/** Published read view of each application's outcome, payment and rating, for the plan and the evaluation. */
export { policyRedemptions } from './policy.applications.views.ts';
/** Published read view of the documents readers can see, for other modules' queries. */
export { policyPublishedDocuments } from './policy.documents.views.ts';
/**
 * What waits for the actor here (applications to correct, review, confirm; 快申快享 deadlines; the open items an
 * enterprise qualifies for or could with more data), for the workbench.
 */
export { pendingFor } from './policy.pending.ts';

/**
 * 政策服务: the policy documents (their Chinese full-text search, import and administration) and their items, whose
 * conditions are data checked against each enterprise's facts: eligibility explained, the simulation of a draft over
 * the registry, "policies that fit me", and the newly eligible told on publishing and when their facts change; and
 * the applications that claim what items give (申报审批 with materials from the vault, 免申即享, 快申快享), their review,
 * 公示, payment and rating; the supervision of all this (督导) and its third-party evaluation (第三方评估).
 */
export function createPolicyModule(k: Kernel, deps: { materials: MaterialsApi }) {
  const { db, clock, config } = k;
  const documentsRepo = createPolicyDocumentRepository({ db });
  const documents = createPolicyDocumentService({ db, documents: documentsRepo, clock });
  const search = createPolicySearchService({
    db,
    search: createPolicySearchRepository({ db }),
    documents: documentsRepo,
    clock,
  });
  const policyImport = createPolicyImport({ db, documents: documentsRepo, clock });
  const runner = createPolicyRunner({ db, clock });
  const items = createPolicyItemService({ db, clock, runner });
  const applications = createApplicationService({ db, clock, materials: deps.materials });
  const notices = createNotices({ db, clock });
  const auto = createAuto({ db, clock });
  const holidays = createHolidays({ db, clock });
  return defineModule({
    name: 'policy',
    api: {
      runner,
      items,
      /** The zone's working calendar (holidays and worked weekend days), for time limits counted in working days. */
      calendar: (tx?: Tx) => loadCalendar(tx ?? db),
      /**
       * One enterprise's facts as the fact catalogue names them, on `onDate`: what conditions in the rule format
       * (loan products, program calls) are checked against. Undefined for an organisation that is no enterprise.
       */
      factsOf: (tx: Tx | undefined, orgId: number, onDate: string) => factsOf(tx ?? db, orgId, onDate),
      /** The verified enterprises' facts in id order after `afterId`, `limit` at a time (a run over all of them). */
      factsPage: (tx: Tx | undefined, onDate: string, afterId: number, limit: number) =>
        loadFacts(tx ?? db, { where: sql`f.status = 'verified'`, onDate, afterId, limit }),
      /** Which of `ids` are policy items (of any status). */
      itemIds: (tx: Tx | undefined, ids: readonly number[]) => existingItemIds(tx ?? db, ids),
    },
    routes: [
      policyLibraryRoutes({ search, documents }),
      policyAdminRoutes({ documents }),
      policyImportRoutes({ policyImport, config }),
      policyRunExportRoutes({ items }),
      policyItemRoutes({ items }),
      policySubscriptionRoutes({ subscriptions: createPolicySubscriptions({ db, clock }) }),
      // The export's path is more specific than /policy/applications/:id; Fastify matches static segments first.
      applicationExportRoutes({ applications }),
      policyListExportRoutes({ items, notices, auto, holidays }),
      supervisionRoutes({ supervision: createSupervision({ db, clock }) }),
      applicationRoutes({
        applications,
        review: createReview({ db, clock }),
        payments: createPayments({ db, clock }),
        notices,
        auto,
        holidays,
      }),
    ],
    handlers: policyItemHandlers(items),
    jobs: [
      // Enterprises whose facts changed are checked again against the open items within the minute.
      { name: 'policy-rechecks', cron: '* * * * *', run: () => items.processRechecks() },
      // A run left half-way (an instance stopped) continues within a minute on any instance.
      { name: 'policy-runs', cron: '* * * * *', run: () => runner.runChunk() },
      // Every night at 03:30 (Asia/Shanghai), after the evaluations, every open item against every enterprise:
      // what changed with the calendar alone (a certificate lapsing, a window opening) is caught here.
      {
        name: 'policy-nightly',
        cron: '30 3 * * *',
        run: async () => (await runner.startAndDrain(null, null, 'recheck')).id,
      },
    ],
  });
}
