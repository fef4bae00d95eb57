import type { PushAnswer, TechField } from '@cz/shared/market';
import { and, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { orgDirectory } from '../org/index.ts';
import { marketDeals } from './deals.table.ts';
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
    /** The answers (or 'waiting') given for a need's pushed achievements, by achievement (a few per need). */
    async feedbackFor(tx: Tx | Db, needId: number) {
      const rows = await tx
        .select({ achievementId: p.achievementId, answer: p.answer })
        .from(p)
        .where(eq(p.needId, needId));
      return new Map(rows.map((r) => [r.achievementId, r.answer ?? ('waiting' as const)]));
    },
    /**
     * The parties of a confirmed interest: the organisations whose achievement the need's owner said it is
     * interested in (a push answered so), and the sellers the owner itself inquired with about the need (a deal
     * with `need_id`, which only the need's owner may open as buyer).
     */
    async interestedOrgIds(tx: Tx | Db, needId: number): Promise<number[]> {
      const pushed = tx
        .select({ orgId: marketAchievements.ownerOrgId })
        .from(p)
        .innerJoin(marketAchievements, eq(marketAchievements.id, p.achievementId))
        .where(and(eq(p.needId, needId), eq(p.answer, 'interested')));
      const asked = tx
        .select({ orgId: marketDeals.sellerOrgId })
        .from(marketDeals)
        .innerJoin(
          marketNeeds,
          and(eq(marketNeeds.id, marketDeals.needId), eq(marketNeeds.ownerOrgId, marketDeals.buyerOrgId)),
        )
        .where(eq(marketDeals.needId, needId));
      const rows = await pushed.union(asked);
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
    /**
     * A broker's desk: the published needs open on `today` (only those nobody pushed for, `waiting`), those first,
     * then the latest published, with how their pushes stand.
     */
    async brokerNeeds(
      tx: Tx | Db,
      f: { today: string; q?: string | undefined; waiting: boolean; limit: number; offset: number },
    ) {
      const none = sql`NOT EXISTS (SELECT 1 FROM market_pushes x WHERE x.need_id = n.id)`;
      const where = sql`n.status = 'published' AND n.deadline >= ${f.today}
        ${f.q ? sql`AND (n.title ILIKE ${likeFragment(f.q)} OR n.summary ILIKE ${likeFragment(f.q)})` : sql``}
        ${f.waiting ? sql`AND ${none}` : sql``}`;
      const [rows, total] = await Promise.all([
        tx.execute(sql`
          SELECT n.id::int, n.title, o.name AS owner_name, n.field, n.deadline::text AS deadline, n.published_at,
            count(p.id)::int AS pushes, (count(p.id) FILTER (WHERE p.answer IS NULL))::int AS unanswered,
            (count(p.id) FILTER (WHERE p.answer = 'interested'))::int AS interested
          FROM market_needs n JOIN org_directory o ON o.id = n.owner_org_id
          LEFT JOIN market_pushes p ON p.need_id = n.id
          WHERE ${where}
          GROUP BY n.id, o.name
          ORDER BY count(p.id) = 0 DESC, n.published_at DESC NULLS LAST, n.id DESC
          LIMIT ${f.limit}::int OFFSET ${f.offset}::int`),
        tx.execute(sql`SELECT count(*)::int AS n FROM market_needs n WHERE ${where}`),
      ]);
      return {
        items: rows.rows as {
          id: number;
          title: string;
          owner_name: string;
          field: TechField;
          deadline: string;
          published_at: Date | string | null;
          pushes: number;
          unanswered: number;
          interested: number;
        }[],
        total: Number((total.rows[0] as { n: number }).n),
      };
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
