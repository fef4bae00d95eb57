import type { Order } from '../../../kit/types';

export type OrderSide = 'buyer' | 'provider' | 'admin';
export type OrderActionKey =
  | 'quote'
  | 'reject'
  | 'accept'
  | 'cancel'
  | 'start'
  | 'deliver'
  | 'accept-delivery'
  | 'dispute'
  | 'resolve'
  | 'rate';

/** Steps an instrument order takes through its booking (the server answers order.booking_managed otherwise). */
const BOOKING_DRIVEN: OrderActionKey[] = ['quote', 'reject', 'cancel', 'start', 'deliver'];

/** The actions the viewer's side may take on an order in its state (mirrors the server's state machine). */
export function allowedActions(o: Order, side: OrderSide | null): OrderActionKey[] {
  if (!side) return [];
  const s = o.status;
  const out: OrderActionKey[] = [];
  if (side === 'provider') {
    if (s === 'requested' || s === 'quoted') out.push('quote');
    if (s === 'requested') out.push('reject');
    if (s === 'accepted') out.push('start');
    if (s === 'accepted' || s === 'in_service') out.push('deliver');
    if (s === 'requested' || s === 'quoted' || s === 'accepted') out.push('cancel');
    if (s === 'in_service' || s === 'delivered') out.push('dispute');
  }
  if (side === 'buyer') {
    if (s === 'quoted') out.push('accept');
    if (s === 'delivered') out.push('accept-delivery');
    if (s === 'completed' && o.rating === null) out.push('rate');
    if (s === 'requested' || s === 'quoted' || s === 'accepted') out.push('cancel');
    if (s === 'in_service' || s === 'delivered') out.push('dispute');
  }
  if (side === 'admin' && s === 'disputed') out.push('resolve');
  return o.bookingId ? out.filter((a) => !BOOKING_DRIVEN.includes(a)) : out;
}

export function sideOf(o: Order, orgId: number | undefined, admin: boolean): OrderSide | null {
  if (orgId !== undefined && orgId === o.buyerOrgId) return 'buyer';
  if (orgId !== undefined && orgId === o.providerId) return 'provider';
  return admin ? 'admin' : null;
}
