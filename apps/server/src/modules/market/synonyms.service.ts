import type { Synonym, synonymInputSchema, synonymListQuerySchema } from '@cz/shared/market';
import { asc, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { marketErrors } from './market.errors.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';
import { marketSynonyms as s } from './market.table.ts';

const toSynonym = (r: typeof s.$inferSelect): Synonym => ({
  id: r.id,
  terms: r.terms,
  note: r.note,
  updatedAt: r.updatedAt.toISOString(),
});

/**
 * The synonym table the match widens a need's words with, kept by the administration: each change audited, and the
 * match's cached statistics cleared so that the next suggestion uses it.
 */
export function createSynonymService({
  db,
  clock,
  changed,
}: {
  db: Db;
  clock: Clock;
  changed: () => void | Promise<void>;
}) {
  return {
    /** A page of the groups, oldest first; `q` finds a fragment of one of the words or of the note. */
    async list(actor: Actor | null, q: z.output<typeof synonymListQuerySchema>) {
      authorize(actor, MARKET_ACTIONS.review);
      const like = q.q ? likeFragment(q.q) : null;
      const where: SQL | undefined = like
        ? sql`(array_to_string(${s.terms}, ' ') ILIKE ${like} OR ${s.note} ILIKE ${like})`
        : undefined;
      const { limit, offset } = pageWindow(q);
      const [rows, [count]] = await Promise.all([
        db.select().from(s).where(where).orderBy(asc(s.id)).limit(limit).offset(offset),
        db.select({ n: sql<number>`count(*)::int` }).from(s).where(where),
      ]);
      return pageOf(rows.map(toSynonym), count?.n ?? 0, q);
    },
    async create(actor: Actor | null, input: z.output<typeof synonymInputSchema>) {
      authorize(actor, MARKET_ACTIONS.review);
      const row = await db.transaction(async (tx) => {
        const [r] = await tx
          .insert(s)
          .values({ ...input, updatedBy: (actor as Actor).userId, updatedAt: clock.now() })
          .returning();
        const created = r as typeof s.$inferSelect;
        await recordAudit(tx, actor, {
          action: 'market.synonym.create',
          entity: 'market_synonym',
          entityId: created.id,
          after: { terms: created.terms },
        });
        return created;
      });
      await changed();
      return toSynonym(row);
    },
    async update(actor: Actor | null, id: number, input: z.output<typeof synonymInputSchema>) {
      authorize(actor, MARKET_ACTIONS.review);
      const row = await db.transaction(async (tx) => {
        const [before] = await tx.select().from(s).where(eq(s.id, id)).for('update');
        if (!before) throw marketErrors.synonymNotFound();
        const [r] = await tx
          .update(s)
          .set({ ...input, updatedBy: (actor as Actor).userId, updatedAt: clock.now() })
          .where(eq(s.id, id))
          .returning();
        await recordAudit(tx, actor, {
          action: 'market.synonym.update',
          entity: 'market_synonym',
          entityId: id,
          before: { terms: before.terms },
          after: { terms: r?.terms },
        });
        return r as typeof s.$inferSelect;
      });
      await changed();
      return toSynonym(row);
    },
    async remove(actor: Actor | null, id: number) {
      authorize(actor, MARKET_ACTIONS.review);
      await db.transaction(async (tx) => {
        const [before] = await tx.delete(s).where(eq(s.id, id)).returning();
        if (!before) throw marketErrors.synonymNotFound();
        await recordAudit(tx, actor, {
          action: 'market.synonym.delete',
          entity: 'market_synonym',
          entityId: id,
          before: { terms: before.terms },
        });
      });
      await changed();
    },
  };
}
export type SynonymService = ReturnType<typeof createSynonymService>;
