import type { PolicyItem } from '@cz/shared/policy';
import { type CompiledCondition, compileCondition, manualConditions } from '@cz/shared/policy';

/**
 * Items' conditions compiled once per version of the item (its id and last change), for every judgement that needs
 * the result only: the runs over the registry, and the first pass of "policies that fit me", which explains only the
 * items that are not plainly out of reach.
 */
export function createCompiledItems(limit = 5000) {
  const cache = new Map<string, { fn: CompiledCondition; manual: boolean }>();
  return (item: PolicyItem) => {
    const key = `${item.id}:${item.updatedAt}`;
    let c = cache.get(key);
    if (!c) {
      if (cache.size >= limit) cache.clear();
      c = { fn: compileCondition(item.condition), manual: manualConditions(item.condition).length > 0 };
      cache.set(key, c);
    }
    return c;
  };
}
export type CompiledItems = ReturnType<typeof createCompiledItems>;
