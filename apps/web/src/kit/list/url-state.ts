import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { applyPatch, type UrlPatch } from './list-state';

export { readInt, readList, readOne, readString, type UrlPatch } from './list-state';

/** List pages keep their filters, sort and page in the query string, so a view can be bookmarked and shared. */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (patch: UrlPatch, options: { resetPage?: boolean } = {}) => {
      setParams((prev) => applyPatch(prev, patch, options), { replace: true });
    },
    [setParams],
  );
  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { params, update, reset };
}
