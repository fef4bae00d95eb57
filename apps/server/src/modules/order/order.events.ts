import type { Order } from '@cz/shared';
import type { SQL } from 'drizzle-orm';
import type { OrderAction } from './order.machine.ts';
import type { OrderRow } from './order.table.ts';

/** What a caller or a handler passes along with one step of an order. */
export type StepOptions = {
  patch?: Partial<OrderRow>;
  note?: string | null;
  viaBooking?: boolean;
  /** With `accept`: our vouchers to pay with, and/or a partner region's voucher (通兑). */
  vouchers?: number[];
  partnerVoucher?: { region: string; number: string; code: string } | undefined;
  /** What handlers of `order.accepting` prepared outside the transaction, for the step's handlers to record. */
  prepared?: Record<string, unknown>;
};

/**
 * The extension points of an order, run inside the step's transaction by the handlers other modules register:
 * `order.stepping` before a step (a handler may refuse it), `order.stepped` after it (vouchers hold, pay and release),
 * `order.reopened` when a booking moves and its order goes back to approval or a new estimate, `order.paying` when the
 * booker of instrument time names the vouchers that pay part of the estimate.
 */
export type OrderStepping = { action: OrderAction; order: OrderRow; opts: StepOptions };
/** What a step knows of the order's service (read with the order): for notices and for vouchers. */
export type StepService = { title: string; category: string; voucherEligible: boolean };
export type OrderStepped = {
  action: OrderAction;
  before: OrderRow;
  after: OrderRow;
  opts: StepOptions;
  now: Date;
  service: StepService | null;
};
/** `released` collects the vouchers whose holds were returned, so that the moved booking can pay with them again. */
export type OrderReopened = { order: OrderRow; now: Date; released: number[] };
/** The booker pays part of an order it agreed to when booking with these vouchers (held by the voucher handlers). */
export type OrderPaying = { order: OrderRow; vouchers: number[]; now: Date };
/**
 * What other modules add to an order's detail view: the vouchers paying part of it, as a JSON column their handler
 * writes in SQL over `orderId` (the viewed order's id in the read), so that the detail is one statement.
 */
export type OrderViewing = { orderId: SQL; vouchers?: SQL<NonNullable<Order['vouchers']>> };
/** Before an acceptance's transaction (outside it) and after it failed to commit: work with other platforms. */
export type OrderAccepting = { order: OrderRow; opts: StepOptions };

declare module '../../kernel/events.ts' {
  interface EventMap {
    'order.stepping': OrderStepping;
    'order.stepped': OrderStepped;
    'order.reopened': OrderReopened;
    'order.paying': OrderPaying;
    'order.accepting': OrderAccepting;
    'order.viewing': OrderViewing;
    'order.accept-failed': OrderAccepting;
  }
}
