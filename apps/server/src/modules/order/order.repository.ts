import type { Order, OrderStatus } from '@cz/shared';
import { and, desc, eq, getTableColumns, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { deferWrite, flushWrites } from '../../kernel/db/deferred.ts';
import { plainInserter } from '../../kernel/db/plain.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { catalogListings } from '../catalog/index.ts';
import { userDirectory } from '../identity/index.ts';
import { orgDirectory } from '../org/index.ts';
import { type OrderRow, orderEvents, serviceOrders } from './order.table.ts';

const orderColumns = Object.entries(getTableColumns(serviceOrders));
const orderColumnOf = new Map(orderColumns);
const insertOrder = plainInserter(serviceOrders);
/** An order row as `row_to_json` gives it (column names, JSON values) in the shape the ORM reads it. */
function fromRowJson(json: Record<string, unknown>): OrderRow {
  const out: Record<string, unknown> = {};
  for (const [key, column] of orderColumns) {
    const value = json[column.name];
    out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return out as OrderRow;
}

const provider = alias(orgDirectory, 'provider');
const buyer = alias(orgDirectory, 'buyer');

const bookingIdOf = sql<
  number | null
>`(SELECT b.id FROM bookings b WHERE b.order_id = ${serviceOrders.id} ORDER BY b.id DESC LIMIT 1)`;

const columns = {
  id: serviceOrders.id,
  serviceId: serviceOrders.serviceId,
  serviceTitle: catalogListings.title,
  category: catalogListings.category,
  providerId: serviceOrders.providerId,
  providerName: provider.name,
  buyerOrgId: serviceOrders.buyerOrgId,
  buyerOrgName: buyer.name,
  status: serviceOrders.status,
  quantity: serviceOrders.quantity,
  amount: serviceOrders.amount,
  requestNote: serviceOrders.requestNote,
  quoteNote: serviceOrders.quoteNote,
  deliveryNote: serviceOrders.deliveryNote,
  deliveryFiles: serviceOrders.deliveryFiles,
  disputeNote: serviceOrders.disputeNote,
  cancelReason: serviceOrders.cancelReason,
  rating: serviceOrders.rating,
  ratingComment: serviceOrders.ratingComment,
  bookingId: bookingIdOf,
  createdAt: serviceOrders.createdAt,
  updatedAt: serviceOrders.updatedAt,
};

export type OrderScope = { buyerOrgId?: number; providerId?: number };
export type OrderFilter = { status?: OrderStatus | undefined; q?: string | undefined };

/** A search fragment: the service title, either party's name, or (all digits) the order number. */
function matching(q: string): SQL {
  const like = likeFragment(q);
  return or(
    sql`${catalogListings.title} ILIKE ${like}`,
    sql`${provider.name} ILIKE ${like}`,
    sql`${buyer.name} ILIKE ${like}`,
    /^\d{1,9}$/.test(q) ? eq(serviceOrders.id, Number(q)) : undefined,
  ) as SQL;
}

/** Deferred order events in one statement whose text never changes (as the audit rows: kernel/audit/audit.ts). */
const insertOrderEvents = (rows: (typeof orderEvents.$inferInsert)[]) => sql`
  INSERT INTO order_events (order_id, at, actor_id, from_status, to_status, note)
  SELECT e."orderId", coalesce(e.at, now()), e."actorId", e."fromStatus", e."toStatus", e.note
  FROM jsonb_to_recordset(${JSON.stringify(rows.map((r, ord) => ({ ...r, ord })))}::jsonb)
    AS e(ord int, "orderId" bigint, at timestamptz, "actorId" bigint, "fromStatus" text, "toStatus" text, note text)
  ORDER BY e.ord`;

export function createOrderRepository({ db }: { db: Db }) {
  const base = (tx: Tx) =>
    tx
      .select(columns)
      .from(serviceOrders)
      .innerJoin(catalogListings, eq(catalogListings.id, serviceOrders.serviceId))
      .innerJoin(provider, eq(provider.id, serviceOrders.providerId))
      .innerJoin(buyer, eq(buyer.id, serviceOrders.buyerOrgId));

  return {
    async list(scope: OrderScope, f: OrderFilter, page: { limit: number; offset: number }) {
      const parts: (SQL | undefined)[] = [
        scope.buyerOrgId ? eq(serviceOrders.buyerOrgId, scope.buyerOrgId) : undefined,
        scope.providerId ? eq(serviceOrders.providerId, scope.providerId) : undefined,
        f.status ? eq(serviceOrders.status, f.status) : undefined,
        f.q ? matching(f.q) : undefined,
      ];
      const where = and(...parts);
      // Without a search the count needs no names; with one it reads them like the page does.
      const counted = f.q
        ? db
            .select({ n: sql<number>`count(*)::int` })
            .from(serviceOrders)
            .innerJoin(catalogListings, eq(catalogListings.id, serviceOrders.serviceId))
            .innerJoin(provider, eq(provider.id, serviceOrders.providerId))
            .innerJoin(buyer, eq(buyer.id, serviceOrders.buyerOrgId))
            .where(where)
        : db.select({ n: sql<number>`count(*)::int` }).from(serviceOrders).where(where);
      const [items, [count]] = await Promise.all([
        base(db).where(where).orderBy(desc(serviceOrders.id)).limit(page.limit).offset(page.offset),
        counted,
      ]);
      return { items, total: count?.n ?? 0 };
    },
    async view(tx: Tx, id: number) {
      const [row] = await base(tx).where(eq(serviceOrders.id, id));
      return row;
    },
    /**
     * The order's detail and its history in one read (after the transaction's queued events are written), with the
     * vouchers paying it when the voucher module supplied their column (OrderViewing).
     */
    async viewWithEvents(tx: Tx, id: number, vouchers?: SQL<NonNullable<Order['vouchers']>>) {
      await flushWrites(tx);
      const [row] = await tx
        .select({
          ...columns,
          vouchers: vouchers ?? sql<NonNullable<Order['vouchers']> | null>`NULL::json`,
          events: sql<
            { at: string; actorName: string | null; fromStatus: string | null; toStatus: string; note: string | null }[]
          >`(
            SELECT coalesce(json_agg(json_build_object(
                     'at', e.at, 'actorName', u.display_name, 'fromStatus', e.from_status, 'toStatus', e.to_status,
                     'note', e.note) ORDER BY e.id), '[]'::json)
            FROM ${orderEvents} e LEFT JOIN ${userDirectory} u ON u.id = e.actor_id
            WHERE e.order_id = ${serviceOrders.id})`,
        })
        .from(serviceOrders)
        .innerJoin(catalogListings, eq(catalogListings.id, serviceOrders.serviceId))
        .innerJoin(provider, eq(provider.id, serviceOrders.providerId))
        .innerJoin(buyer, eq(buyer.id, serviceOrders.buyerOrgId))
        .where(eq(serviceOrders.id, id));
      return row;
    },
    async events(tx: Tx, orderId: number) {
      await flushWrites(tx);
      return tx
        .select({
          at: orderEvents.at,
          actorName: userDirectory.displayName,
          fromStatus: orderEvents.fromStatus,
          toStatus: orderEvents.toStatus,
          note: orderEvents.note,
        })
        .from(orderEvents)
        .leftJoin(userDirectory, eq(userDirectory.id, orderEvents.actorId))
        .where(eq(orderEvents.orderId, orderId))
        .orderBy(orderEvents.id);
    },
    /**
     * The order locked for a step, with what the step and its handlers need of its service (the title for the
     * notice, the category and voucher eligibility for vouchers) in the same read.
     */
    async forStep(tx: Tx, id: number) {
      const [row] = await tx
        .select({
          order: serviceOrders,
          service: {
            title: catalogListings.title,
            category: catalogListings.category,
            voucherEligible: catalogListings.voucherEligible,
          },
        })
        .from(serviceOrders)
        .leftJoin(catalogListings, eq(catalogListings.id, serviceOrders.serviceId))
        .where(eq(serviceOrders.id, id))
        .for('update', { of: serviceOrders });
      return row;
    },
    /**
     * A step in one statement: locks the order (with what the step needs of its service), and moves it when it is in
     * one of `guard.from` and the actor is a party that may take the step; answers the order before and after, or
     * nothing when it did not move (the caller then reads it to say why).
     */
    async stepInOne(
      tx: Tx,
      id: number,
      guard: {
        from: OrderStatus[];
        buyerOrgId: number | null;
        providerOrgId: number | null;
        admin: boolean;
        actorId: number;
      },
      values: Partial<typeof serviceOrders.$inferInsert>,
    ) {
      const parties = or(
        guard.buyerOrgId === null ? undefined : sql`b.buyer_org_id = ${guard.buyerOrgId}`,
        guard.providerOrgId === null ? undefined : sql`b.provider_id = ${guard.providerOrgId}`,
        guard.admin ? sql`true` : undefined,
      );
      if (!parties) return undefined;
      // With the order, what its answer shows besides the order's own columns: the parties' names, its booking, its
      // history so far and the acting user's name (the step's event is added to the history in memory).
      const locked = sql`(
        SELECT o.*, l.title AS s_title, l.category AS s_category, l.voucher_eligible AS s_voucher_eligible,
               (SELECT name FROM ${orgDirectory} WHERE id = o.provider_id) AS v_provider_name,
               (SELECT name FROM ${orgDirectory} WHERE id = o.buyer_org_id) AS v_buyer_name,
               (SELECT bk.id FROM bookings bk WHERE bk.order_id = o.id ORDER BY bk.id DESC LIMIT 1) AS v_booking_id,
               (SELECT display_name FROM ${userDirectory} WHERE id = ${guard.actorId}) AS v_actor_name,
               (SELECT coalesce(json_agg(json_build_object(
                         'at', e.at, 'actorName', u.display_name, 'fromStatus', e.from_status, 'toStatus', e.to_status,
                         'note', e.note) ORDER BY e.id), '[]'::json)
                FROM ${orderEvents} e LEFT JOIN ${userDirectory} u ON u.id = e.actor_id WHERE e.order_id = o.id) AS v_history
        FROM ${serviceOrders} o LEFT JOIN ${catalogListings} l ON l.id = o.service_id
        WHERE o.id = ${id} FOR UPDATE OF o) AS b`;
      // One plain statement rather than the ORM's builder: the busiest write of the platform (voucher acceptance,
      // every order step) pays for building it on each request. Both rows come back as JSON, read as the ORM reads them.
      const assignments = Object.entries(values).flatMap(([key, value]) => {
        const column = orderColumnOf.get(key);
        if (!column || value === undefined) return [];
        return [sql`${sql.identifier(column.name)} = ${value === null ? null : column.mapToDriverValue(value)}`];
      });
      const { rows } = await tx.execute(sql`
        UPDATE service_orders SET ${sql.join(assignments, sql`, `)} FROM ${locked}
        WHERE service_orders.id = b.id AND b.status = ANY(${`{${guard.from.join(',')}}`}::text[]) AND ${parties}
        RETURNING row_to_json(service_orders) AS after, row_to_json(b) AS before`);
      const row = rows[0] as { after: Record<string, unknown>; before: Record<string, unknown> } | undefined;
      if (!row) return undefined;
      const json = row.before;
      return {
        before: fromRowJson(json),
        after: fromRowJson(row.after),
        service: {
          title: (json.s_title as string | null) ?? null,
          category: (json.s_category as string | null) ?? null,
          voucherEligible: (json.s_voucher_eligible as boolean | null) ?? null,
        },
        shown: {
          providerName: String(json.v_provider_name ?? ''),
          buyerOrgName: String(json.v_buyer_name ?? ''),
          bookingId: json.v_booking_id === null || json.v_booking_id === undefined ? null : Number(json.v_booking_id),
          actorName: (json.v_actor_name as string | null) ?? null,
          history: json.v_history as {
            at: string;
            actorName: string | null;
            fromStatus: string | null;
            toStatus: string;
            note: string | null;
          }[],
        },
      };
    },
    async byId(tx: Tx, id: number, forUpdate = false) {
      const q = tx.select().from(serviceOrders).where(eq(serviceOrders.id, id));
      const [row] = forUpdate ? await q.for('update') : await q;
      return row;
    },
    /** One plain statement, built once (kernel/db/plain.ts): every order and booking opens one. */
    insert: insertOrder,
    async update(tx: Tx, id: number, values: Partial<typeof serviceOrders.$inferInsert>) {
      const [row] = await tx.update(serviceOrders).set(values).where(eq(serviceOrders.id, id)).returning();
      if (!row) throw new Error('update returned nothing');
      return row;
    },
    /**
     * An order's history grows only by appending, and nothing in the step reads it back before `view`, which flushes
     * it: the event is deferred to the end of the transaction with the audit rows and notices (kernel/db/deferred.ts).
     */
    async addEvent(tx: Tx, e: typeof orderEvents.$inferInsert) {
      await deferWrite(tx, 'order_events', e, insertOrderEvents);
    },
  };
}
export type OrderRepository = ReturnType<typeof createOrderRepository>;
export type OrderView = NonNullable<Awaited<ReturnType<OrderRepository['view']>>>;
