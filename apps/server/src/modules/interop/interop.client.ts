import { sql } from 'drizzle-orm';
import type { Clock } from '../../kernel/clock.ts';
import type { Tx } from '../../kernel/db/connection.ts';
import { AppError } from '../../kernel/errors.ts';
import { interopErrors } from './interop.errors.ts';
import { signedHeaders } from './interop.signing.ts';

/** Calls a partner region's machine API with a signed request; a coded refusal comes back as that code. */
export async function callPartner<T>(
  tx: Tx,
  ctx: { ownRegion: string; clock: Clock },
  region: string,
  path: string,
  body: unknown,
  idempotencyKey?: string,
): Promise<T> {
  const { rows } = await tx.execute(
    sql`SELECT base_url, secret FROM partner_regions WHERE code = ${region} AND active`,
  );
  const partner = rows[0] as { base_url: string; secret: string } | undefined;
  if (!partner) throw interopErrors.partnerNotFound();
  const url = new URL(`/api/v1/interop/vouchers/${path}`, partner.base_url);
  const text = JSON.stringify(body);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: signedHeaders(
        ctx.ownRegion,
        partner.secret,
        'POST',
        url.pathname,
        text,
        ctx.clock.now(),
        idempotencyKey,
      ),
      body: text,
      signal: AbortSignal.timeout(10_000),
    });
  } catch (err) {
    throw interopErrors.partner(`${region} did not answer: ${(err as Error).message}`);
  }
  const answer = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string } } & T;
  if (!res.ok) {
    const e = answer.error;
    throw e
      ? new AppError(e.code, res.status >= 500 ? 502 : res.status, `${region}: ${e.message}`)
      : interopErrors.partner(`${region} answered ${res.status}`);
  }
  return answer;
}
