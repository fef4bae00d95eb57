import type { Clock } from '../../../kernel/clock.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { defineHandler } from '../../../kernel/events.ts';
import {
  abandonPartnerReservation,
  closePartnerVouchers,
  type PartnerReservation,
  recordPartnerReservation,
  reservePartnerVoucher,
} from '../partner/partner-vouchers.ts';
import { heldVoucherIds, vouchersOfOrderSql } from './order-vouchers.ts';
import { closeHolds, holdVouchers } from './redemption.ts';

/**
 * Vouchers follow their order, inside the order step's transaction: held when the buyer accepts with vouchers (ours,
 * or a partner region's) or books instrument time with them, paid on completion, released on cancellation or
 * rejection, and released when a booking moves (the booking then pays the new time with them again).
 */
export function redemptionHandlers(ctx: { ownRegion: string; clock: Clock; db: Db }) {
  const reservationOf = (prepared: Record<string, unknown> | undefined) =>
    prepared?.partnerReservation as PartnerReservation | undefined;
  return [
    defineHandler({
      event: 'order.accepting',
      name: 'voucher.reserve-partner-voucher',
      async handle(_db, _actor, { order, opts }) {
        if (!opts.partnerVoucher || !opts.prepared) return;
        opts.prepared.partnerReservation = await reservePartnerVoucher(ctx.db, ctx, order, opts.partnerVoucher);
      },
    }),
    defineHandler({
      event: 'order.accept-failed',
      name: 'voucher.abandon-partner-reservation',
      async handle(_db, _actor, { opts }) {
        const reservation = reservationOf(opts.prepared);
        if (reservation) await abandonPartnerReservation(ctx.db, reservation);
      },
    }),
    defineHandler({
      event: 'order.stepped',
      name: 'voucher.follow-order-steps',
      async handle(tx, actor, { action, after, opts, now, service }) {
        if (!actor) return;
        if (action === 'accept' && opts.vouchers?.length)
          await holdVouchers(tx, actor, after, opts.vouchers, now, service);
        const reservation = reservationOf(opts.prepared);
        if (action === 'accept' && reservation) await recordPartnerReservation(tx, ctx, after, reservation);
        if (after.status === 'completed') {
          await closeHolds(tx, after, 'completed', actor.userId, now);
          await closePartnerVouchers(tx, ctx, after, 'completed');
        }
        if (after.status === 'cancelled' || after.status === 'rejected') {
          await closeHolds(tx, after, 'cancelled', actor.userId, now);
          await closePartnerVouchers(tx, ctx, after, 'cancelled');
        }
      },
    }),
    defineHandler({
      event: 'order.paying',
      name: 'voucher.hold-on-booking',
      async handle(tx, actor, { order, vouchers, now }) {
        if (!actor) return;
        await holdVouchers(tx, actor, order, vouchers, now);
      },
    }),
    defineHandler({
      event: 'order.viewing',
      name: 'voucher.show-on-order',
      async handle(_tx, _actor, view) {
        view.vouchers = vouchersOfOrderSql(view.orderId);
      },
    }),
    defineHandler({
      event: 'order.reopened',
      name: 'voucher.release-on-reopen',
      async handle(tx, actor, reopened) {
        if (!actor) return;
        const { order, now } = reopened;
        reopened.released.push(...(await heldVoucherIds(tx, order.id)));
        await closeHolds(tx, order, 'cancelled', actor.userId, now);
      },
    }),
  ];
}
