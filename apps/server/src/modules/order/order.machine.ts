import type { OrderStatus } from '@cz/shared';

export type OrderAction =
  | 'quote'
  | 'reject'
  | 'accept'
  | 'confirm'
  | 'cancel'
  | 'start'
  | 'deliver'
  | 'accept_delivery'
  | 'dispute'
  | 'resolve_completed'
  | 'resolve_cancelled';
export type Party = 'buyer' | 'provider' | 'admin';

/**
 * The service-order life cycle: request → quote (or confirm the amount) → accept → in service → delivered →
 * delivery accepted → completed; cancellation before service starts, a dispute during or after delivery, which an
 * administrator resolves.
 *
 * An order of instrument time skips the quote: its amount is the estimate at the listed price, which the booker agrees
 * to (and pays part of with vouchers) when it books. The order is accepted at once for an instrument booked without
 * approval, or waits as `requested` until the provider approves the booking, which `confirm`s it (requested →
 * accepted in one step, taken only through the booking).
 */
export const TRANSITIONS: Record<OrderAction, { from: OrderStatus[]; to: OrderStatus; by: Party[] }> = {
  quote: { from: ['requested', 'quoted'], to: 'quoted', by: ['provider'] },
  reject: { from: ['requested'], to: 'rejected', by: ['provider'] },
  accept: { from: ['quoted'], to: 'accepted', by: ['buyer'] },
  confirm: { from: ['requested'], to: 'accepted', by: ['provider'] },
  cancel: { from: ['requested', 'quoted', 'accepted'], to: 'cancelled', by: ['buyer', 'provider'] },
  start: { from: ['accepted'], to: 'in_service', by: ['provider'] },
  deliver: { from: ['accepted', 'in_service'], to: 'delivered', by: ['provider'] },
  accept_delivery: { from: ['delivered'], to: 'completed', by: ['buyer'] },
  dispute: { from: ['in_service', 'delivered'], to: 'disputed', by: ['buyer', 'provider'] },
  resolve_completed: { from: ['disputed'], to: 'completed', by: ['admin'] },
  resolve_cancelled: { from: ['disputed'], to: 'cancelled', by: ['admin'] },
};

export function canTransition(action: OrderAction, from: OrderStatus, party: Party): boolean {
  const t = TRANSITIONS[action];
  return t.from.includes(from) && t.by.includes(party);
}
