import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { NewRedemptionCode, RedemptionCodeStatus } from '@cz/shared';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../kernel/actor.ts';
import { isAdmin } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit/audit.ts';
import type { Clock } from '../../../kernel/clock.ts';
import type { Db, Tx } from '../../../kernel/db/connection.ts';
import { commonErrors } from '../../../kernel/errors.ts';
import { voucherErrors } from '../voucher.errors.ts';

/** Wrong codes in a row after which a voucher takes no partner hold until its holder sets a new code. */
export const MAX_CODE_FAILURES = 5;

// Crockford's base 32: no I, L, O or U, so a code read aloud or retyped survives. Ten characters are 50 bits: with
// five tries before the lock, a guess succeeds about once in 2 × 10^14.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;
const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

/** The code as typed, in its canonical form: upper case, no spaces or hyphens, O read as 0 and I or L as 1. */
export const normaliseCode = (code: string) =>
  code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

function newCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

async function hashCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(normaliseCode(code), salt, 32);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

async function codeMatches(code: string, stored: string): Promise<boolean> {
  const [, salt = '', hash = ''] = stored.split('$');
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(normaliseCode(code), Buffer.from(salt, 'base64'), expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

type CodeRow = { code_hash: string; created_at: string | Date; failures: number };

/**
 * The holder's redemption code of a voucher, which a partner region must send with the voucher's number to hold it
 * (docs/INTEROP.md): random, shown to the holder once, kept only as a hash, set anew by the holder at will.
 */
export function createRedemptionCodes({ db, clock }: { db: Db; clock: Clock }) {
  async function voucherOf(actor: Actor | null, voucherId: number, mayRead: 'holder' | 'holder-or-admin') {
    if (!actor) throw commonErrors.unauthenticated();
    const { rows } = await db.execute(sql`SELECT id, org_id FROM vouchers WHERE id = ${voucherId}`);
    const v = rows[0] as { id: number; org_id: number } | undefined;
    const holder = v !== undefined && Number(v.org_id) === actor.orgId;
    if (!v || !(holder || (mayRead === 'holder-or-admin' && isAdmin(actor)))) throw voucherErrors.notFound();
    return v;
  }

  return {
    async status(actor: Actor | null, voucherId: number): Promise<RedemptionCodeStatus> {
      await voucherOf(actor, voucherId, 'holder-or-admin');
      const { rows } = await db.execute(
        sql`SELECT code_hash, created_at, failures FROM voucher_redemption_codes WHERE voucher_id = ${voucherId}`,
      );
      const row = rows[0] as CodeRow | undefined;
      return {
        setAt: row ? new Date(row.created_at).toISOString() : null,
        failures: row ? Number(row.failures) : 0,
        locked: row ? Number(row.failures) >= MAX_CODE_FAILURES : false,
      };
    },

    /** Sets a new code (the old one stops working) and clears the count of wrong ones; only the holder may. */
    async regenerate(actor: Actor | null, voucherId: number): Promise<NewRedemptionCode> {
      const v = await voucherOf(actor, voucherId, 'holder');
      const code = newCode();
      const codeHash = await hashCode(code);
      const now = clock.now();
      await db.transaction(async (tx) => {
        await tx.execute(sql`
          INSERT INTO voucher_redemption_codes (voucher_id, code_hash, created_at, created_by, failures)
          VALUES (${v.id}, ${codeHash}, ${now.toISOString()}, ${actor?.userId ?? null}, 0)
          ON CONFLICT (voucher_id) DO UPDATE SET code_hash = EXCLUDED.code_hash, created_at = EXCLUDED.created_at,
            created_by = EXCLUDED.created_by, failures = 0, last_failure_at = NULL`);
        await recordAudit(tx, actor, {
          action: 'voucher.redemption_code',
          entity: 'voucher',
          entityId: Number(v.id),
          after: { setAt: now.toISOString() },
        });
      });
      return { code, setAt: now.toISOString() };
    },

    /**
     * Checks the code a partner region sent for a hold, inside the hold's transaction. A wrong code is counted and
     * audited in a transaction of its own, so the count survives the refusal that undoes the hold's.
     */
    async check(tx: Tx, voucherId: number, code: string, region: string) {
      const { rows } = await tx.execute(
        sql`SELECT code_hash, created_at, failures FROM voucher_redemption_codes WHERE voucher_id = ${voucherId}`,
      );
      const row = rows[0] as CodeRow | undefined;
      if (row && Number(row.failures) >= MAX_CODE_FAILURES) throw voucherErrors.codeLocked();
      if (row && (await codeMatches(code, row.code_hash))) {
        if (Number(row.failures) > 0)
          await tx.execute(sql`UPDATE voucher_redemption_codes SET failures = 0 WHERE voucher_id = ${voucherId}`);
        return;
      }
      const now = clock.now().toISOString();
      await db.transaction(async (own) => {
        const { rows: counted } = await own.execute(sql`
          UPDATE voucher_redemption_codes SET failures = failures + 1, last_failure_at = ${now}
          WHERE voucher_id = ${voucherId} RETURNING failures`);
        await recordAudit(own, null, {
          action: 'interop.code_refused',
          entity: 'voucher',
          entityId: voucherId,
          after: { region, failures: counted[0] ? Number(counted[0].failures) : null, codeSet: row !== undefined },
        });
      });
      throw voucherErrors.codeMismatch();
    },
  };
}
export type RedemptionCodes = ReturnType<typeof createRedemptionCodes>;
