import type { Order, OrderStatus } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { withGenericPlans } from '../../kernel/db/statements.ts';
import { commonErrors } from '../../kernel/errors.ts';
import type { EventBus } from '../../kernel/events.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import type { CatalogApi } from '../catalog/index.ts';
import { notifyOrg } from '../notification/index.ts';
import type { OrgApi } from '../org/index.ts';
import { orderErrors } from './order.errors.ts';
import type { OrderReopened, OrderViewing, StepOptions } from './order.events.ts';
import { canTransition, type OrderAction } from './order.machine.ts';
import type { OrderRepository } from './order.repository.ts';
import { createOrderSteps, toOrder } from './order.steps.ts';
import { type OrderRow, serviceOrders } from './order.table.ts';

export { toOrder };

export function createOrderService(deps: {
  db: Db;
  orders: OrderRepository;
  catalog: CatalogApi;
  orgs: OrgApi;
  clock: Clock;
  events: EventBus;
}) {
  const { db, orders, catalog, orgs, clock, events } = deps;
  const { isParty, step, takeStep, answerOf } = createOrderSteps({ orders, clock, events });

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
        // A step reads and writes by key: its statements keep their generic plans (kernel/db/statements.ts). A
        // deadlock or serialization failure runs the step once more (the app's transactions do: kernel/db/connection.ts).
        return await withGenericPlans(() =>
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
