import { sql } from 'drizzle-orm';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { pgError } from '../../kernel/db/pg-error.ts';
import { AppError } from '../../kernel/errors.ts';
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

/**
 * The transport of 通用通兑: a partner region's signed request is authenticated (region, time window, signature, never
 * twice), and a change runs once per idempotency key with its answer stored beside it.
 */
export function createInteropService({ db, clock }: { db: Db; clock: Clock }) {
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
  };
}
export type InteropService = ReturnType<typeof createInteropService>;
