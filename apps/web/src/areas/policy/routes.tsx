import { type AreaRoutes, page } from '../../kit/routing';
import { itemRoutes } from './items/routes';

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
    {
      path: 'policies/check',
      lazy: page(
        ['policy', 'cultivation'],
        () => import('./fits/pages/PolicyCheckPage'),
        (m) => m.PolicyCheckPage,
      ),
    },
    {
      path: 'policies/notices',
      lazy: page(
        ['policy'],
        () => import('./applications/pages/NoticesPage'),
        (m) => m.NoticesPage,
      ),
    },
    ...itemRoutes.public,
  ],
  admin: [
    ...itemRoutes.admin,
    {
      path: 'admin/policy-supervision',
      lazy: page(
        ['policy'],
        () => import('./supervision/pages/SupervisionPage'),
        (m) => m.SupervisionPage,
      ),
    },
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
    {
      path: 'admin/policy-applications',
      lazy: page(
        ['policy'],
        () => import('./applications/pages/AdminApplicationsPage'),
        (m) => m.AdminApplicationsPage,
      ),
    },
    {
      path: 'admin/policy-applications/auto',
      lazy: page(
        ['policy'],
        () => import('./applications/pages/AutoConfirmPage'),
        (m) => m.AutoConfirmPage,
      ),
    },
    {
      path: 'admin/policy-applications/:id',
      lazy: page(
        ['policy', 'materials'],
        () => import('./applications/pages/ReviewPage'),
        (m) => m.ReviewPage,
      ),
    },
    {
      path: 'admin/policy-holidays',
      lazy: page(
        ['policy'],
        () => import('./applications/pages/HolidaysPage'),
        (m) => m.HolidaysPage,
      ),
    },
  ],
  member: [
    {
      path: 'my/policies',
      lazy: page(
        ['policy', 'cultivation'],
        () => import('./fits/pages/MyPoliciesPage'),
        (m) => m.MyPoliciesPage,
      ),
    },
    {
      path: 'my/policy-applications',
      lazy: page(
        ['policy'],
        () => import('./applications/pages/MyApplicationsPage'),
        (m) => m.MyApplicationsPage,
      ),
    },
    {
      path: 'my/policy-applications/apply/:itemId',
      lazy: page(
        ['policy'],
        () => import('./applications/pages/StartApplicationPage'),
        (m) => m.StartApplicationPage,
      ),
    },
    {
      path: 'my/policy-applications/:id',
      lazy: page(
        ['policy', 'materials'],
        () => import('./applications/pages/ApplicationPage'),
        (m) => m.ApplicationPage,
      ),
    },
  ],
  evaluator: [
    {
      path: 'evaluation/policies',
      lazy: page(
        ['policy'],
        () => import('./supervision/pages/EvaluationPage'),
        (m) => m.EvaluationPage,
      ),
    },
  ],
};
