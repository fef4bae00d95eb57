import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { loadNamespaces, type Namespace } from '../app/i18n';

/** An area's route objects by audience; app/router.tsx puts each audience behind its guard. */
export type AreaRoutes = Partial<Record<'public' | 'member' | 'provider' | 'admin' | 'evaluator', RouteObject[]>>;

/**
 * A page loaded on first use, together with the dictionaries (in the current language) of the areas it shows, so
 * that it renders with its strings in place.
 */
export function page<M>(namespaces: Namespace[], load: () => Promise<M>, pick: (m: M) => ComponentType) {
  return async () => {
    const [m] = await Promise.all([load(), loadNamespaces(...namespaces)]);
    return { Component: pick(m) };
  };
}
