import { sql } from 'drizzle-orm';
import { defineHandler } from '../../kernel/events.ts';
import { type OrderAction, orderErrors } from '../order/index.ts';

/** Steps of an instrument order that its booking drives (approve, reject, cancel, usage). */
const BOOKING_DRIVEN: OrderAction[] = ['quote', 'confirm', 'reject', 'cancel', 'start', 'deliver'];

/** An instrument order moves with its booking: these steps are refused when taken on the order directly. */
export const bookingHandlers = [
  defineHandler({
    event: 'order.stepping',
    name: 'booking.steps-follow-the-booking',
    async handle(tx, _actor, { action, order, opts }) {
      if (opts.viaBooking || !BOOKING_DRIVEN.includes(action)) return;
      const { rows } = await tx.execute(sql`SELECT 1 FROM bookings WHERE order_id = ${order.id} LIMIT 1`);
      if (rows.length > 0) throw orderErrors.bookingManaged();
    },
  }),
];
