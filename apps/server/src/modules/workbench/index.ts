import { defineModule, type Kernel } from '../../kernel/module.ts';
import { pendingFor as bookingPending } from '../booking/index.ts';
import { pendingFor as cultivationPending } from '../cultivation/index.ts';
import { pendingFor as financePending } from '../finance/index.ts';
import { pendingFor as ipPending } from '../ip/index.ts';
import { pendingFor as marketPending } from '../market/index.ts';
import { pendingFor as notificationPending } from '../notification/index.ts';
import { pendingFor as orderPending } from '../order/index.ts';
import { pendingFor as orgPending } from '../org/index.ts';
import { pendingFor as policyPending } from '../policy/index.ts';
import { pendingFor as voucherPending } from '../voucher/index.ts';
import { workbenchRoutes } from './workbench.routes.ts';
import { createWorkbenchService } from './workbench.service.ts';

/**
 * 工作台: each role's landing page, assembled from the façades of the modules that own the work (their `pendingFor`),
 * in the order the page shows them. It owns no table.
 */
export function createWorkbenchModule(k: Kernel) {
  const workbench = createWorkbenchService({
    db: k.db,
    clock: k.clock,
    sources: [
      orgPending,
      ipPending,
      marketPending,
      financePending,
      cultivationPending,
      voucherPending,
      orderPending,
      bookingPending,
      policyPending,
      notificationPending,
    ],
  });
  return defineModule({ name: 'workbench', api: undefined, routes: [workbenchRoutes({ workbench })] });
}
