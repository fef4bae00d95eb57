import { pgError } from './pg-error.ts';

/** PostgreSQL's answers that say "try the same transaction again": deadlock detected, serialization failure. */
const RETRYABLE = new Set(['40P01', '40001']);
export const isRetryable = (err: unknown): boolean => RETRYABLE.has(pgError(err)?.code ?? '');

/**
 * Runs a transaction, and once more when PostgreSQL aborted it as a deadlock victim or for a serialization failure:
 * the second attempt starts afresh, and its failure (or any other error) goes to the caller.
 */
export async function retryOnce<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!isRetryable(err)) throw err;
    return run();
  }
}
