import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Requests between partner platforms are signed: HMAC-SHA256 over method, path, timestamp and the body's SHA-256. */
export const HEADERS = {
  region: 'x-region',
  timestamp: 'x-timestamp',
  signature: 'x-signature',
  idempotency: 'idempotency-key',
} as const;
export const MAX_SKEW_MS = 5 * 60_000;

export const sha256hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function signature(secret: string, method: string, path: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret)
    .update(`${method.toUpperCase()}\n${path}\n${timestamp}\n${sha256hex(body)}`)
    .digest('hex');
}

export function signatureMatches(
  secret: string,
  method: string,
  path: string,
  timestamp: string,
  body: string,
  given: string,
): boolean {
  const expected = Buffer.from(signature(secret, method, path, timestamp, body), 'hex');
  const actual = Buffer.from(/^[0-9a-f]{64}$/.test(given) ? given : '', 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The headers of a signed request. */
export function signedHeaders(
  region: string,
  secret: string,
  method: string,
  path: string,
  body: string,
  now: Date,
  idempotencyKey?: string,
) {
  const timestamp = String(now.getTime());
  return {
    'content-type': 'application/json',
    [HEADERS.region]: region,
    [HEADERS.timestamp]: timestamp,
    [HEADERS.signature]: signature(secret, method, path, timestamp, body),
    ...(idempotencyKey ? { [HEADERS.idempotency]: idempotencyKey } : {}),
  };
}
