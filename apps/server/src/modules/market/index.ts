import type { WorkCalendar } from '@cz/shared/policy';
import type { Tx } from '../../kernel/db/connection.ts';
import { defineModule, type Kernel } from '../../kernel/module.ts';
import type { IpApi } from '../ip/index.ts';
import type { OrgApi } from '../org/index.ts';
import { achievementExportRoutes } from './achievements.exports.ts';
import { createAchievementRepository } from './achievements.repository.ts';
import { achievementRoutes } from './achievements.routes.ts';
import { createAchievementService } from './achievements.service.ts';
import './market.permissions.ts';
import { brokerRoutes } from './brokers.routes.ts';
import { createBrokerService } from './brokers.service.ts';
import { catalogueRoutes } from './catalogues.routes.ts';
import { createCatalogueService } from './catalogues.service.ts';
import { createContractService } from './contracts.service.ts';
import { dealExportRoutes } from './deals.exports.ts';
import { createDealRepository } from './deals.repository.ts';
import { dealRoutes } from './deals.routes.ts';
import { createDealService } from './deals.service.ts';
import { dictionaryRoutes } from './dictionary.routes.ts';
import { createDictionaryService } from './dictionary.service.ts';
import { eventRoutes } from './events.routes.ts';
import { createEventService } from './events.service.ts';
import { createMatchWords } from './match-words.ts';
import { createMatchingRepository } from './matching.repository.ts';
import { matchingRoutes } from './matching.routes.ts';
import { createMatchingService } from './matching.service.ts';
import { needExportRoutes } from './needs.exports.ts';
import { createNeedRepository } from './needs.repository.ts';
import { needRoutes } from './needs.routes.ts';
import { createNeedService } from './needs.service.ts';
import { patentRoutes } from './patents.routes.ts';
import { createPatentService } from './patents.service.ts';
import { createPushRepository } from './pushes.repository.ts';
import { pushRoutes } from './pushes.routes.ts';
import { createPushService } from './pushes.service.ts';
import { registrationRoutes } from './registrations.routes.ts';
import { createRegistrationService } from './registrations.service.ts';
import { createSettingsService } from './settings.service.ts';
import { statisticsRoutes } from './statistics.routes.ts';
import { createStatisticsService } from './statistics.service.ts';
import { synonymRoutes } from './synonyms.routes.ts';
import { createSynonymService } from './synonyms.service.ts';

/** What waits for the actor here, for the workbench. */
export { pendingFor } from './market.pending.ts';

/**
 * 技术交易市场: 科技成果 and 技术需求 offered, reviewed and browsed; needs matched with achievements, suggestions pushed
 * by 技术经理人 and answered; inquiries negotiated to an agreed price, contracts drafted and signed, and registered
 * (技术合同认定登记) with a certificate.
 */
export function createMarketModule(
  k: Kernel,
  deps: { org: OrgApi; ip: IpApi; policy: { calendar: (tx?: Tx) => Promise<WorkCalendar> } },
) {
  const { db, clock } = k;
  const needRepository = createNeedRepository({ db });
  const pushRepository = createPushRepository();
  const achievementRepository = createAchievementRepository({ db });
  const matching = createMatchingService({
    db,
    matching: createMatchingRepository({ db }),
    needs: needRepository,
    pushes: pushRepository,
    clock,
  });
  // The segmenter's words (the dictionary file, the administration's terms, the synonyms) and the vectors built with them.
  const words = createMatchWords({ db, onReindexed: matching.invalidate });
  const achievements = createAchievementService({
    db,
    onPublicChange: matching.invalidate,
    achievements: achievementRepository,
    orgs: deps.org,
    ip: deps.ip,
    clock,
  });
  const needs = createNeedService({ db, needs: needRepository, pushes: pushRepository, orgs: deps.org, clock });
  const pushes = createPushService({
    db,
    pushes: pushRepository,
    needs: needRepository,
    achievements: achievementRepository,
    clock,
  });
  const dealRepository = createDealRepository();
  const deals = createDealService({
    db,
    deals: dealRepository,
    achievements: achievementRepository,
    needs: needRepository,
    orgs: deps.org,
    clock,
  });
  const contracts = createContractService({ db, deals: dealRepository, orgs: deps.org, clock });
  const registrations = createRegistrationService({ db, clock, calendar: deps.policy.calendar });
  return defineModule({
    name: 'market',
    api: {},
    setup: (app) => {
      // The market's requests segment with the current words: their version is checked at most every WORDS_TTL_MS.
      app.addHook('onRequest', (request, _reply, done) => {
        if (!request.url.startsWith('/api/v1/market') || words.fresh()) return done();
        words.refresh().then(
          () => done(),
          () => done(),
        );
      });
    },
    // Vectors built with older words (after a change on another instance, or a run cut short) within the minute.
    jobs: [{ name: 'market-reindex', cron: '* * * * *', run: () => words.drain() }],
    routes: [
      achievementExportRoutes({ achievements }),
      achievementRoutes({ achievements }),
      needExportRoutes({ needs }),
      needRoutes({ needs }),
      matchingRoutes({ matching }),
      pushRoutes({ pushes }),
      brokerRoutes({ brokers: createBrokerService({ db, clock }) }),
      synonymRoutes({
        synonyms: createSynonymService({
          db,
          clock,
          changed: () => {
            matching.invalidate();
            return words.changed();
          },
        }),
      }),
      dictionaryRoutes({
        dictionary: createDictionaryService({ db, clock, changed: words.changed, status: words.status }),
      }),
      dealExportRoutes({ deals, registrations }),
      statisticsRoutes({ statistics: createStatisticsService({ db, clock }) }),
      catalogueRoutes({ catalogues: createCatalogueService({ db, clock }) }),
      eventRoutes({ events: createEventService({ db, clock }) }),
      patentRoutes({ patents: createPatentService({ db, orgs: deps.org, clock }) }),
      dealRoutes({ deals, contracts }),
      registrationRoutes({ registrations, settings: createSettingsService({ db, clock }), config: k.config }),
    ],
  });
}
