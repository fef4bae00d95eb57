import type { Order, OrderStatus } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Tx } from '../../kernel/db/connection.ts';
import { flushWrites } from '../../kernel/db/deferred.ts';
import { commonErrors } from '../../kernel/errors.ts';
import type { EventBus } from '../../kernel/events.ts';
import { notifyOrg } from '../notification/index.ts';
import { attachUploads } from '../upload/index.ts';
import { orderErrors } from './order.errors.ts';
import type { OrderViewing, StepOptions, StepService } from './order.events.ts';
import { type OrderAction, type Party, TRANSITIONS } from './order.machine.ts';
import type { OrderRepository, OrderView } from './order.repository.ts';
import type { OrderRow } from './order.table.ts';

export const toOrder = (v: OrderView): Order => ({
  ...v,
  createdAt: v.createdAt.toISOString(),
  updatedAt: v.updatedAt.toISOString(),
});

const STAMPS: Partial<Record<OrderStatus, keyof OrderRow>> = {
  quoted: 'quotedAt',
  accepted: 'acceptedAt',
  delivered: 'deliveredAt',
  completed: 'completedAt',
};

/**
 * An order's steps along its life cycle (order.machine.ts): who may take which, the one statement that takes one,
 * the refusal when it may not, and the order's answer built from what the step read and wrote.
 */
export function createOrderSteps({
  orders,
  clock,
  events,
}: {
  orders: OrderRepository;
  clock: Clock;
  events: EventBus;
}) {
  function partyOf(actor: Actor, order: OrderRow, action: OrderAction): Party | null {
    const allowed = TRANSITIONS[action].by;
    if (allowed.includes('buyer') && actor.orgId === order.buyerOrgId) return 'buyer';
    if (allowed.includes('provider') && actor.orgId === order.providerId) return 'provider';
    if (allowed.includes('admin') && isAdmin(actor)) return 'admin';
    return null;
  }

  const isParty = (actor: Actor | null, o: { buyerOrgId: number; providerId: number }) =>
    isAdmin(actor) || actor?.orgId === o.buyerOrgId || actor?.orgId === o.providerId;

  /** Why a step did not move the order (read with the order locked): not found, refused by a handler, party, state. */
  async function refuse(tx: Tx, actor: Actor, orderId: number, action: OrderAction, opts: StepOptions): Promise<never> {
    const before = (await orders.forStep(tx, orderId))?.order;
    if (!before || !isParty(actor, before)) throw orderErrors.notFound();
    await events.emit(tx, actor, 'order.stepping', { action, order: before, opts });
    const party = partyOf(actor, before, action);
    if (!party) {
      const by = TRANSITIONS[action].by;
      throw by.includes('buyer') && !by.includes('provider')
        ? orderErrors.notBuyer()
        : by.includes('admin')
          ? commonErrors.forbidden()
          : orderErrors.notProvider();
    }
    throw orderErrors.badTransition(`cannot ${action.replace('_', ' ')} an order that is ${before.status}`, [
      { status: before.status },
    ]);
  }

  /**
   * Moves an order one step along its life cycle inside `tx`: checks who may take the step from which state, stamps
   * the time, writes the event, the audit row and a notification to the other side.
   */
  async function step(
    tx: Tx,
    actor: Actor | null,
    orderId: number,
    action: OrderAction,
    opts: StepOptions = {},
  ): Promise<OrderRow> {
    return (await takeStep(tx, actor, orderId, action, opts)).after;
  }

  /** {@link step}, with what the order's answer needs besides the order (see `act`). */
  async function takeStep(tx: Tx, actor: Actor | null, orderId: number, action: OrderAction, opts: StepOptions) {
    if (!actor) throw commonErrors.unauthenticated();
    // Only a booking's approval confirms an order without a quote; no endpoint offers the step.
    if (action === 'confirm' && !opts.viaBooking) throw orderErrors.badTransition('only a booking confirms an order');
    const t = TRANSITIONS[action];
    const to = t.to;
    const now = clock.now();
    const stamp = STAMPS[to];
    // The common case in one statement: the order is locked and moved when its state and the actor's party allow the
    // step; otherwise it is read again (still locked) to say why not, in the order the checks have always had.
    const moved = await orders.stepInOne(
      tx,
      orderId,
      {
        from: t.from,
        buyerOrgId: t.by.includes('buyer') ? actor.orgId : null,
        providerOrgId: t.by.includes('provider') ? actor.orgId : null,
        admin: t.by.includes('admin') && isAdmin(actor),
        actorId: actor.userId,
      },
      { ...opts.patch, status: to, updatedAt: now, ...(stamp ? { [stamp]: now } : {}) },
    );
    if (!moved) return refuse(tx, actor, orderId, action, opts);
    const { before, after } = moved;
    const service = moved.service.title ? (moved.service as StepService) : null;
    await events.emit(tx, actor, 'order.stepping', { action, order: before, opts });
    const party = partyOf(actor, before, action) as Party;
    // Delivered files must be the provider's own (or readable by it already); the buyer may then read them.
    if (opts.patch?.deliveryFiles) {
      await attachUploads(
        tx,
        actor,
        { kind: 'order_delivery', id: orderId, orgIds: [before.buyerOrgId, before.providerId] },
        opts.patch.deliveryFiles,
      );
    }
    await events.emit(tx, actor, 'order.stepped', { action, before, after, opts, now, service });
    await orders.addEvent(tx, {
      orderId,
      at: now,
      actorId: actor.userId,
      fromStatus: before.status,
      toStatus: to,
      note: opts.note ?? null,
    });
    await recordAudit(tx, actor, {
      action: `order.${action}`,
      entity: 'service_order',
      entityId: orderId,
      before,
      after,
    });
    const other = party === 'buyer' ? before.providerId : before.buyerOrgId;
    const notice = {
      // The buyer of a confirmed booking is told that the provider confirmed it, not that an amount was accepted.
      kind: action === 'confirm' ? 'order.confirmed' : `order.${to}`,
      params: { orderId, title: service?.title ?? '', note: opts.note ?? null },
      link: `/orders/${orderId}`,
    };
    await notifyOrg(tx, other, notice);
    if (party === 'admin') await notifyOrg(tx, before.providerId, notice);
    return { before, after, now, service: moved.service, shown: moved.shown };
  }

  /**
   * The order's answer after a step, built from what the step read and wrote (the order's columns, its service, the
   * parties' names, its history with the step's event) and its vouchers, read in the statement that sends the
   * step's deferred writes: the answer costs no statement of its own. It equals what `get` reads.
   */
  async function answerOf(tx: Tx, taken: Awaited<ReturnType<typeof takeStep>>, note: string | null): Promise<Order> {
    const { before, after, now, service, shown } = taken;
    const viewing: OrderViewing = { orderId: sql`${after.id}::bigint` };
    await events.emit(tx, null, 'order.viewing', viewing);
    const [row] = await flushWrites(tx, sql`SELECT ${viewing.vouchers ?? sql`'[]'::json`} AS vouchers`);
    const o = toOrder({
      id: after.id,
      serviceId: after.serviceId,
      serviceTitle: service.title ?? '',
      category: (service.category ?? '') as OrderView['category'],
      providerId: after.providerId,
      providerName: shown.providerName,
      buyerOrgId: after.buyerOrgId,
      buyerOrgName: shown.buyerOrgName,
      status: after.status,
      quantity: after.quantity,
      amount: after.amount,
      requestNote: after.requestNote,
      quoteNote: after.quoteNote,
      deliveryNote: after.deliveryNote,
      deliveryFiles: after.deliveryFiles,
      disputeNote: after.disputeNote,
      cancelReason: after.cancelReason,
      rating: after.rating,
      ratingComment: after.ratingComment,
      bookingId: shown.bookingId,
      createdAt: after.createdAt,
      updatedAt: after.updatedAt,
    });
    o.events = [
      ...shown.history.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
      { at: now.toISOString(), actorName: shown.actorName, fromStatus: before.status, toStatus: after.status, note },
    ] as NonNullable<Order['events']>;
    o.vouchers = (row?.vouchers as Order['vouchers']) ?? [];
    return o;
  }

  return { partyOf, isParty, step, takeStep, answerOf };
}
export type OrderSteps = ReturnType<typeof createOrderSteps>;
