import { type AreaRoutes, page } from '../../kit/routing';

/** The cultivation area's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const cultivationRoutes: AreaRoutes = {
  public: [
    {
      path: 'cultivation/calculator',
      lazy: page(
        ['cultivation'],
        () => import('./pages/public/CalculatorPage'),
        (m) => m.CalculatorPage,
      ),
    },
    {
      path: 'cultivation/rd-deduction',
      lazy: page(
        ['cultivation'],
        () => import('./pages/public/RdDeductionPage'),
        (m) => m.RdDeductionPage,
      ),
    },
  ],
  member: [
    {
      path: 'my/evaluations',
      lazy: page(
        ['cultivation'],
        () => import('./pages/member/MyEvaluationsPage'),
        (m) => m.MyEvaluationsPage,
      ),
    },
  ],
  admin: [
    {
      path: 'admin/cultivation/evaluations',
      lazy: page(
        ['cultivation'],
        () => import('./pages/admin/AdminEvaluationsPage'),
        (m) => m.AdminEvaluationsPage,
      ),
    },
    {
      path: 'admin/cultivation/batches',
      lazy: page(
        ['cultivation'],
        () => import('./pages/admin/AdminBatchPage'),
        (m) => m.AdminBatchPage,
      ),
    },
    {
      path: 'admin/cultivation/pool',
      lazy: page(
        ['cultivation'],
        () => import('./pages/admin/PoolPage'),
        (m) => m.PoolPage,
      ),
    },
    {
      path: 'admin/cultivation/pool/:orgId',
      lazy: page(
        ['cultivation'],
        () => import('./pages/admin/PoolCardPage'),
        (m) => m.PoolCardPage,
      ),
    },
  ],
};
