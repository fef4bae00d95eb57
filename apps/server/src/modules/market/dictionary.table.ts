import { bigint, boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** The match's domain dictionary kept by the administration (migration 0049 holds the constraints and triggers). */
export const marketTerms = pgTable('market_terms', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  term: text('term').notNull().unique(),
  note: text('note').notNull().default(''),
  updatedBy: bigint('updated_by', { mode: 'number' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One row: the version of the match's words, moved by the triggers on the terms and the synonyms. */
export const marketMatchWords = pgTable('market_match_words', {
  id: boolean('id').primaryKey().default(true),
  version: integer('version').notNull(),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});
