import type { NewsCategory, NewsStatus } from '@cz/shared';
import { and, asc, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { newsArticles, newsAttachments } from './news.table.ts';

const at = (now: Date) => sql`${now.toISOString()}::timestamptz`;

/**
 * What the public sees at `now`: published articles, and scheduled ones whose time has come — in the query, so that
 * an article appears at its time even when the minute job that marks it published runs late.
 */
export const publicAt = (now: Date): SQL =>
  sql`(${newsArticles.status} = 'published' OR (${newsArticles.status} = 'scheduled' AND ${newsArticles.publishAt} <= ${at(now)}))`;

/** An article in the state it is seen in at `now` (packages/shared `effectiveStatus`). */
function seenAs(status: NewsStatus, now: Date): SQL {
  switch (status) {
    case 'published':
      return publicAt(now);
    case 'scheduled':
      return sql`(${newsArticles.status} = 'scheduled' AND ${newsArticles.publishAt} > ${at(now)})`;
    default:
      return eq(newsArticles.status, status);
  }
}

export type NewsFilter = {
  category?: NewsCategory | undefined;
  status?: NewsStatus | undefined;
  tag?: string | undefined;
  q?: string | undefined;
};

function filterOf(f: NewsFilter, now: Date): SQL[] {
  const parts: SQL[] = [];
  if (f.category) parts.push(eq(newsArticles.category, f.category));
  if (f.status) parts.push(seenAs(f.status, now));
  if (f.tag) parts.push(sql`${f.tag} = ANY(${newsArticles.tags})`);
  if (f.q) {
    const fragment = likeFragment(f.q);
    parts.push(
      or(
        sql`${newsArticles.title} ILIKE ${fragment}`,
        sql`${newsArticles.summary} ILIKE ${fragment}`,
        sql`${newsArticles.bodyText} ILIKE ${fragment}`,
      ) as SQL,
    );
  }
  return parts;
}

type Window = { limit: number; offset: number };

export function createNewsRepository({ db }: { db: Db }) {
  async function page(where: SQL | undefined, order: SQL[], window: Window) {
    const [items, [count]] = await Promise.all([
      db
        .select()
        .from(newsArticles)
        .where(where)
        .orderBy(...order)
        .limit(window.limit)
        .offset(window.offset),
      db.select({ n: sql<number>`count(*)::int` }).from(newsArticles).where(where),
    ]);
    return { items, total: count?.n ?? 0 };
  }

  return {
    /** The public list: pinned first, then newest; `upcoming`: events not over yet, soonest first. */
    publicList(f: NewsFilter & { upcoming?: boolean | undefined }, window: Window, now: Date) {
      const parts = [publicAt(now), ...filterOf({ ...f, status: undefined }, now)];
      if (f.upcoming) {
        parts.push(eq(newsArticles.category, 'event'));
        parts.push(sql`coalesce(${newsArticles.eventEndsAt}, ${newsArticles.eventStartsAt}) >= ${at(now)}`);
        return page(and(...parts), [asc(newsArticles.eventStartsAt), asc(newsArticles.id)], window);
      }
      return page(
        and(...parts),
        [desc(newsArticles.pinned), desc(newsArticles.publishAt), desc(newsArticles.id)],
        window,
      );
    },

    /** The administration's list: every state, newest first. */
    adminList(f: NewsFilter, window: Window, now: Date) {
      return page(and(...filterOf(f, now)), [desc(newsArticles.id)], window);
    },

    async byId(tx: Tx, id: number, forUpdate = false) {
      const q = tx.select().from(newsArticles).where(eq(newsArticles.id, id));
      const [row] = forUpdate ? await q.for('update') : await q;
      return row;
    },

    /** A public article read by a visitor: counted in the same statement that finds it public, or nothing. */
    async readPublic(tx: Tx, id: number, now: Date) {
      const [row] = await tx
        .update(newsArticles)
        .set({ viewCount: sql`${newsArticles.viewCount} + 1` })
        .where(and(eq(newsArticles.id, id), publicAt(now)))
        .returning();
      return row;
    },

    async insert(tx: Tx, values: typeof newsArticles.$inferInsert) {
      const [row] = await tx.insert(newsArticles).values(values).returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    },

    async update(tx: Tx, id: number, values: Partial<typeof newsArticles.$inferInsert>) {
      const [row] = await tx.update(newsArticles).set(values).where(eq(newsArticles.id, id)).returning();
      if (!row) throw new Error('update returned nothing');
      return row;
    },

    attachments(tx: Tx, articleId: number) {
      return tx
        .select({ hash: newsAttachments.hash, name: newsAttachments.name })
        .from(newsAttachments)
        .where(eq(newsAttachments.articleId, articleId))
        .orderBy(asc(newsAttachments.position));
    },

    /** Makes `files` the article's attachments, in this order. */
    async setAttachments(tx: Tx, articleId: number, files: { hash: string; name: string }[]) {
      await tx.delete(newsAttachments).where(eq(newsAttachments.articleId, articleId));
      if (files.length === 0) return;
      await tx
        .insert(newsAttachments)
        .values(files.map((f, position) => ({ articleId, position, hash: f.hash, name: f.name })));
    },

    /**
     * Marks up to `batch` scheduled articles whose time has come as published, skipping rows another instance holds:
     * the minute job's work. Their publication time stays the scheduled one.
     */
    async publishDue(tx: Tx, now: Date, batch: number) {
      const { rows } = await tx.execute(sql`
        UPDATE news_articles SET status = 'published', updated_at = ${at(now)}
        WHERE id IN (SELECT id FROM news_articles
                     WHERE status = 'scheduled' AND publish_at <= ${at(now)}
                     ORDER BY publish_at, id LIMIT ${batch} FOR UPDATE SKIP LOCKED)
        RETURNING id, publish_at AS "publishAt"`);
      return rows as { id: number; publishAt: string }[];
    },
  };
}
export type NewsRepository = ReturnType<typeof createNewsRepository>;
