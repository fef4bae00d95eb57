import { POOL_CLAIM_STATUSES } from '@cz/shared/finance';
import type { Condition } from '@cz/shared/policy';
import { bigint, boolean, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();
const ref = (name: string) => bigint(name, { mode: 'number' });
const at = (name: string) => timestamp(name, { withTimezone: true });

/** 风险补偿资金池 (migration 0045: balances kept by the entries' trigger). */
export const financePools = pgTable('finance_pools', {
  id: id(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  admission: jsonb('admission').$type<Condition>(),
  directPct: integer('direct_pct').notNull(),
  guaranteedPct: integer('guaranteed_pct').notNull(),
  firstLoanBonus: integer('first_loan_bonus').notNull(),
  pureCreditBonus: integer('pure_credit_bonus').notNull(),
  ipPledgeBonus: integer('ip_pledge_bonus').notNull(),
  capPct: integer('cap_pct').notNull(),
  institutionIds: ref('institution_ids').array().notNull().default([]),
  status: text('status', { enum: ['active', 'closed'] })
    .notNull()
    .default('active'),
  availableFen: ref('available_fen').notNull().default(0),
  committedFen: ref('committed_fen').notNull().default(0),
  paidFen: ref('paid_fen').notNull().default(0),
  whitelistAt: at('whitelist_at'),
  createdBy: ref('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
export type PoolRow = typeof financePools.$inferSelect;

export const financePoolMembers = pgTable(
  'finance_pool_members',
  {
    poolId: ref('pool_id').notNull(),
    orgId: ref('org_id').notNull(),
    result: text('result', { enum: ['eligible', 'needs_data'] }).notNull(),
    computedAt: at('computed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.poolId, t.orgId] })],
);

export const financePoolClaims = pgTable('finance_pool_claims', {
  id: id(),
  poolId: ref('pool_id').notNull(),
  caseId: ref('case_id').notNull(),
  institutionOrgId: ref('institution_org_id').notNull(),
  lossFen: ref('loss_fen').notNull(),
  guaranteed: boolean('guaranteed').notNull(),
  firstLoan: boolean('first_loan').notNull(),
  pureCredit: boolean('pure_credit').notNull(),
  ipPledge: boolean('ip_pledge').notNull(),
  note: text('note').notNull().default(''),
  status: text('status', { enum: POOL_CLAIM_STATUSES }).notNull().default('submitted'),
  pct: integer('pct'),
  amountFen: ref('amount_fen'),
  reviewNote: text('review_note'),
  submittedBy: ref('submitted_by').notNull(),
  submittedAt: at('submitted_at').notNull().defaultNow(),
  reviewedBy: ref('reviewed_by'),
  reviewedAt: at('reviewed_at'),
  approvedBy: ref('approved_by'),
  approvedAt: at('approved_at'),
  paidBy: ref('paid_by'),
  paidAt: at('paid_at'),
});
export type PoolClaimRow = typeof financePoolClaims.$inferSelect;

export const financePoolEntries = pgTable('finance_pool_entries', {
  id: id(),
  poolId: ref('pool_id').notNull(),
  kind: text('kind', { enum: ['fund', 'commit', 'pay'] }).notNull(),
  amountFen: ref('amount_fen').notNull(),
  claimId: ref('claim_id'),
  actorId: ref('actor_id'),
  note: text('note').notNull().default(''),
  at: at('at').notNull().defaultNow(),
});
