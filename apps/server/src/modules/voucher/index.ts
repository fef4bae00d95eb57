import { defineModule, type Kernel } from '../../kernel/module.ts';
import type { InteropApi } from '../interop/index.ts';
import { createApplicationService } from './applications/application.service.ts';
import { claimExportRoutes } from './exports/claim.exports.ts';
import { settlementExportRoutes } from './exports/settlement.exports.ts';
import { voucherExportRoutes } from './exports/voucher.exports.ts';
import { createPartnerVoucherApi } from './partner/partner-api.ts';
import { redemptionCodeRoutes } from './partner/redemption-code.routes.ts';
import { createRedemptionCodes } from './partner/redemption-code.ts';
import { redemptionHandlers } from './redemption/redemption.handlers.ts';
import { reimbursementRoutes } from './reimbursement/reimbursement.routes.ts';
import { createReimbursementService } from './reimbursement/reimbursement.service.ts';
import { voucherReportRoutes } from './reports/report.routes.ts';
import { createReportService } from './reports/report.service.ts';
import { createSchemeService } from './schemes/scheme.service.ts';
import { settlementRoutes } from './settlement/settlement.routes.ts';
import { createSettlementService } from './settlement/settlement.service.ts';
import { expireVouchers, releaseStaleHolds, releaseStalePartnerHolds } from './voucher.jobs.ts';
import { voucherRoutes } from './voucher.routes.ts';
import { createVoucherService } from './voucher.service.ts';

export { reconcile } from './ledger/reconcile.ts';
/** What waits for the actor here, for the workbench. */
export { pendingFor } from './voucher.pending.ts';

/**
 * 科技创新券: schemes and their budgets, applications, vouchers, redemption on orders (handlers of the order's
 * events), settlement with providers, 通用 reimbursement, 通兑 with partner regions, reports, and the ledger under
 * all of it.
 */
export function createVoucherModule(k: Kernel, deps: { interop: InteropApi }) {
  const { db, clock, config } = k;
  const schemes = createSchemeService({ db, clock });
  const applications = createApplicationService({ db, clock });
  const vouchers = createVoucherService({ db });
  const codes = createRedemptionCodes({ db, clock });
  const settlement = createSettlementService({ db, clock });
  const reimbursements = createReimbursementService({ db, clock });
  return defineModule({
    name: 'voucher',
    api: undefined,
    routes: [
      voucherRoutes({ schemes, applications, vouchers }),
      voucherExportRoutes({ schemes, vouchers, applications }),
      settlementRoutes({ settlement }),
      deps.interop.machineRoutes(createPartnerVoucherApi({ db, clock, codes })),
      redemptionCodeRoutes({ codes }),
      reimbursementRoutes({ reimbursements }),
      claimExportRoutes({ settlement, reimbursements }),
      settlementExportRoutes({ settlement }),
      voucherReportRoutes({ reports: createReportService({ db }) }),
    ],
    handlers: redemptionHandlers({ ownRegion: config.regionCode, clock, db }),
    jobs: [
      { name: 'voucher-expiry', cron: '*/10 * * * *', run: () => expireVouchers(db, clock.now()) },
      {
        name: 'voucher-hold-release',
        cron: '17 * * * *',
        run: async () =>
          (await releaseStaleHolds(db, clock.now(), config.voucherHoldMaxDays)) +
          (await releaseStalePartnerHolds(db, clock.now(), config.voucherHoldMaxDays)),
      },
    ],
  });
}
