import type { Order, OrderStatus } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { flushWrites } from '../../kernel/db/deferred.ts';
import { retryOnce } from '../../kernel/db/retry.ts';
import { commonErrors } from '../../kernel/errors.ts';
import type { EventBus } from '../../kernel/events.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import type { CatalogApi } from '../catalog/index.ts';
import { notifyOrg } from '../notification/index.ts';
import type { OrgApi } from '../org/index.ts';
import { attachUploads } from '../upload/index.ts';
import { orderErrors } from './order.errors.ts';
import type { OrderReopened, OrderViewing, StepOptions, StepService } from './order.events.ts';
import { canTransition, type OrderAction, type Party, TRANSITIONS } from './order.machine.ts';
import type { OrderRepository, OrderView } from './order.repository.ts';
import { type OrderRow, serviceOrders } from './order.table.ts';

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

export function createOrderService(deps: {
  db: Db;
  orders: OrderRepository;
  catalog: CatalogApi;
  orgs: OrgApi;
  clock: Clock;
  events: EventBus;
}) {
  const { db, orders, catalog, orgs, clock, events } = deps;

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

  async function view(tx: Tx, id: number, withEvents = false) {
    if (withEvents) {
      const viewing: OrderViewing = { orderId: sql`${serviceOrders.id}` };
      await events.emit(tx, null, 'order.viewing', viewing);
      const found = await orders.viewWithEvents(tx, id, viewing.vouchers);
      if (!found) throw orderErrors.notFound();
      const { events: history, vouchers, ...v } = found;
      const o = toOrder(v);
      o.events = history.map((e) => ({ ...e, at: new Date(e.at).toISOString() })) as NonNullable<Order['events']>;
      o.vouchers = vouchers ?? [];
      return o;
    }
    const v = await orders.view(tx, id);
    if (!v) throw orderErrors.notFound();
    return toOrder(v);
  }

  /**
   * Opens an order inside the caller's transaction: `requested` (a service order, or a booking awaiting approval), or
   * `accepted` at once at the estimate (an instrument booked without approval); its first events and the audit row.
   */
  async function openOrder(
    tx: Tx,
    actor: Actor,
    input: {
      serviceId: number;
      providerId: number;
      quantity: number;
      /** The estimate a booker agrees to; null waits for the provider's quote. */
      amount: number | null;
      /** Accepted at once: the booking needs no approval. */
      accepted: boolean;
      note: string;
    },
  ) {
    const now = clock.now();
    const row = await orders.insert(tx, {
      serviceId: input.serviceId,
      providerId: input.providerId,
      buyerOrgId: actor.orgId as number,
      buyerUserId: actor.userId,
      status: input.accepted ? 'accepted' : 'requested',
      quantity: input.quantity,
      amount: input.amount,
      quotedAt: input.amount === null ? null : now,
      acceptedAt: input.accepted ? now : null,
      requestNote: input.note,
      createdAt: now,
      updatedAt: now,
    });
    await orders.addEvent(tx, {
      orderId: row.id,
      at: now,
      actorId: actor.userId,
      fromStatus: null,
      toStatus: 'requested',
      note: input.note || null,
    });
    if (input.accepted)
      await orders.addEvent(tx, {
        orderId: row.id,
        at: now,
        actorId: null,
        fromStatus: 'requested',
        toStatus: 'accepted',
        note: '@booking.instant',
      });
    await recordAudit(tx, actor, { action: 'order.create', entity: 'service_order', entityId: row.id, after: row });
    return row;
  }

  return {
    step,
    view,

    /** The order row, locked for the rest of the caller's transaction. */
    lock: (tx: Tx, id: number) => orders.byId(tx, id, true),

    /**
     * The order behind a booking of instrument time, opened inside the booking's transaction at the estimate the
     * booker agrees to: accepted at once without approval, else requested until the provider confirms.
     */
    openForBooking: (
      tx: Tx,
      actor: Actor,
      input: {
        serviceId: number;
        providerId: number;
        quantity: number;
        amount: number;
        instant: boolean;
        note: string;
      },
    ) => openOrder(tx, actor, { ...input, accepted: input.instant }),

    /**
     * The booker pays part of a booking's order with vouchers: the `order.paying` handlers hold them (and refuse what
     * may not pay), inside the booking's transaction.
     */
    async payForBooking(tx: Tx, actor: Actor, order: OrderRow, vouchers: number[]) {
      if (vouchers.length === 0) return;
      await events.emit(tx, actor, 'order.paying', { order, vouchers, now: clock.now() });
    },

    /**
     * A booking moved: its order carries the estimate of the new time and goes back to approval (`requested`) or is
     * accepted again at once (`accepted`); the `order.reopened` handlers undo what hung on the old time (vouchers held
     * for it return) and say which vouchers they released, returned with the order.
     */
    async reopenForBooking(
      tx: Tx,
      actor: Actor,
      orderId: number,
      input: { status: 'requested' | 'accepted'; amount: number; quantity: number; note: string },
    ) {
      const before = await orders.byId(tx, orderId, true);
      if (!before || !['requested', 'quoted', 'accepted'].includes(before.status)) throw orderErrors.badTransition();
      const now = clock.now();
      const reopened: OrderReopened = { order: before, now, released: [] };
      await events.emit(tx, actor, 'order.reopened', reopened);
      const after = await orders.update(tx, orderId, {
        status: input.status,
        amount: input.amount,
        quantity: input.quantity,
        quotedAt: now,
        acceptedAt: input.status === 'accepted' ? now : null,
        updatedAt: now,
      });
      await orders.addEvent(tx, {
        orderId,
        at: now,
        actorId: actor.userId,
        fromStatus: before.status,
        toStatus: input.status,
        note: input.note,
      });
      return { order: after, released: reopened.released };
    },

    /** An enterprise (or any verified organisation) orders a listed service from another organisation. */
    async create(actor: Actor | null, input: { serviceId: number; quantity: number; note: string }) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!actor.orgId) throw orderErrors.buyerNotVerified('order on behalf of an organisation');
      return db.transaction(async (tx) => {
        const buyer = await orgs.byId(tx, actor.orgId as number);
        if (buyer?.status !== 'verified') throw orderErrors.buyerNotVerified();
        const service = await catalog.byId(tx, input.serviceId);
        if (service?.status !== 'active') throw orderErrors.serviceUnavailable();
        if (service.category === 'instrument') throw orderErrors.useBooking();
        if (service.providerId === actor.orgId) throw orderErrors.ownService();
        const provider = await orgs.byId(tx, service.providerId);
        if (provider?.status !== 'verified') throw orderErrors.serviceUnavailable();
        const row = await openOrder(tx, actor, {
          serviceId: service.id,
          providerId: service.providerId,
          quantity: input.quantity,
          amount: null,
          accepted: false,
          note: input.note,
        });
        await notifyOrg(tx, service.providerId, {
          kind: 'order.requested',
          params: { orderId: row.id, title: service.title, note: null },
          link: `/orders/${row.id}`,
        });
        return view(tx, row.id);
      });
    },

    async list(
      actor: Actor | null,
      q: {
        scope: 'buyer' | 'provider' | 'all';
        status?: OrderStatus | undefined;
        q?: string | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      if (!actor) throw commonErrors.unauthenticated();
      let scope: { buyerOrgId?: number; providerId?: number };
      if (q.scope === 'all') {
        if (!isAdmin(actor)) throw commonErrors.forbidden();
        scope = {};
      } else {
        if (!actor.orgId) throw commonErrors.forbidden();
        scope = q.scope === 'buyer' ? { buyerOrgId: actor.orgId } : { providerId: actor.orgId };
      }
      const { items, total } = await orders.list(scope, { status: q.status, q: q.q }, pageWindow(q));
      return pageOf(items.map(toOrder), total, q);
    },

    async get(actor: Actor | null, id: number) {
      if (!actor) throw commonErrors.unauthenticated();
      const row = await orders.byId(db, id);
      if (!row || !isParty(actor, row)) throw orderErrors.notFound();
      return view(db, id, true);
    },

    /** One step taken through the API; returns the order as it now is. */
    async act(actor: Actor | null, id: number, action: OrderAction, opts: StepOptions = {}) {
      // An acceptance may need another platform's answer (a partner region holding its voucher): that call is made
      // before the transaction, by the handlers of `order.accepting`, and undone by those of `order.accept-failed`
      // when the acceptance does not commit. Only an acceptance that carries such work (a partner region's voucher)
      // and can succeed is prepared, so the common acceptance costs no extra read.
      const prepare = action === 'accept' && actor && opts.partnerVoucher ? await orders.byId(db, id) : undefined;
      const prepared =
        prepare && actor?.orgId === prepare.buyerOrgId && canTransition('accept', prepare.status, 'buyer')
          ? { order: prepare, opts: { ...opts, prepared: {} } }
          : undefined;
      if (prepared) await events.emit(db, actor, 'order.accepting', prepared);
      try {
        return await retryOnce(() =>
          db.transaction(async (tx) => {
            const taken = await takeStep(tx, actor, id, action, prepared?.opts ?? opts);
            return answerOf(tx, taken, opts.note ?? null);
          }),
        );
      } catch (err) {
        if (prepared) await events.emit(db, actor, 'order.accept-failed', prepared);
        throw err;
      }
    },

    /** The buyer rates a completed order once, 1–5 with an optional comment. */
    async rate(actor: Actor | null, id: number, rating: number, comment: string) {
      if (!actor) throw commonErrors.unauthenticated();
      return db.transaction(async (tx) => {
        const before = await orders.byId(tx, id, true);
        if (!before || !isParty(actor, before)) throw orderErrors.notFound();
        if (actor.orgId !== before.buyerOrgId) throw orderErrors.notBuyer();
        if (before.status !== 'completed') throw orderErrors.badTransition('only a completed order can be rated');
        if (before.rating !== null) throw orderErrors.alreadyRated();
        const after = await orders.update(tx, id, { rating, ratingComment: comment || null, ratedAt: clock.now() });
        await recordAudit(tx, actor, {
          action: 'order.rate',
          entity: 'service_order',
          entityId: id,
          before: { rating: null },
          after: { rating, comment },
        });
        await notifyOrg(tx, before.providerId, {
          kind: 'order.rated',
          params: { orderId: id, rating, title: (await catalog.byId(tx, before.serviceId))?.title ?? '' },
          link: `/orders/${id}`,
        });
        return view(tx, after.id, true);
      });
    },
  };
}
export type OrderService = ReturnType<typeof createOrderService>;
