import { POLICY_APPLICATION_STATUSES, POLICY_ITEM_MODES } from '@cz/shared/policy';
import { bigint, date, pgView, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Published read view (migration 0029): each policy application's outcome, the amount paid and the enterprise's
 * rating of the handling, for the plan's measures and the third-party evaluation (兑现到位率, 办理满意率).
 */
export const policyRedemptions = pgView('policy_redemptions', {
  applicationId: bigint('application_id', { mode: 'number' }).notNull(),
  itemId: bigint('item_id', { mode: 'number' }).notNull(),
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  mode: text('mode', { enum: POLICY_ITEM_MODES }).notNull(),
  status: text('status', { enum: POLICY_APPLICATION_STATUSES }).notNull(),
  approvedFen: bigint('approved_fen', { mode: 'number' }),
  paidFen: bigint('paid_fen', { mode: 'number' }),
  paidOn: date('paid_on', { mode: 'string' }),
  paymentDueOn: date('payment_due_on', { mode: 'string' }),
  firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
  rating: smallint('rating'),
}).existing();
