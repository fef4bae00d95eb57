import { type AreaRoutes, page } from '../../kit/routing';

/** The org area's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const orgRoutes: AreaRoutes = {
  public: [
    {
      path: 'orgs',
      lazy: page(
        ['org'],
        () => import('./pages/public/OrgDirectoryPage'),
        (m) => m.OrgDirectoryPage,
      ),
    },
  ],
  member: [
    {
      path: 'my/org',
      lazy: page(
        ['org'],
        () => import('./pages/member/MyOrgPage'),
        (m) => m.MyOrgPage,
      ),
    },
  ],
  admin: [
    {
      path: 'admin/orgs',
      lazy: page(
        ['org'],
        () => import('./pages/admin/AdminOrgsPage'),
        (m) => m.AdminOrgsPage,
      ),
    },
    {
      path: 'admin/orgs/new',
      lazy: page(
        ['org'],
        () => import('./pages/admin/AdminOrgCreatePage'),
        (m) => m.AdminOrgCreatePage,
      ),
    },
    {
      path: 'admin/orgs/import',
      lazy: page(
        ['org'],
        () => import('./pages/admin/OrgImportPage'),
        (m) => m.OrgImportPage,
      ),
    },
    {
      path: 'admin/orgs/fact-changes',
      lazy: page(
        ['org'],
        () => import('./pages/admin/AdminFactChangesPage'),
        (m) => m.AdminFactChangesPage,
      ),
    },
    {
      path: 'admin/orgs/:id',
      lazy: page(
        ['catalog', 'identity', 'org'],
        () => import('./pages/admin/AdminOrgDetailPage'),
        (m) => m.AdminOrgDetailPage,
      ),
    },
  ],
};
