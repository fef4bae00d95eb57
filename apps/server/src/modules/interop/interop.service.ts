import { sql } from 'drizzle-orm';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { pgError } from '../../kernel/db/pg-error.ts';
import { AppError } from '../../kernel/errors.ts';
import { account, balanceOf, transfer } from '../voucher/ledger.ts';
import { voucherErrors } from '../voucher/voucher.errors.ts';
import { interopErrors } from './interop.errors.ts';
import { MAX_SKEW_MS, sha256hex, signatureMatches } from './interop.signing.ts';

export type SignedRequest = {
  method: string;
  path: string;
  region?: string;
  timestamp?: string;
  signature?: string;
  body: string;
};

type VoucherRow = {
  id: number;
  number: string;
  status: string;
  valid_until: string;
  categories: string[];
  coverage_percent: string;
  scheme_id: number;
};

/** The machine API partner regions call on our vouchers: verify, hold, confirm, release. */
export function createInteropService({ db, clock }: { db: Db; clock: Clock }) {
  async function voucherByNumber(tx: Tx, number: string): Promise<VoucherRow> {
    const { rows } = await tx.execute(sql`
      SELECT v.id, v.number, v.status, v.valid_until, s.categories, s.coverage_percent, v.scheme_id
      FROM vouchers v JOIN voucher_schemes s ON s.id = v.scheme_id WHERE v.number = ${number}`);
    if (!rows[0]) throw voucherErrors.notFound();
    return rows[0] as VoucherRow;
  }

  return {
    /**
     * Checks the region, the timestamp window and the signature, and remembers the signature so that the same signed
     * request is accepted once. Returns the region's code.
     */
    async authenticate(r: SignedRequest): Promise<string> {
      if (!r.region) throw interopErrors.unknownRegion();
      const { rows } = await db.execute(sql`SELECT secret FROM partner_regions WHERE code = ${r.region} AND active`);
      const secret = rows[0]?.secret as string | undefined;
      if (!secret) throw interopErrors.unknownRegion();
      const ts = Number(r.timestamp);
      if (!Number.isFinite(ts) || Math.abs(clock.now().getTime() - ts) > MAX_SKEW_MS) throw interopErrors.stale();
      if (!signatureMatches(secret, r.method, r.path, r.timestamp ?? '', r.body, r.signature ?? ''))
        throw interopErrors.badSignature();
      try {
        await db.execute(
          sql`INSERT INTO interop_signatures (region, signature, seen_at) VALUES (${r.region}, ${r.signature}, ${clock.now().toISOString()})`,
        );
      } catch (err) {
        if (pgError(err)?.code === '23505') throw interopErrors.replay();
        throw err;
      }
      // Signatures older than the window can never be accepted again anyway.
      await db.execute(
        sql`DELETE FROM interop_signatures WHERE seen_at < ${new Date(clock.now().getTime() - 2 * MAX_SKEW_MS).toISOString()}`,
      );
      return r.region;
    },

    /**
     * Runs a change once per (region, idempotency key): the answer — success or coded refusal — is stored in the same
     * transaction as the change, and a repeat of the key with the same request gets the stored answer.
     */
    async idempotent(region: string, key: string | undefined, r: SignedRequest, run: (tx: Tx) => Promise<unknown>) {
      if (!key || key.length < 8 || key.length > 128) throw interopErrors.idempotencyRequired();
      const hash = sha256hex(`${r.method}\n${r.path}\n${r.body}`);
      return db.transaction(async (tx) => {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${region}), hashtext(${key}))`);
        const { rows } = await tx.execute(
          sql`SELECT request_hash, status_code, response FROM interop_requests WHERE region = ${region} AND idempotency_key = ${key}`,
        );
        const stored = rows[0] as { request_hash: string; status_code: number; response: unknown } | undefined;
        if (stored) {
          if (stored.request_hash !== hash) throw interopErrors.idempotencyMismatch();
          return { status: stored.status_code, body: stored.response };
        }
        let status = 200;
        let body: unknown;
        try {
          await tx.execute(sql`SAVEPOINT interop_op`);
          body = await run(tx);
          await tx.execute(sql`RELEASE SAVEPOINT interop_op`);
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          // A refusal is an answer too: undo the attempt, keep the answer for the key.
          await tx.execute(sql`ROLLBACK TO SAVEPOINT interop_op`);
          status = err.status;
          body = { error: { code: err.code, message: err.message } };
        }
        await tx.execute(sql`
          INSERT INTO interop_requests (region, idempotency_key, request_hash, status_code, response)
          VALUES (${region}, ${key}, ${hash}, ${status}, ${JSON.stringify(body)}::jsonb)`);
        return { status, body };
      });
    },

    async verify(number: string) {
      const v = await voucherByNumber(db, number);
      const balance = await balanceOf(db, account.voucher(Number(v.id)));
      const expired = v.status === 'expired' || new Date(v.valid_until) <= clock.now();
      return {
        number: v.number,
        status: expired ? 'expired' : v.status,
        balance,
        coveragePercent: Number(v.coverage_percent),
        validUntil: new Date(v.valid_until).toISOString(),
        categories: v.categories,
      };
    },

    async hold(tx: Tx, region: string, b: { number: string; amount: number; orderRef: string; category: string }) {
      const v = await voucherByNumber(tx, b.number);
      if (v.status === 'suspended') throw voucherErrors.suspended();
      if (v.status === 'expired' || new Date(v.valid_until) <= clock.now()) throw voucherErrors.expired();
      if (!v.categories.includes(b.category)) throw voucherErrors.ineligibleCategory();
      const balance = await balanceOf(tx, account.voucher(Number(v.id)), true);
      if (balance < b.amount) throw voucherErrors.insufficientBalance(undefined, [{ balance }]);
      const now = clock.now();
      const { rows } = await tx.execute(sql`
        INSERT INTO interop_holds (region, voucher_id, amount, order_ref, category, created_at)
        VALUES (${region}, ${v.id}, ${b.amount}, ${b.orderRef}, ${b.category}, ${now.toISOString()}) RETURNING id`);
      const holdId = Number(rows[0]?.id);
      await transfer(tx, {
        from: account.voucher(Number(v.id)),
        to: account.partnerHold(holdId),
        amount: b.amount,
        kind: 'hold',
        ref: `${region}:${b.orderRef}`,
        at: now,
      });
      await recordAudit(tx, null, {
        action: 'interop.hold',
        entity: 'voucher',
        entityId: Number(v.id),
        after: { region, holdId, ...b },
      });
      return { holdId, number: v.number, amount: b.amount, balance: balance - b.amount };
    },

    /** Confirms (part of) a hold: that much is owed to the partner region, which pays its provider; the rest returns. */
    async confirm(tx: Tx, region: string, b: { holdId: number; amount: number }) {
      const h = await openHold(tx, region, b.holdId);
      if (b.amount > Number(h.amount)) throw interopErrors.overConfirm();
      const now = clock.now();
      if (b.amount > 0)
        await transfer(tx, {
          from: account.partnerHold(Number(h.id)),
          to: account.partner(region),
          amount: b.amount,
          kind: 'consume',
          ref: `${region}:${h.order_ref}`,
          at: now,
        });
      if (Number(h.amount) - b.amount > 0)
        await transfer(tx, {
          from: account.partnerHold(Number(h.id)),
          to: account.voucher(Number(h.voucher_id)),
          amount: Number(h.amount) - b.amount,
          kind: 'release',
          ref: `${region}:${h.order_ref}`,
          at: now,
        });
      await tx.execute(
        sql`UPDATE interop_holds SET status = 'confirmed', confirmed_amount = ${b.amount}, closed_at = ${now.toISOString()} WHERE id = ${h.id}`,
      );
      await recordAudit(tx, null, {
        action: 'interop.confirm',
        entity: 'voucher',
        entityId: Number(h.voucher_id),
        after: { region, holdId: h.id, amount: b.amount },
      });
      return { holdId: Number(h.id), status: 'confirmed', amount: b.amount };
    },

    async release(tx: Tx, region: string, b: { holdId: number }) {
      const h = await openHold(tx, region, b.holdId);
      const now = clock.now();
      await transfer(tx, {
        from: account.partnerHold(Number(h.id)),
        to: account.voucher(Number(h.voucher_id)),
        amount: Number(h.amount),
        kind: 'release',
        ref: `${region}:${h.order_ref}`,
        at: now,
      });
      await tx.execute(
        sql`UPDATE interop_holds SET status = 'released', closed_at = ${now.toISOString()} WHERE id = ${h.id}`,
      );
      await recordAudit(tx, null, {
        action: 'interop.release',
        entity: 'voucher',
        entityId: Number(h.voucher_id),
        after: { region, holdId: h.id },
      });
      return { holdId: Number(h.id), status: 'released' };
    },
  };
}
export type InteropService = ReturnType<typeof createInteropService>;

async function openHold(tx: Tx, region: string, id: number) {
  const { rows } = await tx.execute(
    sql`SELECT * FROM interop_holds WHERE id = ${id} AND region = ${region} FOR UPDATE`,
  );
  const h = rows[0] as
    | { id: number; voucher_id: number; amount: number; order_ref: string; status: string }
    | undefined;
  if (!h) throw interopErrors.holdNotFound();
  if (h.status !== 'held') throw interopErrors.holdClosed();
  return h;
}
