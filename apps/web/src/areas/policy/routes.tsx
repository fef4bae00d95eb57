import { type AreaRoutes, page } from '../../kit/routing';

/** The policy library's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const policyRoutes: AreaRoutes = {
  public: [
    {
      path: 'policies',
      lazy: page(
        ['policy'],
        () => import('./pages/public/PoliciesPage'),
        (m) => m.PoliciesPage,
      ),
    },
    {
      path: 'policies/:id',
      lazy: page(
        ['policy'],
        () => import('./pages/public/PolicyDetailPage'),
        (m) => m.PolicyDetailPage,
      ),
    },
  ],
  admin: [
    {
      path: 'admin/policies',
      lazy: page(
        ['policy'],
        () => import('./pages/admin/AdminPoliciesPage'),
        (m) => m.AdminPoliciesPage,
      ),
    },
    {
      path: 'admin/policies/new',
      lazy: page(
        ['policy'],
        () => import('./pages/admin/PolicyFormPage'),
        (m) => m.PolicyFormPage,
      ),
    },
    {
      path: 'admin/policies/:id/edit',
      lazy: page(
        ['policy'],
        () => import('./pages/admin/PolicyFormPage'),
        (m) => m.PolicyFormPage,
      ),
    },
    {
      path: 'admin/policies/import',
      lazy: page(
        ['policy'],
        () => import('./pages/admin/PolicyImportPage'),
        (m) => m.PolicyImportPage,
      ),
    },
  ],
};
