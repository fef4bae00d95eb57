import { defineModule, type Kernel } from '../../kernel/module.ts';

/** What waits for the actor here, for the workbench. */
export { pendingFor } from './finance.pending.ts';

import { createCaseService } from './cases.service.ts';
import { createConsentService } from './consents.service.ts';
import { eventExportRoutes } from './events.exports.ts';
import { eventRoutes } from './events.routes.ts';
import { createEventService } from './events.service.ts';
import type { FinancePolicyApi } from './finance.deps.ts';
import { financeExportRoutes } from './finance.exports.ts';
import { createFundService } from './funds.service.ts';
import './finance.permissions.ts';
import { institutionExportRoutes } from './institutions.exports.ts';
import { institutionRoutes } from './institutions.routes.ts';
import { createInstitutionService } from './institutions.service.ts';
import { createNeedRepository } from './needs.repository.ts';
import { needRoutes } from './needs.routes.ts';
import { createNeedService } from './needs.service.ts';
import { pledgeRoutes } from './pledges.routes.ts';
import { createPledgeService } from './pledges.service.ts';
import { createPoolClaimService } from './pool-claims.service.ts';
import { poolExportRoutes } from './pools.exports.ts';
import { poolRoutes } from './pools.routes.ts';
import { createPoolService } from './pools.service.ts';
import { createProductRepository } from './products.repository.ts';
import { productRoutes } from './products.routes.ts';
import { createProductService } from './products.service.ts';
import { createFinanceSettings } from './settings.service.ts';
import { statisticsRoutes } from './statistics.routes.ts';
import { createStatisticsService } from './statistics.service.ts';

/**
 * 科技金融服务平台 and 网络金融超市: institutions and their products (terms as min / default / max, eligibility in
 * the policy area's rule format, reviewed by the finance office), the enterprise financing-needs database pushed to
 * the institutions whose products fit with a first-contact day in working days, consent to share facts, and loan
 * cases from claim to repayment.
 */
export function createFinanceModule(k: Kernel, deps: { policy: FinancePolicyApi }) {
  const { db, clock } = k;
  const settings = createFinanceSettings({ db, clock });
  const productRepository = createProductRepository();
  const products = createProductService({
    db,
    products: productRepository,
    settings,
    policyItems: (tx, ids) => deps.policy.itemIds(tx, ids),
    clock,
  });
  const needs = createNeedService({
    db,
    needs: createNeedRepository(),
    products: productRepository,
    settings,
    policy: deps.policy,
    clock,
  });
  const cases = createCaseService({ db, clock });
  const pledges = createPledgeService({ db, policy: deps.policy, settings, clock });
  const institutions = createInstitutionService({ db, clock });
  const consents = createConsentService({ db, policy: deps.policy, clock });
  const events = createEventService({ db, policy: deps.policy, settings, clock });
  const funds = createFundService({ db, policy: deps.policy, clock });
  const pools = createPoolService({ db, policy: deps.policy, clock });
  const claims = createPoolClaimService({ db, clock });
  return defineModule({
    name: 'finance',
    api: {},
    routes: [
      institutionRoutes({ institutions, settings }),
      // The exports' paths are more specific than /finance/products/:id; Fastify matches static segments first.
      financeExportRoutes({ products, needs, cases }),
      institutionExportRoutes({ institutions, consents }),
      eventExportRoutes({ events, funds }),
      poolExportRoutes({ pools, claims, pledges }),
      productRoutes({ products, needs, settings }),
      needRoutes({ needs, cases, consents }),
      pledgeRoutes({ pledges }),
      eventRoutes({ events, funds }),
      poolRoutes({ pools, claims }),
      statisticsRoutes({ statistics: createStatisticsService({ db, policy: deps.policy, settings }) }),
    ],
    jobs: [
      // Needs nobody contacted by their first-contact day go to the finance office; unclaimed needs past their date
      // expire.
      {
        name: 'finance-sweep',
        cron: '*/15 * * * *',
        run: async () => {
          const r = await needs.sweep();
          return r.escalated + r.expired;
        },
      },
      // Monday 09:00 (Asia/Shanghai): each institution is told how many pushed needs wait for its answer.
      { name: 'finance-digest', cron: '0 9 * * 1', run: () => needs.digest() },
      // Every night at 02:30 (Asia/Shanghai): pledged patents that lapsed or were transferred warn their bank.
      { name: 'finance-pledge-watch', cron: '30 2 * * *', run: () => pledges.watch() },
    ],
  });
}
