import type { RouteObject } from 'react-router';
import { page } from '../../../kit/routing';

/** The policy items' pages; `policies/items/:id` is more specific than `policies/:id`, so the two never clash. */
export const itemRoutes: { public: RouteObject[]; admin: RouteObject[] } = {
  public: [
    {
      path: 'policies/items/:id',
      lazy: page(
        ['policy'],
        () => import('./pages/ItemPage'),
        (m) => m.ItemPage,
      ),
    },
  ],
  admin: [
    {
      path: 'admin/policy-items/new',
      lazy: page(
        ['policy'],
        () => import('./pages/ItemFormPage'),
        (m) => m.ItemFormPage,
      ),
    },
    {
      path: 'admin/policy-items/:id/edit',
      lazy: page(
        ['policy'],
        () => import('./pages/ItemFormPage'),
        (m) => m.ItemFormPage,
      ),
    },
    {
      path: 'admin/policy-items/:id/simulation',
      lazy: page(
        ['policy'],
        () => import('./pages/SimulationPage'),
        (m) => m.SimulationPage,
      ),
    },
  ],
};
