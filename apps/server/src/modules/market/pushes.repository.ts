import type { PushAnswer } from '@cz/shared/market';
import { and, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { orgDirectory } from '../org/index.ts';
import { marketAchievements, marketBrokers, marketNeeds, marketPushes as p } from './market.table.ts';

const viewColumns = {
  id: p.id,
  needId: p.needId,
  needTitle: marketNeeds.title,
  needOwnerOrgId: marketNeeds.ownerOrgId,
  achievementId: p.achievementId,
  achievementTitle: marketAchievements.title,
  achievementOwnerOrgId: marketAchievements.ownerOrgId,
  achievementOwnerName: orgDirectory.name,
  pushedBy: p.pushedBy,
  note: p.note,
  pushedAt: p.pushedAt,
  answer: p.answer,
  answerReason: p.answerReason,
  answeredAt: p.answeredAt,
};

export function createPushRepository() {
  const view = (tx: Tx | Db) =>
    tx
      .select(viewColumns)
      .from(p)
      .innerJoin(marketNeeds, eq(marketNeeds.id, p.needId))
      .innerJoin(marketAchievements, eq(marketAchievements.id, p.achievementId))
      .innerJoin(orgDirectory, eq(orgDirectory.id, marketAchievements.ownerOrgId));
  return {
    async isBroker(tx: Tx | Db, userId: number) {
      const [row] = await tx
        .select({ id: marketBrokers.userId })
        .from(marketBrokers)
        .where(eq(marketBrokers.userId, userId));
      return !!row;
    },
    /** Inserts the push; undefined when this achievement was pushed for this need already. */
    async insert(tx: Tx, values: typeof p.$inferInsert) {
      const [row] = await tx.insert(p).values(values).onConflictDoNothing().returning({ id: p.id });
      return row?.id;
    },
    async view(tx: Tx | Db, id: number) {
      const [row] = await view(tx).where(eq(p.id, id));
      return row;
    },
    async forNeed(tx: Tx | Db, needId: number) {
      return view(tx).where(eq(p.needId, needId)).orderBy(desc(p.pushedAt), desc(p.id));
    },
    /** Records the answer, only while there is none (undefined when there was one). */
    async answer(
      tx: Tx,
      id: number,
      values: { answer: PushAnswer; answerReason: string | null; answeredBy: number; answeredAt: Date },
    ) {
      const [row] = await tx
        .update(p)
        .set(values)
        .where(and(eq(p.id, id), isNull(p.answer)))
        .returning({ id: p.id });
      return row?.id;
    },
    /** The answers (or 'waiting') given for a need's pushed achievements, by achievement. */
    async feedbackFor(tx: Tx | Db, needId: number, achievementIds: number[]) {
      if (achievementIds.length === 0) return new Map<number, PushAnswer | 'waiting'>();
      const rows = await tx
        .select({ achievementId: p.achievementId, answer: p.answer })
        .from(p)
        .where(and(eq(p.needId, needId), inArray(p.achievementId, achievementIds)));
      return new Map(rows.map((r) => [r.achievementId, r.answer ?? ('waiting' as const)]));
    },
    /** The organisations whose achievement the need's owner said it is interested in: parties of a confirmed interest. */
    async interestedOrgIds(tx: Tx | Db, needId: number): Promise<number[]> {
      const rows = await tx
        .select({ orgId: marketAchievements.ownerOrgId })
        .from(p)
        .innerJoin(marketAchievements, eq(marketAchievements.id, p.achievementId))
        .where(and(eq(p.needId, needId), eq(p.answer, 'interested')));
      return rows.map((r) => r.orgId);
    },
    /** Published needs open on `today` that no achievement was pushed for (a broker's workbench). */
    async openNeedsWithoutPushes(tx: Tx | Db, today: string) {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(marketNeeds)
        .where(
          and(
            eq(marketNeeds.status, 'published'),
            gte(marketNeeds.deadline, today),
            sql`NOT EXISTS (SELECT 1 FROM market_pushes x WHERE x.need_id = ${marketNeeds.id})`,
          ),
        );
      return row?.n ?? 0;
    },
    /** Pushes waiting for an answer of the organisation's needs (for its workbench). */
    async waitingFor(tx: Tx | Db, orgId: number) {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(p)
        .innerJoin(marketNeeds, eq(marketNeeds.id, p.needId))
        .where(and(eq(marketNeeds.ownerOrgId, orgId), isNull(p.answer)));
      return row?.n ?? 0;
    },
  };
}
export type PushRepository = ReturnType<typeof createPushRepository>;
