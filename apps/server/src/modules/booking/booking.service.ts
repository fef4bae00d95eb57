import { type BookingStatus, checkBookingRules, isLateCancel, usageFee } from '@cz/shared';
import type { Clock } from '../../app/clock.ts';
import type { Db, Tx } from '../../app/db/connection.ts';
import { pgError } from '../../app/db/pg-error.ts';
import { AppError, commonErrors } from '../../app/http/errors.ts';
import { recordAudit, recordAudits } from '../audit/audit.service.ts';
import { type Actor, isAdmin } from '../identity/actor.ts';
import type { InstrumentRepository } from '../instrument/instrument.repository.ts';
import type { InstrumentRow } from '../instrument/instrument.table.ts';
import { notifyOrg } from '../notification/notification.service.ts';
import { orderErrors } from '../order/order.errors.ts';
import type { OrderRepository } from '../order/order.repository.ts';
import type { OrderService } from '../order/order.service.ts';
import { closeHolds } from '../voucher/redemption.ts';
import { bookingErrors, RULE_MESSAGES, RULE_STATUS } from './booking.errors.ts';
import type { BookingRepository } from './booking.repository.ts';
import type { BookingRow } from './booking.table.ts';

type Deps = {
  db: Db;
  clock: Clock;
  bookings: BookingRepository;
  instruments: InstrumentRepository;
  orders: OrderRepository;
  orderService: OrderService;
};

const minutesOf = (start: Date, end: Date) => Math.round((end.getTime() - start.getTime()) / 60_000);
/** Users of the owning organisation pay the internal price; everyone else the external one. */
const hourlyPriceFor = (instrument: InstrumentRow, orgId: number) =>
  orgId === instrument.providerId ? instrument.priceInternal : instrument.priceExternal;

export function createBookingService(deps: Deps) {
  const { db, clock, bookings, instruments, orders, orderService } = deps;

  /** Checks the instrument's rules for a period and inserts a blocking booking; the database refuses overlaps. */
  async function placeBooking(
    tx: Tx,
    actor: Actor,
    instrument: InstrumentRow,
    orderId: number,
    p: { start: Date; end: Date; purpose: string; samples: number },
  ): Promise<BookingRow> {
    const now = clock.now();
    const blackouts = await instruments.blackouts(tx, instrument.id, p.start, p.end);
    const violation = checkBookingRules(
      instrument,
      p,
      now,
      blackouts.map((b) => ({ start: new Date(b.start), end: new Date(b.end) })),
    );
    if (violation) throw new AppError(violation, RULE_STATUS[violation] ?? 400, RULE_MESSAGES[violation]);
    const blockedEnd = new Date(p.end.getTime() + instrument.bufferMinutes * 60_000);
    try {
      // A refusal aborts the transaction; it is rethrown as booking.slot_taken and the whole use case rolls back.
      return await bookings.insert(tx, {
        instrumentId: instrument.id,
        orderId,
        userId: actor.userId,
        orgId: actor.orgId as number,
        period: { start: p.start, end: p.end },
        blocked: { start: p.start, end: blockedEnd },
        status: instrument.approvalRequired ? 'pending' : 'confirmed',
        purpose: p.purpose,
        samples: p.samples,
        createdAt: now,
        updatedAt: now,
      });
    } catch (err) {
      if (pgError(err)?.code === '23P01') throw bookingErrors.slotTaken();
      throw err;
    }
  }

  async function loadForProvider(tx: Tx, actor: Actor | null, id: number) {
    if (!actor) throw commonErrors.unauthenticated();
    const booking = await bookings.byId(tx, id, true);
    if (!booking) throw bookingErrors.notFound();
    const instrument = (await instruments.byId(tx, booking.instrumentId)) as InstrumentRow;
    if (!isAdmin(actor) && actor.orgId !== instrument.providerId) {
      if (actor.orgId === booking.orgId) throw commonErrors.forbidden('only the provider can do this');
      throw bookingErrors.notFound();
    }
    return { booking, instrument };
  }

  async function loadForParty(tx: Tx, actor: Actor | null, id: number) {
    if (!actor) throw commonErrors.unauthenticated();
    const booking = await bookings.byId(tx, id, true);
    if (!booking) throw bookingErrors.notFound();
    const instrument = (await instruments.byId(tx, booking.instrumentId)) as InstrumentRow;
    const side =
      actor.orgId === booking.orgId
        ? 'buyer'
        : actor.orgId === instrument.providerId || isAdmin(actor)
          ? 'provider'
          : null;
    if (!side) throw bookingErrors.notFound();
    return { booking, instrument, side };
  }

  function requireStatus(b: BookingRow, ...allowed: BookingStatus[]) {
    if (!allowed.includes(b.status)) throw bookingErrors.badState(`the booking is ${b.status}`, [{ status: b.status }]);
  }

  async function audit(tx: Tx, actor: Actor, action: string, before: BookingRow | null, after: BookingRow) {
    await recordAudit(tx, actor, {
      action: `booking.${action}`,
      entity: 'booking',
      entityId: after.id,
      before: before ?? undefined,
      after,
    });
  }

  const estimate = (instrument: InstrumentRow, orgId: number, start: Date, end: Date) =>
    usageFee(minutesOf(start, end), instrument.slotMinutes, hourlyPriceFor(instrument, orgId)).fee;

  /** A booking as its booker's organisation, its provider and admins see it. */
  async function get(actor: Actor | null, id: number) {
    if (!actor) throw commonErrors.unauthenticated();
    const v = await bookings.view(db, id);
    if (!v || !(isAdmin(actor) || actor.orgId === v.orgId || actor.orgId === v.providerId))
      throw bookingErrors.notFound();
    return v;
  }

  return {
    /**
     * Books instrument time: creates the service order and a blocking booking in one transaction. Instant-booking
     * instruments confirm at once (the order then carries the listed price as its amount); the others wait for the
     * provider's approval, while the slot is already held.
     */
    async create(
      actor: Actor | null,
      input: { instrumentId: number; start: string; end: string; purpose: string; samples: number },
    ) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!actor.orgId) throw orderErrors.buyerNotVerified('book on behalf of an organisation');
      const start = new Date(input.start);
      const end = new Date(input.end);
      const bookingId = await db.transaction(async (tx) => {
        // One read for the instrument (FOR SHARE: a concurrent change of its rules waits for bookings made under the
        // old ones), its listing, its provider and the buyer.
        const found = await instruments.forBooking(tx, input.instrumentId, actor.orgId as number);
        if (!found) throw bookingErrors.notFound('no such instrument');
        const { instrument } = found;
        if (found.buyerStatus !== 'verified') throw orderErrors.buyerNotVerified();
        if (found.listingStatus !== 'active' || found.providerStatus !== 'verified') throw bookingErrors.unavailable();
        if (instrument.trainingRequired && !(await instruments.isQualified(tx, instrument.id, actor.userId)))
          throw bookingErrors.trainingRequired();
        const now = clock.now();
        const amount = estimate(instrument, actor.orgId as number, start, end);
        const instant = !instrument.approvalRequired;
        const order = await orders.insert(tx, {
          serviceId: instrument.serviceId,
          providerId: instrument.providerId,
          buyerOrgId: actor.orgId as number,
          buyerUserId: actor.userId,
          status: instant ? 'quoted' : 'requested',
          quantity: minutesOf(start, end) / 60,
          amount: instant ? amount : null,
          quotedAt: instant ? now : null,
          requestNote: input.purpose,
          createdAt: now,
          updatedAt: now,
        });
        const booking = await placeBooking(tx, actor, instrument, order.id, {
          start,
          end,
          purpose: input.purpose,
          samples: input.samples,
        });
        await orders.addEvent(tx, {
          orderId: order.id,
          at: now,
          actorId: actor.userId,
          fromStatus: null,
          toStatus: 'requested',
          note: input.purpose || null,
        });
        if (instant)
          await orders.addEvent(tx, {
            orderId: order.id,
            at: now,
            actorId: null,
            fromStatus: 'requested',
            toStatus: 'quoted',
            note: '@booking.instant',
          });
        await recordAudits(tx, actor, [
          { action: 'order.create', entity: 'service_order', entityId: order.id, after: order },
          { action: 'booking.create', entity: 'booking', entityId: booking.id, after: booking },
        ]);
        await notifyOrg(tx, instrument.providerId, {
          kind: instant ? 'booking.confirmed' : 'booking.requested',
          params: { bookingId: booking.id, instrument: instrument.name, start: start.toISOString() },
          link: `/bookings/${booking.id}`,
        });
        return booking.id;
      });
      return get(actor, bookingId);
    },

    get,

    async list(
      actor: Actor | null,
      q: {
        scope: 'mine' | 'provider' | 'all';
        instrumentId?: number | undefined;
        status?: BookingStatus | undefined;
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
      };
      const { items, total } = await bookings.list(filter, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
      return { items, total, page: q.page, pageSize: q.pageSize };
    },

    /** The provider approves: the booking is confirmed and the order's amount is the estimate at the listed price. */
    async approve(actor: Actor | null, id: number) {
      await db.transaction(async (tx) => {
        const { booking, instrument } = await loadForProvider(tx, actor, id);
        requireStatus(booking, 'pending');
        const after = await bookings.update(tx, id, { status: 'confirmed', updatedAt: clock.now() });
        const amount = estimate(instrument, booking.orgId, booking.period.start, booking.period.end);
        await orderService.step(tx, actor, booking.orderId, 'quote', {
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
        const late =
          side === 'buyer' &&
          booking.status === 'confirmed' &&
          isLateCancel(booking.period.start, now, instrument.cancelNoticeHours);
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
     * new period leaves the old booking as it was. The order returns to approval or to a new estimate.
     */
    async reschedule(actor: Actor | null, id: number, input: { start: string; end: string }) {
      const newId = await db.transaction(async (tx) => {
        const { booking, instrument, side } = await loadForParty(tx, actor, id);
        if (side !== 'buyer') throw orderErrors.notBuyer('only the booker can move a booking');
        requireStatus(booking, 'pending', 'confirmed');
        const order = await orders.byId(tx, booking.orderId, true);
        if (!order || !['requested', 'quoted', 'accepted'].includes(order.status)) throw orderErrors.badTransition();
        const now = clock.now();
        const late =
          booking.status === 'confirmed' && isLateCancel(booking.period.start, now, instrument.cancelNoticeHours);
        // The acceptance is undone with the old time: vouchers held for it return to their balances.
        await closeHolds(tx, order, 'cancelled', (actor as Actor).userId, now);
        const old = await bookings.update(tx, id, {
          status: 'cancelled',
          cancelledAt: now,
          lateCancel: late,
          updatedAt: now,
        });
        const start = new Date(input.start);
        const end = new Date(input.end);
        const fresh = await placeBooking(tx, actor as Actor, instrument, booking.orderId, {
          start,
          end,
          purpose: booking.purpose,
          samples: booking.samples,
        });
        const status = instrument.approvalRequired ? 'requested' : 'quoted';
        const amount = instrument.approvalRequired ? null : estimate(instrument, booking.orgId, start, end);
        await orders.update(tx, order.id, {
          status,
          amount,
          quantity: minutesOf(start, end) / 60,
          quotedAt: amount === null ? null : now,
          acceptedAt: null,
          updatedAt: now,
        });
        await orders.addEvent(tx, {
          orderId: order.id,
          at: now,
          actorId: (actor as Actor).userId,
          fromStatus: order.status,
          toStatus: status,
          note: `@booking.rescheduled ${start.toISOString()}`,
        });
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
        const order = await orders.byId(tx, booking.orderId, true);
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
export type BookingService = ReturnType<typeof createBookingService>;
