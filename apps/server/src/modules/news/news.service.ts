import {
  canTakeStep,
  effectiveStatus,
  type NewsAdminArticle,
  type NewsAdminItem,
  type NewsArticle,
  type NewsArticleInputParsed,
  type NewsCard,
  type NewsEvent,
  type NewsStep,
  type newsAdminListQuerySchema,
  type newsListQuerySchema,
} from '@cz/shared';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { attachUploads, uploadErrors, uploadsStored } from '../upload/index.ts';
import { newsErrors } from './news.errors.ts';
import { NEWS_ACTIONS } from './news.permissions.ts';
import type { NewsRepository } from './news.repository.ts';
import { bodyImages, plainText, sanitizeBody, summaryOf } from './news.sanitize.ts';
import type { NewsArticleRow, newsArticles } from './news.table.ts';

/** The record kind under which an article's files (cover, body images, attachments) are attached. */
export const NEWS_UPLOAD_KIND = 'news_article';

/** The stored columns of what an administrator wrote: the body through the allow-list, and its text. */
export function articleValues(input: NewsArticleInputParsed) {
  const bodyHtml = sanitizeBody(input.body);
  const e = input.event;
  return {
    category: input.category,
    title: input.title,
    summary: input.summary,
    bodyHtml,
    bodyText: plainText(bodyHtml),
    cover: input.cover,
    department: input.department,
    tags: input.tags,
    eventStartsAt: e ? new Date(e.startsAt) : null,
    eventEndsAt: e?.endsAt ? new Date(e.endsAt) : null,
    eventPlace: e ? e.place : null,
    eventSignup: e ? e.signup : null,
    eventSignupUrl: e ? e.signupUrl : null,
    policyDocumentId: input.policyDocumentId,
    pinned: input.pinned,
  } satisfies Partial<typeof newsArticles.$inferInsert>;
}

/** The cover and the attachments are named by the article's row: refused as the upload module refuses them. */
async function assertFilesStored(tx: Tx, input: NewsArticleInputParsed) {
  const named = [...(input.cover ? [input.cover] : []), ...input.attachments.map((f) => f.hash)];
  if (!(await uploadsStored(tx, named))) throw uploadErrors.notAttachable();
}

/**
 * Makes the article's files (cover, body images, attachments) readable as the article is: by everyone once it is
 * public — from its scheduled time on, for a scheduled one — and by the administration alone before and after.
 */
export async function attachArticleFiles(
  tx: Tx,
  actor: Actor,
  row: Pick<NewsArticleRow, 'id' | 'cover' | 'bodyHtml' | 'status' | 'publishAt'>,
  attachments: { hash: string }[],
) {
  const open = row.status === 'published' || row.status === 'scheduled';
  const hashes = [...(row.cover ? [row.cover] : []), ...bodyImages(row.bodyHtml), ...attachments.map((f) => f.hash)];
  await attachUploads(
    tx,
    actor,
    {
      kind: NEWS_UPLOAD_KIND,
      id: row.id,
      orgIds: [],
      public: open,
      publicFrom: row.status === 'scheduled' ? row.publishAt : null,
    },
    hashes,
  );
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

function eventOf(r: NewsArticleRow): NewsEvent | null {
  if (r.category !== 'event' || !r.eventStartsAt) return null;
  return {
    startsAt: r.eventStartsAt.toISOString(),
    endsAt: iso(r.eventEndsAt),
    place: r.eventPlace ?? '',
    signup: r.eventSignup ?? 'none',
    signupUrl: r.eventSignupUrl,
  };
}

export function toCard(r: NewsArticleRow): NewsCard {
  return {
    id: r.id,
    category: r.category,
    title: r.title,
    summary: summaryOf(r.summary, r.bodyText),
    cover: r.cover,
    department: r.department,
    tags: r.tags,
    publishedAt: (r.publishAt ?? r.createdAt).toISOString(),
    pinned: r.pinned,
    event: eventOf(r),
    viewCount: r.viewCount,
  };
}

export function toAdminItem(r: NewsArticleRow, now: Date): NewsAdminItem {
  return {
    id: r.id,
    category: r.category,
    title: r.title,
    summary: r.summary,
    cover: r.cover,
    department: r.department,
    tags: r.tags,
    status: effectiveStatus(r, now),
    publishAt: iso(r.publishAt),
    withdrawnAt: iso(r.withdrawnAt),
    withdrawReason: r.withdrawReason,
    pinned: r.pinned,
    event: eventOf(r),
    viewCount: r.viewCount,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The fields that changed between two versions of an article, for the audit log (the derived text left out). */
function changes(before: NewsArticleRow, after: NewsArticleRow) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof NewsArticleRow)[]) {
    if (key === 'bodyText' || key === 'updatedAt' || key === 'updatedBy') continue;
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    b[key] = before[key];
    a[key] = after[key];
  }
  return { before: b, after: a };
}

export function createNewsService({ db, news, clock }: { db: Db; news: NewsRepository; clock: Clock }) {
  async function adminArticle(tx: Tx, row: NewsArticleRow): Promise<NewsAdminArticle> {
    return {
      ...toAdminItem(row, clock.now()),
      body: row.bodyHtml,
      attachments: await news.attachments(tx, row.id),
      policyDocumentId: row.policyDocumentId,
    };
  }

  async function locked(tx: Tx, id: number) {
    const row = await news.byId(tx, id, true);
    if (!row) throw newsErrors.notFound();
    return row;
  }

  /**
   * One step of an article's life in a transaction: the article is locked, the step must be open in the state it is
   * seen in now, the change is written with its files' readability, and audited.
   */
  function step(
    actor: Actor | null,
    id: number,
    name: NewsStep,
    audit: { action: string; extra?: Record<string, unknown> },
    change: (row: NewsArticleRow, now: Date) => Partial<typeof newsArticles.$inferInsert>,
  ) {
    const admin = authorize(actor, NEWS_ACTIONS.manage);
    return db.transaction(async (tx) => {
      const now = clock.now();
      const before = await locked(tx, id);
      if (!canTakeStep(effectiveStatus(before, now), name)) throw newsErrors.wrongState();
      const after = await news.update(tx, id, { ...change(before, now), updatedAt: now, updatedBy: admin.userId });
      await attachArticleFiles(tx, admin, after, await news.attachments(tx, id));
      await recordAudit(tx, admin, {
        action: audit.action,
        entity: 'news_article',
        entityId: id,
        before: { status: before.status, publishAt: before.publishAt },
        after: { status: after.status, publishAt: after.publishAt, ...audit.extra },
      });
      return adminArticle(tx, after);
    });
  }

  return {
    /** What the public sees: published articles and scheduled ones whose time has come. */
    async publicList(q: z.output<typeof newsListQuerySchema>) {
      const { items, total } = await news.publicList(q, pageWindow(q), clock.now());
      return pageOf(items.map(toCard), total, q);
    },

    /** A public article, counted as read; an article the public does not see is not found. */
    async publicGet(id: number): Promise<NewsArticle> {
      const row = await news.readPublic(db, id, clock.now());
      if (!row) throw newsErrors.notFound();
      return {
        ...toCard(row),
        body: row.bodyHtml,
        attachments: await news.attachments(db, id),
        policyDocumentId: row.policyDocumentId,
      };
    },

    async adminList(actor: Actor | null, q: z.output<typeof newsAdminListQuerySchema>) {
      authorize(actor, NEWS_ACTIONS.manage);
      const now = clock.now();
      const { items, total } = await news.adminList(q, pageWindow(q), now);
      return pageOf(
        items.map((r) => toAdminItem(r, now)),
        total,
        q,
      );
    },

    async adminGet(actor: Actor | null, id: number) {
      authorize(actor, NEWS_ACTIONS.manage);
      const row = await news.byId(db, id);
      if (!row) throw newsErrors.notFound();
      return adminArticle(db, row);
    },

    /** A new article is a draft: nobody but the administration sees it or its files. */
    async create(actor: Actor | null, input: NewsArticleInputParsed) {
      const admin = authorize(actor, NEWS_ACTIONS.manage);
      return db.transaction(async (tx) => {
        const now = clock.now();
        await assertFilesStored(tx, input);
        const row = await news.insert(tx, {
          ...articleValues(input),
          status: 'draft',
          createdBy: admin.userId,
          updatedBy: admin.userId,
          createdAt: now,
          updatedAt: now,
        });
        await news.setAttachments(tx, row.id, input.attachments);
        await attachArticleFiles(tx, admin, row, input.attachments);
        const { bodyText: _text, ...after } = row;
        await recordAudit(tx, admin, {
          action: 'news.create',
          entity: 'news_article',
          entityId: row.id,
          after: { ...after, attachments: input.attachments },
        });
        return adminArticle(tx, row);
      });
    },

    /** Changes what an article says, in any state; a public article shows the change at once. */
    async update(actor: Actor | null, id: number, input: NewsArticleInputParsed) {
      const admin = authorize(actor, NEWS_ACTIONS.manage);
      return db.transaction(async (tx) => {
        const before = await locked(tx, id);
        await assertFilesStored(tx, input);
        const attachmentsBefore = await news.attachments(tx, id);
        const after = await news.update(tx, id, {
          ...articleValues(input),
          updatedAt: clock.now(),
          updatedBy: admin.userId,
        });
        await news.setAttachments(tx, id, input.attachments);
        await attachArticleFiles(tx, admin, after, input.attachments);
        const diff = changes(before, after);
        if (JSON.stringify(attachmentsBefore) !== JSON.stringify(input.attachments)) {
          diff.before.attachments = attachmentsBefore;
          diff.after.attachments = input.attachments;
        }
        await recordAudit(tx, admin, { action: 'news.update', entity: 'news_article', entityId: id, ...diff });
        return adminArticle(tx, after);
      });
    },

    /** Public now. A scheduled article published early is dated now. */
    publish: (actor: Actor | null, id: number) =>
      step(actor, id, 'publish', { action: 'news.publish' }, (_r, now) => ({ status: 'published', publishAt: now })),

    /** Public from `publishAt` on, which must lie ahead; a scheduled article not yet public may be moved. */
    schedule(actor: Actor | null, id: number, publishAt: Date) {
      if (publishAt.getTime() <= clock.now().getTime()) throw newsErrors.publishAtPast();
      return step(actor, id, 'schedule', { action: 'news.schedule' }, () => ({ status: 'scheduled', publishAt }));
    },

    /** A scheduled article not yet public goes back to draft. */
    unschedule: (actor: Actor | null, id: number) =>
      step(actor, id, 'unschedule', { action: 'news.unschedule' }, () => ({ status: 'draft', publishAt: null })),

    /** A public article is taken down, with the reason; its files are closed to the public with it. */
    withdraw: (actor: Actor | null, id: number, reason: string) =>
      step(actor, id, 'withdraw', { action: 'news.withdraw', extra: { reason } }, (_r, now) => ({
        status: 'withdrawn',
        withdrawnAt: now,
        withdrawReason: reason,
      })),

    /** A withdrawn article is public again, under its first publication date. */
    republish: (actor: Actor | null, id: number) =>
      step(actor, id, 'republish', { action: 'news.republish' }, (r, now) => ({
        status: 'published',
        publishAt: r.publishAt && r.publishAt < now ? r.publishAt : now,
        withdrawnAt: null,
        withdrawReason: null,
      })),

    /**
     * The minute job: scheduled articles whose time has come are marked published, each audited as the system's
     * step. They were public from their time on already (the public queries ask the time); this keeps the stored
     * state true. Answers how many it marked, so the job runs again until none is left.
     */
    publishDue(batch = 100): Promise<number> {
      return db.transaction(async (tx) => {
        const done = await news.publishDue(tx, clock.now(), batch);
        for (const r of done)
          await recordAudit(tx, null, {
            action: 'news.publish_due',
            entity: 'news_article',
            entityId: Number(r.id),
            before: { status: 'scheduled' },
            after: { status: 'published', publishAt: r.publishAt },
          });
        return done.length;
      });
    },
  };
}
export type NewsService = ReturnType<typeof createNewsService>;
