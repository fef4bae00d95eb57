import { type AreaRoutes, page } from '../../kit/routing';

/** The news area's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const newsRoutes: AreaRoutes = {
  public: [
    {
      path: 'news',
      lazy: page(
        ['news'],
        () => import('./pages/public/NewsListPage'),
        (m) => m.NewsListPage,
      ),
    },
    {
      path: 'news/:id',
      lazy: page(
        ['news'],
        () => import('./pages/public/NewsDetailPage'),
        (m) => m.NewsDetailPage,
      ),
    },
  ],
  admin: [
    {
      path: 'admin/news',
      lazy: page(
        ['news'],
        () => import('./pages/admin/AdminNewsPage'),
        (m) => m.AdminNewsPage,
      ),
    },
    {
      path: 'admin/news/new',
      lazy: page(
        ['news'],
        () => import('./pages/admin/NewsEditorPage'),
        (m) => m.NewsEditorPage,
      ),
    },
    {
      path: 'admin/news/:id/edit',
      lazy: page(
        ['news'],
        () => import('./pages/admin/NewsEditorPage'),
        (m) => m.NewsEditorPage,
      ),
    },
  ],
};
