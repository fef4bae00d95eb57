import { defineModule, type Kernel } from '../../kernel/module.ts';
import type { CatalogApi } from '../catalog/index.ts';
import type { OrgApi } from '../org/index.ts';
import { orderExportRoutes } from './order.exports.ts';
import { createOrderRepository } from './order.repository.ts';
import { orderRoutes } from './order.routes.ts';
import { createOrderService, type OrderService } from './order.service.ts';

export { orderErrors } from './order.errors.ts';
export type {
  OrderPaying,
  OrderReopened,
  OrderStepped,
  OrderStepping,
  OrderViewing,
  StepOptions,
} from './order.events.ts';
export type { OrderAction } from './order.machine.ts';
/** What waits for the actor here, for the workbench. */
export { pendingFor } from './order.pending.ts';
export type { OrderRow } from './order.table.ts';
/** Published read view of orders for other modules' queries. */
export { orderRecords } from './order.views.ts';

/**
 * What other modules do with orders: the booking module opens, steps, locks, pays (with vouchers) and reopens the
 * order of a booking.
 * Work that hangs on an order's steps (vouchers) registers handlers of `order.stepping`, `order.stepped` and
 * `order.reopened` instead of calling in.
 */
export type OrderApi = Pick<OrderService, 'step' | 'lock' | 'openForBooking' | 'payForBooking' | 'reopenForBooking'>;

export function createOrderModule(k: Kernel, deps: { catalog: CatalogApi; org: OrgApi }) {
  const { db, clock, events } = k;
  const orderService = createOrderService({
    db,
    orders: createOrderRepository({ db }),
    catalog: deps.catalog,
    orgs: deps.org,
    clock,
    events,
  });
  const api: OrderApi = {
    step: orderService.step,
    lock: orderService.lock,
    openForBooking: orderService.openForBooking,
    payForBooking: orderService.payForBooking,
    reopenForBooking: orderService.reopenForBooking,
  };
  return defineModule({
    name: 'order',
    api,
    routes: [orderRoutes({ orderService }), orderExportRoutes({ orderService })],
  });
}
