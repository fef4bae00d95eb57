import {
  ACHIEVEMENT_STAGE_CODES,
  ACHIEVEMENT_STATUSES,
  NEED_CONFIDENTIALITY,
  type NeedTarget,
  PUSH_ANSWERS,
  TECH_FIELD_CODES,
  type TransferMode,
} from '@cz/shared/market';
import { bigint, boolean, customType, date, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** 科技成果 offered on the market (migration 0033 holds every constraint and the review flow's trigger). */
export const marketAchievements = pgTable('market_achievements', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  ownerOrgId: bigint('owner_org_id', { mode: 'number' }).notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  field: text('field', { enum: TECH_FIELD_CODES }).notNull(),
  stage: text('stage', { enum: ACHIEVEMENT_STAGE_CODES }).notNull(),
  maturityEvidence: text('maturity_evidence').notNull().default(''),
  transferModes: text('transfer_modes').array().notNull().$type<TransferMode[]>(),
  priceFen: bigint('price_fen', { mode: 'number' }),
  negotiable: boolean('negotiable').notNull().default(false),
  keywords: text('keywords').array().notNull().default([]),
  team: jsonb('team').notNull().default([]).$type<{ name: string; title: string; role: string }[]>(),
  ipRecordIds: bigint('ip_record_ids', { mode: 'number' }).array().notNull().default([]),
  status: text('status', { enum: ACHIEVEMENT_STATUSES }).notNull().default('draft'),
  reviewNote: text('review_note'),
  reviewedBy: bigint('reviewed_by', { mode: 'number' }),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  createdBy: bigint('created_by', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** Uploads' hashes (migration 0048); who reads them is in upload_attachments (achievement-files.ts). */
  attachments: text('attachments').array().notNull().default([]),
  /** The owner's choice that the files are public while the achievement is published. */
  attachmentsPublic: boolean('attachments_public').notNull().default(false),
  /** The jieba tokens of its text, weighted (market.match-text.ts; migration 0035), and their count. */
  matchVector: tsvector('match_vector').notNull().default(''),
  matchLength: integer('match_length').notNull().default(0),
  /** The version of the match's words the vector was built with (migration 0049; match-words.ts). */
  matchVersion: integer('match_version').notNull().default(0),
});
export type AchievementRow = typeof marketAchievements.$inferSelect;

/** 技术需求 (migration 0034 holds every constraint; the review flow's trigger is the achievements' one). */
export const marketNeeds = pgTable('market_needs', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  ownerOrgId: bigint('owner_org_id', { mode: 'number' }).notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  details: text('details').notNull().default(''),
  field: text('field', { enum: TECH_FIELD_CODES }).notNull(),
  targets: jsonb('targets').notNull().$type<NeedTarget[]>(),
  budgetMinFen: bigint('budget_min_fen', { mode: 'number' }),
  budgetMaxFen: bigint('budget_max_fen', { mode: 'number' }),
  deadline: date('deadline', { mode: 'string' }).notNull(),
  confidentiality: text('confidentiality', { enum: NEED_CONFIDENTIALITY }).notNull().default('public'),
  keywords: text('keywords').array().notNull().default([]),
  status: text('status', { enum: ACHIEVEMENT_STATUSES }).notNull().default('draft'),
  reviewNote: text('review_note'),
  reviewedBy: bigint('reviewed_by', { mode: 'number' }),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  createdBy: bigint('created_by', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type NeedRow = typeof marketNeeds.$inferSelect;

/** Groups of words that mean the same in the market's texts (migration 0035). */
export const marketSynonyms = pgTable('market_synonyms', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  terms: text('terms').array().notNull(),
  note: text('note').notNull().default(''),
  updatedBy: bigint('updated_by', { mode: 'number' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 技术经理人: experts the administration names brokers (migration 0036). */
export const marketBrokers = pgTable('market_brokers', {
  userId: bigint('user_id', { mode: 'number' }).primaryKey(),
  addedBy: bigint('added_by', { mode: 'number' }),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A suggestion a broker pushed to a need's owner, and the owner's answer (migration 0036). */
export const marketPushes = pgTable('market_pushes', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  needId: bigint('need_id', { mode: 'number' }).notNull(),
  achievementId: bigint('achievement_id', { mode: 'number' }).notNull(),
  pushedBy: bigint('pushed_by', { mode: 'number' }).notNull(),
  note: text('note').notNull().default(''),
  pushedAt: timestamp('pushed_at', { withTimezone: true }).notNull().defaultNow(),
  answer: text('answer', { enum: PUSH_ANSWERS }),
  answerReason: text('answer_reason'),
  answeredBy: bigint('answered_by', { mode: 'number' }),
  answeredAt: timestamp('answered_at', { withTimezone: true }),
});
