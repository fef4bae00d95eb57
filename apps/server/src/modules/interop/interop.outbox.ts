import { sql } from 'drizzle-orm';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { AppError } from '../../kernel/errors.ts';
import { callPartner } from './interop.client.ts';

export type OutboxMessage = {
  region: string;
  operation: 'hold' | 'confirm' | 'release';
  body: Record<string, unknown>;
  /** The partner answers each key once: a redelivery after a lost answer changes nothing twice. */
  idempotencyKey: string;
};

const MAX_ATTEMPTS = 10;
/** A claimed message whose delivery did not report back within this time is claimed again. */
const CLAIM_MS = 60_000;

/** Writes a call to a partner region inside the caller's transaction; it is delivered after the commit. */
export async function enqueue(tx: Tx, m: OutboxMessage): Promise<void> {
  await tx.execute(sql`
    INSERT INTO interop_outbox (region, operation, body, idempotency_key)
    VALUES (${m.region}, ${m.operation}, ${JSON.stringify(m.body)}::jsonb, ${m.idempotencyKey})
    ON CONFLICT (idempotency_key) DO NOTHING`);
}

/**
 * Delivers due messages: each is claimed for a minute (so that several instances share the work and a crashed one's
 * claims come back), sent outside any transaction, then marked sent with the answer. Transient failures (no answer,
 * 5xx) are retried with a growing delay; a coded refusal is final and kept as the message's error. Returns how many
 * messages it handled.
 */
export async function deliverDue(db: Db, ctx: { ownRegion: string; clock: Clock }, batch = 20): Promise<number> {
  const now = ctx.clock.now();
  const { rows } = await db.execute(sql`
    UPDATE interop_outbox SET status = 'sending', attempts = attempts + 1,
           next_attempt_at = ${new Date(now.getTime() + CLAIM_MS).toISOString()}
    WHERE id IN (
      SELECT id FROM interop_outbox WHERE status IN ('pending', 'sending') AND next_attempt_at <= ${now.toISOString()}
      ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED)
    RETURNING id, region, operation, body, idempotency_key, attempts`);
  for (const m of rows as {
    id: number;
    region: string;
    operation: string;
    body: unknown;
    idempotency_key: string;
    attempts: number;
  }[]) {
    try {
      const answer = await callPartner(db, ctx, m.region, m.operation, m.body, m.idempotency_key);
      await db.execute(sql`
        UPDATE interop_outbox SET status = 'sent', sent_at = ${ctx.clock.now().toISOString()},
               answer = ${JSON.stringify(answer)}::jsonb, last_error = NULL
        WHERE id = ${m.id}`);
    } catch (err) {
      const transient = !(err instanceof AppError) || err.status >= 500;
      const message = err instanceof AppError ? `${err.code}: ${err.message}` : String(err);
      const retry = transient && m.attempts < MAX_ATTEMPTS;
      const delayMs = 30_000 * 2 ** Math.min(m.attempts - 1, 8);
      await db.execute(sql`
        UPDATE interop_outbox SET status = ${retry ? 'pending' : 'failed'}, last_error = ${message.slice(0, 500)},
               next_attempt_at = ${new Date(ctx.clock.now().getTime() + delayMs).toISOString()}
        WHERE id = ${m.id}`);
    }
  }
  return rows.length;
}
