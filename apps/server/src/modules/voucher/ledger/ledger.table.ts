import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const LEDGER_ACCOUNT_KINDS = ['funding', 'scheme', 'voucher', 'hold', 'payable', 'paid', 'expired'] as const;
export const LEDGER_ENTRY_KINDS = ['fund', 'issue', 'hold', 'release', 'consume', 'pay', 'expire', 'defund'] as const;

/**
 * A ledger account, named by role and owner (scheme:<id>, voucher:<id>, hold:<id>, payable:<org>, paid:<org>, funding,
 * expired:<scheme>). The balance is kept by a trigger from the entries: never write it directly.
 */
export const ledgerAccounts = pgTable('ledger_accounts', {
  code: text('code').primaryKey(),
  kind: text('kind', { enum: LEDGER_ACCOUNT_KINDS }).notNull(),
  balance: bigint('balance', { mode: 'number' }).notNull().default(0),
});
export type LedgerAccountRow = typeof ledgerAccounts.$inferSelect;

/** A double-entry ledger movement; append-only (a trigger refuses updates and deletes). */
export const ledgerEntries = pgTable('ledger_entries', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  fromAccount: text('from_account').notNull(),
  toAccount: text('to_account').notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: LEDGER_ENTRY_KINDS }).notNull(),
  ref: text('ref'),
  actorId: bigint('actor_id', { mode: 'number' }),
});
export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
