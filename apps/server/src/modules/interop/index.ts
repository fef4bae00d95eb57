import { defineModule, type Kernel } from '../../kernel/module.ts';
import { deliverDue, enqueue } from './interop.outbox.ts';
import { interopRoutes, type PartnerVoucherOperations } from './interop.routes.ts';
import { createInteropService } from './interop.service.ts';
import { partnerExportRoutes } from './partners.exports.ts';
import { partnerRoutes, regionRoutes } from './partners.routes.ts';
import { createPartnerService } from './partners.service.ts';

export { callPartner } from './interop.client.ts';
export { interopErrors } from './interop.errors.ts';
export type { OutboxMessage } from './interop.outbox.ts';
export { enqueue as enqueuePartnerCall } from './interop.outbox.ts';
export type { PartnerVoucherOperations };

/**
 * 通用通兑's transport: signing, the client that calls partner regions, authentication of their calls, the
 * idempotency log and the partner registry. What travels over it (vouchers) belongs to the voucher module, which
 * mounts the machine API with its operations through `machineRoutes`.
 */
export type InteropApi = ReturnType<typeof createInteropModule>['api'];

export function createInteropModule(k: Kernel) {
  const { db, clock, config } = k;
  const interop = createInteropService({ db, clock });
  const ctx = { ownRegion: config.regionCode, clock };
  const partners = createPartnerService({ db });
  return defineModule({
    name: 'interop',
    api: {
      /** The signed machine API under /api/v1/interop/vouchers, doing what `vouchers` says. */
      machineRoutes: (vouchers: PartnerVoucherOperations) => interopRoutes({ interop, vouchers }),
      /** Writes a call to a partner region in the caller's transaction; the outbox job delivers it after commit. */
      enqueue,
      /** Delivers the due outbox messages now (the job does so every minute); returns how many it handled. */
      deliverDue: () => deliverDue(db, ctx),
    },
    jobs: [{ name: 'interop-outbox', cron: '* * * * *', run: () => deliverDue(db, ctx) }],
    routes: [partnerRoutes({ partners }), regionRoutes({ partners }), partnerExportRoutes({ partners })],
  });
}
