import { sql } from 'drizzle-orm';
import type { Tx } from '../../../kernel/db/connection.ts';
import { pgError } from '../../../kernel/db/pg-error.ts';
import { voucherErrors } from '../voucher.errors.ts';

export { type AccountKind, account, accountSql, type EntryKind } from './accounts.ts';

import type { AccountKind, EntryKind } from './accounts.ts';

const kindOf = (code: string) => code.split(':')[0] as AccountKind;

/**
 * Moves money between two ledger accounts: one append-only entry; the trigger keeps both balances, and the CHECK on
 * ledger_accounts refuses any balance below zero, so no fen is spent twice even when requests race.
 */
export async function transfer(
  tx: Tx,
  t: {
    from: string;
    to: string;
    amount: number;
    kind: EntryKind;
    ref?: string;
    actorId?: number | null;
    at?: Date;
    /** Both accounts are known to exist (the caller just locked or created them): skip creating them. */
    accountsExist?: boolean;
  },
): Promise<void> {
  if (!Number.isInteger(t.amount) || t.amount <= 0) throw new Error(`ledger: bad amount ${t.amount}`);
  if (!t.accountsExist)
    await tx.execute(sql`
      INSERT INTO ledger_accounts (code, kind) VALUES (${t.from}, ${kindOf(t.from)}), (${t.to}, ${kindOf(t.to)})
      ON CONFLICT (code) DO NOTHING`);
  try {
    await tx.execute(sql`
      INSERT INTO ledger_entries (from_account, to_account, amount, kind, ref, actor_id, at)
      VALUES (${t.from}, ${t.to}, ${t.amount}, ${t.kind}, ${t.ref ?? null}, ${t.actorId ?? null}, ${(t.at ?? new Date()).toISOString()})`);
  } catch (err) {
    const pe = pgError(err);
    if (pe?.code === '23514' && pe.constraint === 'ledger_accounts_not_negative')
      throw voucherErrors.insufficientBalance();
    throw err;
  }
}

/** The balance of an account, locking its row for the rest of the transaction when asked. */
export async function balanceOf(tx: Tx, code: string, lock = false): Promise<number> {
  const { rows } = lock
    ? await tx.execute(sql`SELECT balance FROM ledger_accounts WHERE code = ${code} FOR UPDATE`)
    : await tx.execute(sql`SELECT balance FROM ledger_accounts WHERE code = ${code}`);
  return Number(rows[0]?.balance ?? 0);
}
