import {
  CONTRACT_KINDS,
  CONTRACT_STATUSES,
  DEAL_STATUSES,
  OFFER_STATUSES,
  REGISTRATION_STATUSES,
  type RefusalReason,
  TECH_FIELD_CODES,
} from '@cz/shared/market';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  date,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** From interest to contract to registration: migration 0037 holds every constraint and the transition triggers. */

export const marketSettings = pgTable('market_settings', {
  id: smallint('id').primaryKey().default(1),
  noticeDays: integer('notice_days').notNull().default(15),
  workingDays: integer('working_days').notNull().default(15),
  reviewWorkingDays: integer('review_working_days').notNull().default(30),
  reviewThresholdFen: bigint('review_threshold_fen', { mode: 'number' }).notNull().default(500000000),
  numberLayout: text('number_layout').notNull().default('YYPPCCRRSSSSSS'),
  provinceCode: text('province_code').notNull().default('14'),
  cityCode: text('city_code').notNull().default('04'),
  pointCode: text('point_code').notNull().default('01'),
  refusalReasons: jsonb('refusal_reasons').notNull().$type<RefusalReason[]>(),
  tradeBaseYear: integer('trade_base_year').notNull().default(2020),
  tradeBaseFen: bigint('trade_base_fen', { mode: 'number' }),
  tradeTargetMultiple: numeric('trade_target_multiple', { precision: 5, scale: 2, mode: 'number' })
    .notNull()
    .default(4),
  tradeTargetYear: integer('trade_target_year').notNull().default(2023),
  updatedBy: bigint('updated_by', { mode: 'number' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const marketDeals = pgTable('market_deals', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  achievementId: bigint('achievement_id', { mode: 'number' }).notNull(),
  needId: bigint('need_id', { mode: 'number' }),
  sellerOrgId: bigint('seller_org_id', { mode: 'number' }).notNull(),
  buyerOrgId: bigint('buyer_org_id', { mode: 'number' }).notNull(),
  sellerPublic: boolean('seller_public').notNull(),
  status: text('status', { enum: DEAL_STATUSES }).notNull().default('negotiating'),
  agreedFen: bigint('agreed_fen', { mode: 'number' }),
  agreedAt: timestamp('agreed_at', { withTimezone: true }),
  noticeFrom: date('notice_from'),
  noticeUntil: date('notice_until'),
  cancelReason: text('cancel_reason'),
  /** The open licence taken (migration 0042): the price is its fee for `licenceYears`. */
  openLicenceId: bigint('open_licence_id', { mode: 'number' }),
  licenceYears: integer('licence_years'),
  openedBy: bigint('opened_by', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type DealRow = typeof marketDeals.$inferSelect;

/** 开放许可声明 (migration 0042 holds every constraint and the trigger that fixes the terms). */
export const marketOpenLicences = pgTable('market_open_licences', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  achievementId: bigint('achievement_id', { mode: 'number' }).notNull(),
  ipRecordId: bigint('ip_record_id', { mode: 'number' }).notNull(),
  ownerOrgId: bigint('owner_org_id', { mode: 'number' }).notNull(),
  annualFen: bigint('annual_fen', { mode: 'number' }).notNull().default(0),
  royaltyPermille: integer('royalty_permille'),
  paymentTerms: text('payment_terms').notNull(),
  minYears: integer('min_years').notNull().default(1),
  evaluationReport: char('evaluation_report', { length: 64 }),
  announcementNo: text('announcement_no'),
  status: text('status', { enum: ['declared', 'withdrawn'] })
    .notNull()
    .default('declared'),
  declaredBy: bigint('declared_by', { mode: 'number' }).notNull(),
  declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow(),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  withdrawReason: text('withdraw_reason'),
});

export const marketDealMessages = pgTable('market_deal_messages', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  dealId: bigint('deal_id', { mode: 'number' }).notNull(),
  side: text('side', { enum: ['seller', 'buyer'] }).notNull(),
  authorId: bigint('author_id', { mode: 'number' }).notNull(),
  body: text('body').notNull(),
  offerFen: bigint('offer_fen', { mode: 'number' }),
  offerStatus: text('offer_status', { enum: OFFER_STATUSES }),
  attachments: text('attachments').array().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type NonTechnicalLine = { kind: string; description: string; amountFen: number };
export type PaymentLine = { dueOn: string; amountFen: number; note: string };

export const marketContracts = pgTable('market_contracts', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  /** Null for a contract signed outside the platform (`offline`, migration 0043). */
  dealId: bigint('deal_id', { mode: 'number' }),
  kind: text('kind', { enum: CONTRACT_KINDS }).notNull(),
  title: text('title').notNull(),
  sellerOrgId: bigint('seller_org_id', { mode: 'number' }).notNull(),
  /** Null when an offline contract's buyer is not on the platform: then `buyerName` and `buyerUscc` name it. */
  buyerOrgId: bigint('buyer_org_id', { mode: 'number' }),
  offline: boolean('offline').notNull().default(false),
  buyerName: text('buyer_name'),
  buyerUscc: text('buyer_uscc'),
  /** 技术领域 of an offline contract (a platform contract's is its achievement's). */
  field: text('field', { enum: TECH_FIELD_CODES }),
  amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  nonTechnical: jsonb('non_technical').notNull().default([]).$type<NonTechnicalLine[]>(),
  nonTechnicalFen: bigint('non_technical_fen', { mode: 'number' }).notNull().default(0),
  techTradeFen: bigint('tech_trade_fen', { mode: 'number' }).generatedAlwaysAs(sql`amount_fen - non_technical_fen`),
  payments: jsonb('payments').notNull().$type<PaymentLine[]>(),
  withTransferOrDevelopment: boolean('with_transfer_or_development').notNull().default(false),
  signedFile: text('signed_file'),
  status: text('status', { enum: CONTRACT_STATUSES }).notNull().default('draft'),
  sellerConfirmedAt: timestamp('seller_confirmed_at', { withTimezone: true }),
  buyerConfirmedAt: timestamp('buyer_confirmed_at', { withTimezone: true }),
  createdBy: bigint('created_by', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type ContractRow = typeof marketContracts.$inferSelect;

export const marketRegistrations = pgTable('market_registrations', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  contractId: bigint('contract_id', { mode: 'number' }).notNull(),
  sellerOrgId: bigint('seller_org_id', { mode: 'number' }).notNull(),
  status: text('status', { enum: REGISTRATION_STATUSES }).notNull().default('submitted'),
  submittedOn: date('submitted_on').notNull(),
  suppliedOn: date('supplied_on'),
  dueOn: date('due_on').notNull(),
  limitWorkingDays: integer('limit_working_days').notNull(),
  review: boolean('review').notNull(),
  returnNote: text('return_note'),
  reasonCode: text('reason_code'),
  reasonNote: text('reason_note'),
  number: text('number'),
  verifyCode: text('verify_code'),
  registeredOn: date('registered_on'),
  decidedBy: bigint('decided_by', { mode: 'number' }),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type RegistrationRow = typeof marketRegistrations.$inferSelect;

/** 先进适用技术指导目录 (migration 0039). */
export const marketCatalogues = pgTable('market_catalogues', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  year: integer('year').notNull(),
  title: text('title').notNull(),
  intro: text('intro').notNull().default(''),
  status: text('status', { enum: ['draft', 'published'] })
    .notNull()
    .default('draft'),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  createdBy: bigint('created_by', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const marketCatalogueEntries = pgTable('market_catalogue_entries', {
  catalogueId: bigint('catalogue_id', { mode: 'number' }).notNull(),
  achievementId: bigint('achievement_id', { mode: 'number' }).notNull(),
  position: integer('position').notNull(),
  note: text('note').notNull().default(''),
});

/** 科技成果推送活动 (migration 0040). */
export const marketEvents = pgTable('market_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  venue: text('venue').notNull().default(''),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  status: text('status', { enum: ['planned', 'held', 'cancelled'] })
    .notNull()
    .default('planned'),
  createdBy: bigint('created_by', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const marketEventAchievements = pgTable('market_event_achievements', {
  eventId: bigint('event_id', { mode: 'number' }).notNull(),
  achievementId: bigint('achievement_id', { mode: 'number' }).notNull(),
  position: integer('position').notNull(),
});

export const marketEventParticipants = pgTable('market_event_participants', {
  eventId: bigint('event_id', { mode: 'number' }).notNull(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  invitedAt: timestamp('invited_at', { withTimezone: true }),
  registeredAt: timestamp('registered_at', { withTimezone: true }),
  registeredBy: bigint('registered_by', { mode: 'number' }),
  checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
});

export const marketEventMeetings = pgTable('market_event_meetings', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  eventId: bigint('event_id', { mode: 'number' }).notNull(),
  achievementId: bigint('achievement_id', { mode: 'number' }).notNull(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  note: text('note').notNull().default(''),
  recordedBy: bigint('recorded_by', { mode: 'number' }).notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
