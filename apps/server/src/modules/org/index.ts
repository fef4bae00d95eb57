import { defineModule, type Kernel } from '../../kernel/module.ts';
import { affiliationRoutes } from './org.affiliations.routes.ts';
import { createAffiliationService } from './org.affiliations.ts';
import { factChangeExportRoutes } from './org.fact-changes.exports.ts';
import { factChangeRoutes } from './org.fact-changes.routes.ts';
import { createFactChangeService } from './org.fact-changes.ts';
import { createOrgImport } from './org.import.ts';
import { createOrgRepository, type OrgRepository } from './org.repository.ts';
import { orgRoutes } from './org.routes.ts';
import { createOrgService } from './org.service.ts';

export { orgErrors } from './org.errors.ts';
export type { IndicatorsChanged } from './org.events.ts';
/** The verified facts the voucher rules rest on: eligibility facts and related parties (current and past legal representatives). */
export { areRelatedParties, type EligibilityFacts, eligibilityFacts, relatedPartiesSql } from './org.facts.ts';
export { normaliseInput } from './org.mapper.ts';
/** What waits for the actor here, for the workbench. */
export { pendingFor } from './org.pending.ts';
export { guardDuplicateUscc } from './org.service.ts';
export type { OrgRow } from './org.table.ts';
/** Published read view of organisations (name, kind, status) for other modules' queries. */
export { orgDirectory, orgEvaluationFacts, orgIndicatorRecords } from './org.views.ts';

/** What other modules may do with organisations: read one, and register one (an enterprise signing up). */
export type OrgApi = Pick<OrgRepository, 'byId' | 'insert'>;

export function createOrgModule(k: Kernel) {
  const { db, clock, config } = k;
  const orgs = createOrgRepository({ db });
  const api: OrgApi = { byId: orgs.byId, insert: orgs.insert };
  const factChanges = createFactChangeService({ db, orgs, clock });
  return defineModule({
    name: 'org',
    api,
    routes: [
      orgRoutes({
        orgService: createOrgService({ db, orgs, factChanges, clock, events: k.events }),
        orgs,
        orgImport: createOrgImport({ db, orgs, clock }),
        config,
      }),
      affiliationRoutes({ affiliations: createAffiliationService({ db }) }),
      factChangeRoutes({ factChanges }),
      factChangeExportRoutes({ factChanges }),
    ],
  });
}
