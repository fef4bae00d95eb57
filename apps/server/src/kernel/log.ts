import { pgError } from './db/pg-error.ts';

type Serialised = { type: string; message: string; stack: string; sqlstate?: string; constraint?: string };

/**
 * How errors are written to the log: type, message and stack, and for a failed statement only its SQLSTATE and
 * constraint. The statement and its parameters (which may hold password hashes or personal data) never reach the log.
 */
export function serialiseError(err: Error): Serialised {
  const e: Error = err instanceof Error ? err : new Error(String(err));
  const pe = pgError(e);
  const failedQuery = 'query' in e || 'params' in e || /^Failed query/.test(e.message);
  // The stack of a failed query starts with its message (the statement and parameters): only its frames are kept.
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((line) => line.startsWith('    at '))
    .join('\n');
  return {
    type: e.name,
    message: failedQuery ? 'Failed query' : e.message,
    stack: failedQuery ? `${e.name}: Failed query\n${frames}` : (e.stack ?? ''),
    ...(pe ? { sqlstate: pe.code, ...(pe.constraint ? { constraint: pe.constraint } : {}) } : {}),
  };
}
