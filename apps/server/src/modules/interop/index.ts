import { defineModule, type Kernel } from '../../kernel/module.ts';
import { interopRoutes, type PartnerVoucherOperations } from './interop.routes.ts';
import { createInteropService } from './interop.service.ts';
import { partnerRoutes, regionRoutes } from './partners.routes.ts';

export { callPartner } from './interop.client.ts';
export { interopErrors } from './interop.errors.ts';
export type { PartnerVoucherOperations };

/**
 * 通用通兑's transport: signing, the client that calls partner regions, authentication of their calls, the
 * idempotency log and the partner registry. What travels over it (vouchers) belongs to the voucher module, which
 * mounts the machine API with its operations through `machineRoutes`.
 */
export type InteropApi = ReturnType<typeof createInteropModule>['api'];

export function createInteropModule(k: Kernel) {
  const { db, clock } = k;
  const interop = createInteropService({ db, clock });
  return defineModule({
    name: 'interop',
    api: {
      /** The signed machine API under /api/v1/interop/vouchers, doing what `vouchers` says. */
      machineRoutes: (vouchers: PartnerVoucherOperations) => interopRoutes({ interop, vouchers }),
    },
    routes: [partnerRoutes({ db }), regionRoutes({ db })],
  });
}
