import { ApiError } from '../kit/api/client';
import { hasKey, tKey } from './i18n';

/** A validation detail from the server: `{ path: '/org/uscc', message: 'uscc.invalid' }`. */
type Detail = { path?: string; message?: string };

function detailText(d: Detail): string | null {
  if (!d.message) return null;
  return hasKey(`validation.${d.message}`) ? tKey(`validation.${d.message}`) : null;
}

/**
 * What to tell a person about a failed request: the message for the error code in the current language, or the
 * server's own message when the code has none.
 */
export function errorMessage(err: unknown): string {
  if (!(err instanceof ApiError)) return tKey('errors:unknown');
  const key = `errors:${err.code}`;
  if (!hasKey(key)) return err.message || tKey('errors:unknown');
  const base = tKey(key);
  if (err.code === 'http.validation') {
    const extra = (err.details as Detail[]).map(detailText).filter(Boolean);
    if (extra.length > 0) return `${base}: ${[...new Set(extra)].join('; ')}`;
  }
  return base;
}
