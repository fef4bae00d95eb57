import type { BrokerCandidate } from '@cz/shared/market';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
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
    /** Every active expert, with whether and since when it is a broker. */
    async list(actor: Actor | null): Promise<{ items: BrokerCandidate[] }> {
      authorize(actor, MARKET_ACTIONS.review);
      const rows = await db
        .select({
          userId: userDirectory.id,
          username: userDirectory.username,
          displayName: userDirectory.displayName,
          since: marketBrokers.addedAt,
        })
        .from(userDirectory)
        .leftJoin(marketBrokers, eq(marketBrokers.userId, userDirectory.id))
        .where(and(eq(userDirectory.role, 'expert'), eq(userDirectory.status, 'active')))
        .orderBy(asc(userDirectory.username));
      return {
        items: rows.map((r) => ({ ...r, broker: r.since !== null, since: r.since ? r.since.toISOString() : null })),
      };
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
