import { NEWS_CATEGORIES } from '@cz/shared';
import { bigint, pgView, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Published read view (migration 0025): the articles the public sees now (published, or scheduled and due), for
 * other areas — the policy area lists the interpretations of its documents through it.
 */
export const newsPublicArticles = pgView('news_public_articles', {
  id: bigint('id', { mode: 'number' }).notNull(),
  category: text('category', { enum: NEWS_CATEGORIES }).notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  department: text('department').notNull(),
  tags: text('tags').array().notNull(),
  policyDocumentId: bigint('policy_document_id', { mode: 'number' }),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
}).existing();
