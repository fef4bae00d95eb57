import { type AreaRoutes, page } from '../../kit/routing';

/** The sharing area's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const sharingRoutes: AreaRoutes = {
  admin: [
    {
      path: 'admin/sharing',
      lazy: page(
        ['sharing'],
        () => import('./pages/admin/SharingPage'),
        (m) => m.SharingPage,
      ),
    },
  ],
};
