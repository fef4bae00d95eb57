import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type UrlPatch = Record<string, string | number | readonly string[] | null | undefined>;

/** List pages keep their filters, sort and page in the query string, so a view can be bookmarked and shared. */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (patch: UrlPatch, { resetPage = true }: { resetPage?: boolean } = {}) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            const text = Array.isArray(value)
              ? value.join(',')
              : value === null || value === undefined
                ? ''
                : String(value);
            if (text === '') next.delete(key);
            else next.set(key, text);
          }
          if (resetPage && !('page' in patch)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { params, update, reset };
}

export const readString = (p: URLSearchParams, key: string): string | undefined => p.get(key) || undefined;

export function readList<T extends string>(p: URLSearchParams, key: string, allowed?: readonly T[]): T[] | undefined {
  const raw = p.get(key);
  if (!raw) return undefined;
  const items = raw.split(',').filter((s) => s && (!allowed || (allowed as readonly string[]).includes(s))) as T[];
  return items.length > 0 ? items : undefined;
}

export function readInt(p: URLSearchParams, key: string, fallback: number): number;
export function readInt(p: URLSearchParams, key: string): number | undefined;
export function readInt(p: URLSearchParams, key: string, fallback?: number): number | undefined {
  const n = Number(p.get(key));
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function readOne<T extends string>(p: URLSearchParams, key: string, allowed: readonly T[]): T | undefined {
  const v = p.get(key);
  return v && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}
