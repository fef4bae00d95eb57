import { EVENT_SIGNUPS, NEWS_CATEGORIES, NEWS_STATUSES } from '@cz/shared';
import { bigint, boolean, char, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** An article of the administration (migration 0025 holds every constraint). */
export const newsArticles = pgTable('news_articles', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  category: text('category', { enum: NEWS_CATEGORIES }).notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull().default(''),
  /** Sanitised HTML (news.sanitize.ts), never the editor's HTML as sent. */
  bodyHtml: text('body_html').notNull().default(''),
  /** The body's text, for search and for summaries. */
  bodyText: text('body_text').notNull().default(''),
  cover: char('cover', { length: 64 }),
  department: text('department').notNull(),
  tags: text('tags').array().notNull().default([]),
  eventStartsAt: timestamp('event_starts_at', { withTimezone: true }),
  eventEndsAt: timestamp('event_ends_at', { withTimezone: true }),
  eventPlace: text('event_place'),
  eventSignup: text('event_signup', { enum: EVENT_SIGNUPS }),
  eventSignupUrl: text('event_signup_url'),
  /** The policy area's document; no foreign key until that area's table exists (migration 0025). */
  policyDocumentId: bigint('policy_document_id', { mode: 'number' }),
  pinned: boolean('pinned').notNull().default(false),
  viewCount: bigint('view_count', { mode: 'number' }).notNull().default(0),
  status: text('status', { enum: NEWS_STATUSES }).notNull().default('draft'),
  publishAt: timestamp('publish_at', { withTimezone: true }),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  withdrawReason: text('withdraw_reason'),
  createdBy: bigint('created_by', { mode: 'number' }),
  updatedBy: bigint('updated_by', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type NewsArticleRow = typeof newsArticles.$inferSelect;

/** The files listed under an article, in order, with the names readers see. */
export const newsAttachments = pgTable(
  'news_attachments',
  {
    articleId: bigint('article_id', { mode: 'number' }).notNull(),
    position: smallint('position').notNull(),
    hash: char('hash', { length: 64 }).notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.position] })],
);
