import { type AreaRoutes, page } from '../../kit/routing';

/** The interop area's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const interopRoutes: AreaRoutes = {
  admin: [
    {
      path: 'admin/interop/partners',
      lazy: page(
        ['interop'],
        () => import('./pages/admin/PartnersPage'),
        (m) => m.PartnersPage,
      ),
    },
  ],
};
