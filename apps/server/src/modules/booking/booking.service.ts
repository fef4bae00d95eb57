import { type BookingStatus, isLateCancel } from '@cz/shared';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { withGenericPlans } from '../../kernel/db/statements.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { notifyOrg } from '../notification/index.ts';
import { orderErrors } from '../order/index.ts';
import { bookingErrors } from './booking.errors.ts';
import { newBookingView } from './booking.repository.ts';
import { type BookingDeps, createBookingSupport, minutesOf } from './booking.support.ts';
import { createBookingUsage } from './booking.usage.ts';

/**
 * One flow, one state: the amount of a booking is the estimate at the listed price, known when the booker books, so the
 * booker agrees to it — and names the vouchers paying part of it — in the booking form, as a buyer pays when placing
 * an order; the provider then only confirms. Booking and order move together:
 *
 * | booking   | order       | how                                                                                |
 * | --------- | ----------- | ---------------------------------------------------------------------------------- |
 * | pending   | requested   | booked, the instrument needs approval (both read 待服务方确认); vouchers held         |
 * | confirmed | accepted    | booked without approval (one transaction), or approved: the order's `confirm` step |
 * | rejected  | rejected    | the provider refuses; vouchers released                                            |
 * | cancelled | cancelled   | either side cancels, or no-show; vouchers released                                 |
 * | completed | delivered → | the use is recorded; the booker accepts the delivery, vouchers pay on completion   |
 *
 * Vouchers are held at booking rather than at approval: the booker is the one acting (the holds check that the vouchers
 * are its own), the split it saw in the form is what it gets, and a scheme's money is never promised twice while a
 * request waits. Partner regions' vouchers (通兑) stay with the acceptance of ordinary service orders.
 */
export function createBookingService(deps: BookingDeps) {
  const { db, clock, bookings, instruments, orderService } = deps;
  const support = createBookingSupport(deps);
  const { placeBooking, loadForProvider, loadForParty, requireStatus, audit, estimate, get } = support;

  return {
    /**
     * Books instrument time: creates the service order at the estimate, a blocking booking and the holds of the
     * vouchers named, in one transaction. Instant-booking instruments confirm at once (the order is accepted); the
     * others wait for the provider's approval, while the slot and the vouchers are already held.
     */
    async create(
      actor: Actor | null,
      input: {
        instrumentId: number;
        start: string;
        end: string;
        purpose: string;
        samples: number;
        vouchers?: number[] | undefined;
      },
    ) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!actor.orgId) throw orderErrors.buyerNotVerified('book on behalf of an organisation');
      const start = new Date(input.start);
      const end = new Date(input.end);
      // A booking reads and writes by key: its statements keep their generic plans (kernel/db/statements.ts).
      return withGenericPlans(() =>
        db.transaction(async (tx) => {
          // One read for the instrument (FOR SHARE: a concurrent change of its rules waits for bookings made under the
          // old ones), its listing, its provider, the buyer and the blackouts of the period.
          const found = await instruments.forBooking(tx, input.instrumentId, actor.orgId as number, { start, end });
          if (!found) throw bookingErrors.notFound('no such instrument');
          const { instrument } = found;
          if (found.buyerStatus !== 'verified') throw orderErrors.buyerNotVerified();
          if (found.listingStatus !== 'active' || found.providerStatus !== 'verified')
            throw bookingErrors.unavailable();
          if (instrument.trainingRequired && !(await instruments.isQualified(tx, instrument.id, actor.userId)))
            throw bookingErrors.trainingRequired();
          const instant = !instrument.approvalRequired;
          const order = await orderService.openForBooking(tx, actor, {
            serviceId: instrument.serviceId,
            providerId: instrument.providerId,
            quantity: minutesOf(start, end) / 60,
            amount: estimate(instrument, actor.orgId as number, start, end),
            instant,
            note: input.purpose,
          });
          const booking = await placeBooking(tx, actor, instrument, order.id, {
            start,
            end,
            purpose: input.purpose,
            samples: input.samples,
            blackouts: found.blackouts,
          });
          // After the slot is taken, so that a refused slot costs no voucher lock.
          await orderService.payForBooking(tx, actor, order, input.vouchers ?? []);
          await recordAudit(tx, actor, {
            action: 'booking.create',
            entity: 'booking',
            entityId: booking.id,
            after: booking,
          });
          await notifyOrg(tx, instrument.providerId, {
            kind: instant ? 'booking.confirmed' : 'booking.requested',
            params: { bookingId: booking.id, instrument: instrument.name, start: start.toISOString() },
            link: `/bookings/${booking.id}`,
          });
          return newBookingView(booking, instrument, found.buyerName ?? '');
        }),
      );
    },

    get,

    async list(
      actor: Actor | null,
      q: {
        scope: 'mine' | 'provider' | 'all';
        instrumentId?: number | undefined;
        status?: BookingStatus | undefined;
        q?: string | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      if (!actor) throw commonErrors.unauthenticated();
      if (q.scope === 'all' && !isAdmin(actor)) throw commonErrors.forbidden();
      if (q.scope !== 'all' && !actor.orgId) throw commonErrors.forbidden();
      const filter = {
        ...(q.scope === 'mine' ? { userOrgId: actor.orgId as number } : {}),
        ...(q.scope === 'provider' ? { providerId: actor.orgId as number } : {}),
        ...(q.instrumentId ? { instrumentId: q.instrumentId } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.q ? { q: q.q } : {}),
      };
      const { items, total } = await bookings.list(filter, pageWindow(q));
      return pageOf(items, total, q);
    },

    /**
     * The provider approves: the booking is confirmed and its order accepted in the same step, at the estimate the
     * booker agreed to (with the vouchers it holds); nothing is left for the booker to do before the booked time.
     */
    async approve(actor: Actor | null, id: number) {
      await db.transaction(async (tx) => {
        const { booking, instrument } = await loadForProvider(tx, actor, id);
        requireStatus(booking, 'pending');
        const after = await bookings.update(tx, id, { status: 'confirmed', updatedAt: clock.now() });
        // A request made before bookings carried their estimate has none yet.
        const order = await orderService.lock(tx, booking.orderId);
        const amount = order?.amount ?? estimate(instrument, booking.orgId, booking.period.start, booking.period.end);
        await orderService.step(tx, actor, booking.orderId, 'confirm', {
          viaBooking: true,
          patch: { amount },
          note: '@booking.approved',
        });
        await audit(tx, actor as Actor, 'approve', booking, after);
      });
      return get(actor, id);
    },

    async reject(actor: Actor | null, id: number, reason: string) {
      await db.transaction(async (tx) => {
        const { booking } = await loadForProvider(tx, actor, id);
        requireStatus(booking, 'pending');
        const after = await bookings.update(tx, id, {
          status: 'rejected',
          rejectReason: reason,
          updatedAt: clock.now(),
        });
        await orderService.step(tx, actor, booking.orderId, 'reject', {
          viaBooking: true,
          patch: { cancelReason: reason },
          note: reason,
        });
        await audit(tx, actor as Actor, 'reject', booking, after);
      });
      return get(actor, id);
    },

    /**
     * Either side cancels before use. A booker's cancellation inside the instrument's notice window is marked late
     * and charged the configured share of the estimate (0% unless the provider set one).
     */
    async cancel(actor: Actor | null, id: number, reason: string) {
      await db.transaction(async (tx) => {
        const { booking, instrument, side } = await loadForParty(tx, actor, id);
        requireStatus(booking, 'pending', 'confirmed');
        const now = clock.now();
        // A booking moved inside its notice window was confirmed and keeps that notice (notice_from).
        const late =
          side === 'buyer' &&
          (booking.status === 'confirmed' || booking.noticeFrom !== null) &&
          isLateCancel(booking.noticeFrom ?? booking.period.start, now, instrument.cancelNoticeHours);
        const fee = late
          ? Math.round(
              (estimate(instrument, booking.orgId, booking.period.start, booking.period.end) *
                instrument.lateCancelPercent) /
                100,
            )
          : 0;
        const after = await bookings.update(tx, id, {
          status: 'cancelled',
          cancelledAt: now,
          lateCancel: late,
          cancelFee: fee,
          updatedAt: now,
        });
        await orderService.step(tx, actor, booking.orderId, 'cancel', {
          viaBooking: true,
          patch: { cancelReason: reason, amount: fee > 0 ? fee : null },
          note: reason,
        });
        await audit(tx, actor as Actor, 'cancel', booking, after);
      });
      return get(actor, id);
    },

    /**
     * Moves a booking: cancels it and books the new period on the same order, in one transaction, so that a refused
     * new period leaves the old booking as it was. The order carries the estimate of the new time and returns to
     * approval, or stays accepted; the vouchers that paid the old time pay the new one unless others are named.
     */
    async reschedule(
      actor: Actor | null,
      id: number,
      input: { start: string; end: string; vouchers?: number[] | undefined },
    ) {
      const newId = await db.transaction(async (tx) => {
        const { booking, instrument, side } = await loadForParty(tx, actor, id);
        if (side !== 'buyer') throw orderErrors.notBuyer('only the booker can move a booking');
        requireStatus(booking, 'pending', 'confirmed');
        const now = clock.now();
        const noticeStart = booking.noticeFrom ?? booking.period.start;
        const late =
          (booking.status === 'confirmed' || booking.noticeFrom !== null) &&
          isLateCancel(noticeStart, now, instrument.cancelNoticeHours);
        const start = new Date(input.start);
        const end = new Date(input.end);
        // The acceptance is undone with the old time (vouchers held for it return to their balances); the order
        // carries the estimate of the new time, and waits for approval again or is accepted at once.
        const amount = estimate(instrument, booking.orgId, start, end);
        const reopened = await orderService.reopenForBooking(tx, actor as Actor, booking.orderId, {
          status: instrument.approvalRequired ? 'requested' : 'accepted',
          amount,
          quantity: minutesOf(start, end) / 60,
          note: `@booking.rescheduled ${start.toISOString()}`,
        });
        const old = await bookings.update(tx, id, {
          status: 'cancelled',
          cancelledAt: now,
          lateCancel: late,
          updatedAt: now,
        });
        const fresh = await placeBooking(tx, actor as Actor, instrument, booking.orderId, {
          start,
          end,
          purpose: booking.purpose,
          samples: booking.samples,
          // Moved inside the notice window: the new time keeps the original notice.
          noticeFrom: late ? noticeStart : null,
        });
        await orderService.payForBooking(tx, actor as Actor, reopened.order, input.vouchers ?? reopened.released);
        await audit(tx, actor as Actor, 'reschedule', booking, old);
        await audit(tx, actor as Actor, 'create', null, fresh);
        await notifyOrg(tx, instrument.providerId, {
          kind: 'booking.rescheduled',
          params: { bookingId: fresh.id, instrument: instrument.name, start: start.toISOString() },
          link: `/bookings/${fresh.id}`,
        });
        return fresh.id;
      });
      return get(actor, newId);
    },

    ...createBookingUsage(deps, support),
  };
}
export type BookingService = ReturnType<typeof createBookingService>;
