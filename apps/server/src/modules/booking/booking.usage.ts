import { usageFee } from '@cz/shared';
import type { Actor } from '../../kernel/actor.ts';
import { bookingErrors } from './booking.errors.ts';
import { type BookingDeps, type BookingSupport, hourlyPriceFor, minutesOf } from './booking.support.ts';

/** What happens at or after the booked time: a no-show, or the recorded use with its fee. */
export function createBookingUsage(deps: BookingDeps, support: BookingSupport) {
  const { db, clock, bookings, orderService } = deps;
  const { loadForProvider, requireStatus, audit, get } = support;
  return {
    /** The provider marks a confirmed booking whose time has begun as a no-show; the order is cancelled. */
    async noShow(actor: Actor | null, id: number) {
      await db.transaction(async (tx) => {
        const { booking } = await loadForProvider(tx, actor, id);
        requireStatus(booking, 'confirmed');
        if (clock.now() < booking.period.start) throw bookingErrors.notStarted();
        const after = await bookings.update(tx, id, { status: 'no_show', updatedAt: clock.now() });
        await orderService.step(tx, actor, booking.orderId, 'cancel', {
          viaBooking: true,
          patch: { cancelReason: 'no_show' },
          note: '@booking.no_show',
        });
        await audit(tx, actor as Actor, 'no_show', booking, after);
      });
      return get(actor, id);
    },

    /**
     * The provider records the actual use. The fee is the actual time rounded up to the slot increment at the
     * booker's hourly price (usageFee); it becomes the order's amount and the order is delivered for the booker to
     * accept.
     */
    async recordUsage(
      actor: Actor | null,
      id: number,
      u: { actualStart: string; actualEnd: string; samples: number; operator: string; notes: string; files?: string[] },
    ) {
      await db.transaction(async (tx) => {
        const { booking, instrument } = await loadForProvider(tx, actor, id);
        requireStatus(booking, 'confirmed');
        const start = new Date(u.actualStart);
        const end = new Date(u.actualEnd);
        if (!(end > start)) throw bookingErrors.badUsage();
        const order = await orderService.lock(tx, booking.orderId);
        if (!order || !['accepted', 'in_service'].includes(order.status)) throw bookingErrors.notAccepted();
        const hourlyPrice = hourlyPriceFor(instrument, booking.orgId);
        const { billedMinutes, fee } = usageFee(minutesOf(start, end), instrument.slotMinutes, hourlyPrice);
        await bookings.insertUsage(tx, {
          bookingId: id,
          actual: { start, end },
          samples: u.samples,
          operator: u.operator,
          billedMinutes,
          hourlyPrice,
          fee,
          external: booking.orgId !== instrument.providerId,
          notes: u.notes,
          recordedBy: actor?.userId ?? null,
        });
        const after = await bookings.update(tx, id, { status: 'completed', updatedAt: clock.now() });
        if (order.status === 'accepted') await orderService.step(tx, actor, order.id, 'start', { viaBooking: true });
        // Machine notes start with @code and carry their values; the web words them in the reader's language.
        const note = `@booking.usage ${billedMinutes} ${hourlyPrice} ${fee}${u.notes ? ` ${u.notes}` : ''}`;
        await orderService.step(tx, actor, order.id, 'deliver', {
          viaBooking: true,
          patch: { amount: fee, deliveryNote: note, deliveryFiles: u.files ?? [] },
          note,
        });
        await audit(tx, actor as Actor, 'usage', booking, after);
      });
      return get(actor, id);
    },
  };
}
