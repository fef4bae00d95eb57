import type { WorkItem } from '@cz/shared';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { createBookingRepository } from './booking.repository.ts';

/**
 * For the workbench, counted as the linked lists count them: the organisation's confirmed bookings, and for a
 * provider the bookings of its instruments that wait for approval.
 */
export async function pendingFor(db: Db, actor: Actor): Promise<WorkItem[]> {
  if (!actor.orgId || (actor.role !== 'enterprise' && actor.role !== 'provider')) return [];
  const bookings = createBookingRepository({ db });
  const none = { limit: 0, offset: 0 };
  const items: WorkItem[] = [];
  if (actor.role === 'provider') {
    const { total } = await bookings.list({ providerId: actor.orgId, status: 'pending' }, none);
    items.push({ key: 'booking.approvals', count: total, link: '/provider/bookings?status=pending' });
  }
  const { total } = await bookings.list({ userOrgId: actor.orgId, status: 'confirmed' }, none);
  items.push({ key: 'booking.confirmed', count: total, link: '/my/bookings?status=confirmed' });
  return items;
}
