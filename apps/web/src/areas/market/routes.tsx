import { type AreaRoutes, page } from '../../kit/routing';

const detail = page(
  ['market'],
  () => import('./pages/public/AchievementPage'),
  (m) => m.AchievementPage,
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
  ],
};
