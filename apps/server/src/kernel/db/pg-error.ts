/** The PostgreSQL error behind an exception (Drizzle wraps the driver's error in `cause`). */
export function pgError(err: unknown): { code: string; constraint?: string } | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const c = e as { code?: unknown; constraint?: string; cause?: unknown };
    if (typeof c.code === 'string' && /^[0-9A-Z]{5}$/.test(c.code)) return { code: c.code, constraint: c.constraint };
    e = c.cause;
  }
  return undefined;
}

export const isUniqueViolation = (err: unknown, constraint?: string): boolean => {
  const pe = pgError(err);
  return pe?.code === '23505' && (constraint === undefined || pe.constraint === constraint);
};

/** SQLSTATEs of a database that is going away or not reachable (terminated backends, shutdown, too many clients). */
const UNAVAILABLE = /^(57P0[1-3]|08\d{3}|53300)$/;

/** Whether an error means the database is unreachable for now, rather than that the request was wrong. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const code = pgError(err)?.code;
  if (code) return UNAVAILABLE.test(code);
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const c = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof c.code === 'string' && /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/.test(c.code)) return true;
    if (
      typeof c.message === 'string' &&
      /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect/i.test(
        c.message,
      )
    )
      return true;
    e = c.cause;
  }
  return false;
}
