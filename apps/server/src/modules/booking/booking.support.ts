import { type BookingStatus, checkBookingRules, usageFee } from '@cz/shared';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { pgError } from '../../kernel/db/pg-error.ts';
import { AppError, commonErrors } from '../../kernel/errors.ts';
import type { InstrumentApi, InstrumentRow } from '../instrument/index.ts';
import type { OrderApi } from '../order/index.ts';
import { bookingErrors, RULE_MESSAGES, RULE_STATUS } from './booking.errors.ts';
import type { BookingRepository } from './booking.repository.ts';
import type { BookingRow } from './booking.table.ts';

export type BookingDeps = {
  db: Db;
  clock: Clock;
  bookings: BookingRepository;
  instruments: InstrumentApi;
  orderService: OrderApi;
};

export const minutesOf = (start: Date, end: Date) => Math.round((end.getTime() - start.getTime()) / 60_000);
/** Users of the owning organisation pay the internal price; everyone else the external one. */
export const hourlyPriceFor = (instrument: InstrumentRow, orgId: number) =>
  orgId === instrument.providerId ? instrument.priceInternal : instrument.priceExternal;

/** What the booking use cases share: placing a booking under the rules, loading one for a side, auditing it. */
export function createBookingSupport(deps: BookingDeps) {
  const { db, clock, bookings, instruments } = deps;

  /** Checks the instrument's rules for a period and inserts a blocking booking; the database refuses overlaps. */
  async function placeBooking(
    tx: Tx,
    actor: Actor,
    instrument: InstrumentRow,
    orderId: number,
    p: {
      start: Date;
      end: Date;
      purpose: string;
      samples: number;
      noticeFrom?: Date | null;
      /** The blackouts overlapping [start, end) when already read with the instrument. */
      blackouts?: { start: string | Date; end: string | Date }[];
    },
  ): Promise<BookingRow> {
    const now = clock.now();
    const blackouts = p.blackouts ?? (await instruments.blackouts(tx, instrument.id, p.start, p.end));
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
        noticeFrom: p.noticeFrom ?? null,
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

  return { placeBooking, loadForProvider, loadForParty, requireStatus, audit, estimate, get };
}
export type BookingSupport = ReturnType<typeof createBookingSupport>;
