import { type AreaRoutes, page } from '../../kit/routing';

const detail = page(
  ['market'],
  () => import('./pages/public/AchievementPage'),
  (m) => m.AchievementPage,
);
const needDetail = page(
  ['market'],
  () => import('./pages/public/NeedPage'),
  (m) => m.NeedPage,
);
const needForm = page(
  ['market'],
  () => import('./pages/member/NeedFormPage'),
  (m) => m.NeedFormPage,
);
const form = page(
  ['market'],
  () => import('./pages/member/AchievementFormPage'),
  (m) => m.AchievementFormPage,
);

/** The technology market's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const marketRoutes: AreaRoutes = {
  public: [
    {
      path: 'market',
      lazy: page(
        ['market'],
        () => import('./pages/public/MarketPage'),
        (m) => m.MarketPage,
      ),
    },
    { path: 'market/achievements/:id', lazy: detail },
    { path: 'market/needs/:id', lazy: needDetail },
  ],
  member: [
    {
      path: 'my/market/achievements',
      lazy: page(
        ['market'],
        () => import('./pages/member/MyAchievementsPage'),
        (m) => m.MyAchievementsPage,
      ),
    },
    { path: 'my/market/achievements/new', lazy: form },
    { path: 'my/market/achievements/:id/edit', lazy: form },
    { path: 'my/market/achievements/:id', lazy: detail },
    {
      path: 'my/market/needs',
      lazy: page(
        ['market'],
        () => import('./pages/member/MyNeedsPage'),
        (m) => m.MyNeedsPage,
      ),
    },
    { path: 'my/market/needs/new', lazy: needForm },
    { path: 'my/market/needs/:id/edit', lazy: needForm },
    { path: 'my/market/needs/:id', lazy: needDetail },
  ],
  admin: [
    {
      path: 'admin/market/achievements',
      lazy: page(
        ['market'],
        () => import('./pages/admin/AdminAchievementsPage'),
        (m) => m.AdminAchievementsPage,
      ),
    },
    { path: 'admin/market/achievements/:id', lazy: detail },
    {
      path: 'admin/market/needs',
      lazy: page(
        ['market'],
        () => import('./pages/admin/AdminNeedsPage'),
        (m) => m.AdminNeedsPage,
      ),
    },
    { path: 'admin/market/needs/:id', lazy: needDetail },
    {
      path: 'admin/market/brokers',
      lazy: page(
        ['market'],
        () => import('./pages/admin/AdminBrokersPage'),
        (m) => m.AdminBrokersPage,
      ),
    },
    {
      path: 'admin/market/synonyms',
      lazy: page(
        ['market'],
        () => import('./pages/admin/AdminSynonymsPage'),
        (m) => m.AdminSynonymsPage,
      ),
    },
  ],
};
