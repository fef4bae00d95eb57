import type { OrderStatus, WorkItem, WorkItemKey } from '@cz/shared';
import { and, eq, sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { serviceOrders } from './order.table.ts';

type Side = 'buyer' | 'provider' | 'all';

/**
 * For the workbench, the orders whose next step is the actor's (order.machine.ts): an administrator resolves
 * disputes; a buyer accepts quotes and deliveries; a provider quotes requests and starts or delivers accepted work.
 */
export async function pendingFor(db: Db, actor: Actor): Promise<WorkItem[]> {
  const count = async (key: WorkItemKey, side: Side, status: OrderStatus): Promise<WorkItem> => {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(serviceOrders)
      .where(
        and(
          eq(serviceOrders.status, status),
          side === 'buyer' ? eq(serviceOrders.buyerOrgId, actor.orgId as number) : undefined,
          side === 'provider' ? eq(serviceOrders.providerId, actor.orgId as number) : undefined,
        ),
      );
    const scope = side === 'provider' ? 'scope=provider&' : '';
    return { key, count: row?.n ?? 0, link: `/orders?${scope}status=${status}` };
  };
  if (isAdmin(actor)) return [await count('order.disputes', 'all', 'disputed')];
  if (!actor.orgId || (actor.role !== 'enterprise' && actor.role !== 'provider')) return [];
  const items = [await count('order.quotes', 'buyer', 'quoted'), await count('order.deliveries', 'buyer', 'delivered')];
  if (actor.role === 'provider')
    items.push(
      await count('order.requests', 'provider', 'requested'),
      await count('order.accepted', 'provider', 'accepted'),
      await count('order.in_service', 'provider', 'in_service'),
    );
  return items;
}
