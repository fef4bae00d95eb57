import type { BrokerCandidate, brokerListQuerySchema } from '@cz/shared/market';
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { type Page, pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { userDirectory } from '../identity/index.ts';
import { marketErrors } from './market.errors.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';
import { marketBrokers } from './market.table.ts';

/**
 * 技术经理人: the administration names experts brokers (and takes the name back); a broker reads every need's
 * suggestions and pushes them. Each change is audited.
 */
export function createBrokerService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    /**
     * The active experts, with whether and since when each is a broker: a page of those whose name or user name
     * holds `q.q`, or every one when no page is asked for.
     */
    async list(actor: Actor | null, q?: z.output<typeof brokerListQuerySchema>): Promise<Page<BrokerCandidate>> {
      authorize(actor, MARKET_ACTIONS.review);
      const like = q?.q ? likeFragment(q.q) : null;
      const where = and(
        eq(userDirectory.role, 'expert'),
        eq(userDirectory.status, 'active'),
        like ? or(ilike(userDirectory.displayName, like), ilike(userDirectory.username, like)) : undefined,
      );
      const all = db
        .select({
          userId: userDirectory.id,
          username: userDirectory.username,
          displayName: userDirectory.displayName,
          since: marketBrokers.addedAt,
        })
        .from(userDirectory)
        .leftJoin(marketBrokers, eq(marketBrokers.userId, userDirectory.id))
        .where(where)
        .orderBy(asc(userDirectory.username), asc(userDirectory.id));
      const rows = await (q ? all.limit(pageWindow(q).limit).offset(pageWindow(q).offset) : all);
      const total = q
        ? ((await db.select({ n: sql<number>`count(*)::int` }).from(userDirectory).where(where))[0]?.n ?? 0)
        : rows.length;
      const items = rows.map((r) => ({
        ...r,
        broker: r.since !== null,
        since: r.since ? r.since.toISOString() : null,
      }));
      return pageOf(items, total, q ?? { page: 1, pageSize: Math.max(rows.length, 1) });
    },

    async set(actor: Actor | null, userId: number, broker: boolean) {
      authorize(actor, MARKET_ACTIONS.review);
      await db.transaction(async (tx) => {
        const [user] = await tx
          .select({ id: userDirectory.id })
          .from(userDirectory)
          .where(and(eq(userDirectory.id, userId), eq(userDirectory.role, 'expert')));
        if (!user) throw marketErrors.notExpert();
        const changed = broker
          ? await tx
              .insert(marketBrokers)
              .values({ userId, addedBy: (actor as Actor).userId, addedAt: clock.now() })
              .onConflictDoNothing()
              .returning({ id: marketBrokers.userId })
          : await tx
              .delete(marketBrokers)
              .where(eq(marketBrokers.userId, userId))
              .returning({ id: marketBrokers.userId });
        if (changed.length)
          await recordAudit(tx, actor, {
            action: broker ? 'market.broker.add' : 'market.broker.remove',
            entity: 'user',
            entityId: userId,
            after: { broker },
          });
      });
      return (await this.list(actor)).items.find((c) => c.userId === userId) as BrokerCandidate;
    },
  };
}
export type BrokerService = ReturnType<typeof createBrokerService>;
