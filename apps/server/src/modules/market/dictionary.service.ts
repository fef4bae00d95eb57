import type { MatchIndexStatus, Term, termInputSchema, termListQuerySchema } from '@cz/shared/market';
import { asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../kernel/db/pg-error.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { type Page, pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { marketTerms as d } from './dictionary.table.ts';
import { dictionaryErrors } from './market.errors.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';

const toTerm = (r: typeof d.$inferSelect): Term => ({
  id: r.id,
  term: r.term,
  note: r.note,
  updatedAt: r.updatedAt.toISOString(),
});

type Input = z.output<typeof termInputSchema>;

/**
 * 领域词典: the terms the administration adds to the match's segmenter, each change audited. A change moves the
 * version of the match's words (a trigger); `changed` then has this instance segment with the new words before it
 * answers, and starts re-indexing the achievements' vectors in the background (`status` says how far it is).
 */
export function createDictionaryService({
  db,
  clock,
  changed,
  status,
}: {
  db: Db;
  clock: Clock;
  changed: () => Promise<void>;
  status: () => Promise<MatchIndexStatus>;
}) {
  const taken = (err: unknown) => (isUniqueViolation(err) ? dictionaryErrors.taken() : err);
  return {
    async list(actor: Actor | null, q: z.output<typeof termListQuerySchema>): Promise<Page<Term>> {
      authorize(actor, MARKET_ACTIONS.review);
      const where: SQL | undefined = q.q
        ? or(ilike(d.term, likeFragment(q.q.normalize('NFKC').toLowerCase())), ilike(d.note, likeFragment(q.q)))
        : undefined;
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(d)
          .where(where)
          .orderBy(asc(d.term), asc(d.id))
          .limit(pageWindow(q).limit)
          .offset(pageWindow(q).offset),
        db.select({ n: count() }).from(d).where(where),
      ]);
      return pageOf(rows.map(toTerm), total?.n ?? 0, q);
    },

    async create(actor: Actor | null, input: Input): Promise<Term> {
      authorize(actor, MARKET_ACTIONS.review);
      const row = await db
        .transaction(async (tx) => {
          const [r] = await tx
            .insert(d)
            .values({ ...input, updatedBy: (actor as Actor).userId, updatedAt: clock.now() })
            .returning();
          const created = r as typeof d.$inferSelect;
          await recordAudit(tx, actor, {
            action: 'market.term.create',
            entity: 'market_term',
            entityId: created.id,
            after: { term: created.term, note: created.note },
          });
          return created;
        })
        .catch((err) => {
          throw taken(err);
        });
      await changed();
      return toTerm(row);
    },

    async update(actor: Actor | null, id: number, input: Input): Promise<Term> {
      authorize(actor, MARKET_ACTIONS.review);
      const row = await db
        .transaction(async (tx) => {
          const [before] = await tx.select().from(d).where(eq(d.id, id)).for('update');
          if (!before) throw dictionaryErrors.notFound();
          const [r] = await tx
            .update(d)
            .set({ ...input, updatedBy: (actor as Actor).userId, updatedAt: clock.now() })
            .where(eq(d.id, id))
            .returning();
          await recordAudit(tx, actor, {
            action: 'market.term.update',
            entity: 'market_term',
            entityId: id,
            before: { term: before.term, note: before.note },
            after: { term: r?.term, note: r?.note },
          });
          return r as typeof d.$inferSelect;
        })
        .catch((err) => {
          throw taken(err);
        });
      await changed();
      return toTerm(row);
    },

    async remove(actor: Actor | null, id: number): Promise<void> {
      authorize(actor, MARKET_ACTIONS.review);
      await db.transaction(async (tx) => {
        const [before] = await tx.delete(d).where(eq(d.id, id)).returning();
        if (!before) throw dictionaryErrors.notFound();
        await recordAudit(tx, actor, {
          action: 'market.term.delete',
          entity: 'market_term',
          entityId: id,
          before: { term: before.term, note: before.note },
        });
      });
      await changed();
    },

    /** How far the achievements' vectors are built with the current words. */
    async status(actor: Actor | null): Promise<MatchIndexStatus> {
      authorize(actor, MARKET_ACTIONS.review);
      return status();
    },
  };
}
export type DictionaryService = ReturnType<typeof createDictionaryService>;
