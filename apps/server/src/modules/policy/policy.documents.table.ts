import {
  INDUSTRY_CODES,
  POLICY_DOC_STATUSES,
  POLICY_ENTERPRISE_KIND_CODES,
  POLICY_LEVEL_CODES,
  POLICY_SUPPORT_KIND_CODES,
  type PolicyFaq,
} from '@cz/shared';
import {
  type AnyPgColumn,
  bigint,
  char,
  customType,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The library's documents (migration 0024 holds every constraint). */
export const policyDocuments = pgTable('policy_documents', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  title: text('title').notNull(),
  docNumber: text('doc_number'),
  issuer: text('issuer').notNull(),
  level: text('level', { enum: POLICY_LEVEL_CODES }).notNull(),
  department: text('department').notNull().default(''),
  issuedOn: date('issued_on', { mode: 'string' }),
  effectiveFrom: date('effective_from', { mode: 'string' }),
  expiresOn: date('expires_on', { mode: 'string' }),
  status: text('status', { enum: POLICY_DOC_STATUSES }).notNull().default('draft'),
  bodyHtml: text('body_html').notNull().default(''),
  bodyText: text('body_text').notNull().default(''),
  interpretationHtml: text('interpretation_html').notNull().default(''),
  interpretationText: text('interpretation_text').notNull().default(''),
  faq: jsonb('faq').$type<PolicyFaq[]>().notNull().default([]),
  industries: text('industries', { enum: INDUSTRY_CODES }).array().notNull().default([]),
  enterpriseKinds: text('enterprise_kinds', { enum: POLICY_ENTERPRISE_KIND_CODES }).array().notNull().default([]),
  supportKinds: text('support_kinds', { enum: POLICY_SUPPORT_KIND_CODES }).array().notNull().default([]),
  topics: text('topics').array().notNull().default([]),
  keyTerms: text('key_terms').array().notNull().default([]),
  search: tsvector('search').notNull(),
  rankVector: tsvector('rank_vector').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  publishedBy: bigint('published_by', { mode: 'number' }),
  repealedOn: date('repealed_on', { mode: 'string' }),
  repealedAt: timestamp('repealed_at', { withTimezone: true }),
  repealedBy: bigint('repealed_by', { mode: 'number' }),
  replacedBy: bigint('replaced_by', { mode: 'number' }).references((): AnyPgColumn => policyDocuments.id),
  repealNote: text('repeal_note').notNull().default(''),
  createdBy: bigint('created_by', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: bigint('updated_by', { mode: 'number' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type PolicyDocumentRowDb = typeof policyDocuments.$inferSelect;

/** A document's attached files in their order, with the names readers see. */
export const policyDocumentAttachments = pgTable(
  'policy_document_attachments',
  {
    documentId: bigint('document_id', { mode: 'number' }).notNull(),
    hash: char('hash', { length: 64 }).notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.hash] })],
);
