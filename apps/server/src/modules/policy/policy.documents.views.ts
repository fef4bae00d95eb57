import {
  INDUSTRY_CODES,
  POLICY_ENTERPRISE_KIND_CODES,
  POLICY_LEVEL_CODES,
  POLICY_SUPPORT_KIND_CODES,
} from '@cz/shared';
import { bigint, boolean, date, pgView, text } from 'drizzle-orm/pg-core';

/** Published read view (migration 0024): the documents readers can see, and whether each has expired today. */
export const policyPublishedDocuments = pgView('policy_published_documents', {
  id: bigint('id', { mode: 'number' }).notNull(),
  title: text('title').notNull(),
  docNumber: text('doc_number'),
  issuer: text('issuer').notNull(),
  level: text('level', { enum: POLICY_LEVEL_CODES }).notNull(),
  issuedOn: date('issued_on', { mode: 'string' }),
  effectiveFrom: date('effective_from', { mode: 'string' }),
  expiresOn: date('expires_on', { mode: 'string' }),
  supportKinds: text('support_kinds', { enum: POLICY_SUPPORT_KIND_CODES }).array().notNull(),
  enterpriseKinds: text('enterprise_kinds', { enum: POLICY_ENTERPRISE_KIND_CODES }).array().notNull(),
  industries: text('industries', { enum: INDUSTRY_CODES }).array().notNull(),
  expired: boolean('expired').notNull(),
}).existing();
