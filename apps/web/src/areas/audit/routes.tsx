import { type AreaRoutes, page } from '../../kit/routing';

/** The audit area's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const auditRoutes: AreaRoutes = {
  admin: [
    {
      path: 'admin/audit',
      lazy: page(
        ['audit'],
        () => import('./pages/admin/AuditPage'),
        (m) => m.AuditPage,
      ),
    },
  ],
};
