import { defineModule, type Kernel } from '../../kernel/module.ts';
import type { InstrumentApi } from '../instrument/index.ts';
import type { OrderApi } from '../order/index.ts';
import { bookingExportRoutes } from './booking.exports.ts';
import { bookingHandlers } from './booking.handlers.ts';
import { createBookingRepository } from './booking.repository.ts';
import { bookingRoutes } from './booking.routes.ts';
import { createBookingService } from './booking.service.ts';

/** What waits for the actor here, for the workbench. */
export { pendingFor } from './booking.pending.ts';

export function createBookingModule(k: Kernel, deps: { instrument: InstrumentApi; order: OrderApi }) {
  const { db, clock } = k;
  const bookingService = createBookingService({
    db,
    clock,
    bookings: createBookingRepository({ db }),
    instruments: deps.instrument,
    orderService: deps.order,
  });
  return defineModule({
    name: 'booking',
    api: undefined,
    routes: [bookingRoutes({ bookingService }), bookingExportRoutes({ bookingService })],
    handlers: bookingHandlers,
  });
}
