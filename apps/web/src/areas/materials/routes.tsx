import { type AreaRoutes, page } from '../../kit/routing';

/** The materials vault's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const materialsRoutes: AreaRoutes = {
  member: [
    {
      path: 'my/materials',
      lazy: page(
        ['materials'],
        () => import('./pages/member/MyMaterialsPage'),
        (m) => m.MyMaterialsPage,
      ),
    },
  ],
  admin: [
    {
      path: 'admin/materials',
      lazy: page(
        ['materials'],
        () => import('./pages/admin/AdminMaterialsPage'),
        (m) => m.AdminMaterialsPage,
      ),
    },
  ],
};
