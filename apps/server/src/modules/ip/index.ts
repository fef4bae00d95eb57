import type { Tx } from '../../kernel/db/connection.ts';
import { defineModule, type Kernel } from '../../kernel/module.ts';
import { ipExportRoutes } from './ip.exports.ts';
import { createIpImport } from './ip.import.ts';
import { sendIpReminders } from './ip.jobs.ts';
import { createIpRepository } from './ip.repository.ts';
import { ipRoutes } from './ip.routes.ts';
import { createIpService } from './ip.service.ts';
import { rightsExportRoutes } from './rights.exports.ts';
import { rightsRoutes } from './rights.routes.ts';
import { createRightsService } from './rights.service.ts';

/** Announced in the write's transaction when an organisation's counted Ⅰ类/Ⅱ类 IP changes. */
export type { IpCountsChanged } from './ip.events.ts';
/** What waits for the actor here, for the workbench. */
export { pendingFor } from './ip.pending.ts';
/** Published read view of the counted Ⅰ类/Ⅱ类 IP per organisation, for other modules' queries. */
export { ipClassCounts, ipCreditRecords, ipPatents } from './ip.views.ts';

export type IpClassCountsOf = (tx: Tx, orgId: number) => Promise<{ orgId: number; class1: number; class2: number }>;

/**
 * What other modules may ask of the registry: an organisation's Ⅰ类/Ⅱ类 counts as the evaluations use them
 * (verified, valid, unexpired, not transferred away; read through the view ip_class_counts).
 */
export type IpApi = {
  classCounts: IpClassCountsOf;
  /** Which of the ids are the organisation's own records, not rejected (the market attaches them to achievements). */
  ownRecordIds: (tx: Tx, orgId: number, ids: readonly number[]) => Promise<number[]>;
};

/**
 * 知识产权登记: the enterprises' IP registry, its verification, import and export, and fee/expiry reminders; and
 * 维权援助, the rights-protection cases.
 */
export function createIpModule(k: Kernel) {
  const { db, clock, config } = k;
  const ip = createIpRepository({ db });
  const ipService = createIpService({ db, ip, clock, events: k.events });
  const rights = createRightsService({ db, clock });
  const api: IpApi = { classCounts: ip.classCounts, ownRecordIds: ip.ownRecordIds };
  return defineModule({
    name: 'ip',
    api,
    routes: [
      // The export's path is more specific than /ip/records/:id; Fastify matches static segments first either way.
      ipExportRoutes({ ipService }),
      ipRoutes({ ipService, ipImport: createIpImport({ db, ip, clock }), config }),
      rightsExportRoutes({ rights }),
      rightsRoutes({ rights }),
    ],
    jobs: [{ name: 'ip-reminders', cron: '0 8 * * *', run: () => sendIpReminders(db, clock.now()) }],
  });
}
