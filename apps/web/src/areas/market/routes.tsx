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

const dealPage = page(
  ['market'],
  () => import('./pages/member/DealPage'),
  (m) => m.DealPage,
);
const contractPage = page(
  ['market'],
  () => import('./pages/member/ContractPage'),
  (m) => m.ContractPage,
);
const contractForm = page(
  ['market'],
  () => import('./pages/member/ContractFormPage'),
  (m) => m.ContractFormPage,
);
const cataloguePage = page(
  ['market'],
  () => import('./pages/public/CataloguePage'),
  (m) => m.CataloguePage,
);
const eventPage = page(
  ['market'],
  () => import('./pages/public/EventPage'),
  (m) => m.EventPage,
);
const eventForm = page(
  ['market'],
  () => import('./pages/admin/EventFormPage'),
  (m) => m.EventFormPage,
);
const registrationPage = page(
  ['market'],
  () => import('./pages/member/RegistrationPage'),
  (m) => m.RegistrationPage,
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
    {
      path: 'market/catalogues',
      lazy: page(
        ['market'],
        () => import('./pages/public/CataloguesPage'),
        (m) => m.CataloguesPage,
      ),
    },
    { path: 'market/catalogues/:id', lazy: cataloguePage },
    {
      path: 'market/patents',
      lazy: page(
        ['market'],
        () => import('./pages/public/PatentsPage'),
        (m) => m.PatentsPage,
      ),
    },
    {
      path: 'market/events',
      lazy: page(
        ['market'],
        () => import('./pages/public/EventsPage'),
        (m) => m.EventsPage,
      ),
    },
    { path: 'market/events/:id', lazy: eventPage },
    {
      path: 'verify/contract/:number?',
      lazy: page(
        ['market'],
        () => import('./pages/public/VerifyRegistrationPage'),
        (m) => m.VerifyRegistrationPage,
      ),
    },
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
    {
      path: 'my/market/deals',
      lazy: page(
        ['market'],
        () => import('./pages/member/MyDealsPage'),
        (m) => m.MyDealsPage,
      ),
    },
    { path: 'my/market/deals/:id', lazy: dealPage },
    { path: 'my/market/deals/:id/contract', lazy: contractForm },
    {
      path: 'my/market/contracts/offline/new',
      lazy: page(
        ['market'],
        () => import('./pages/member/ContractFormPage'),
        (m) => m.OfflineContractFormPage,
      ),
    },
    { path: 'my/market/contracts/:id', lazy: contractPage },
    { path: 'my/market/contracts/:contractId/edit', lazy: contractForm },
    {
      path: 'my/market/registrations',
      lazy: page(
        ['market'],
        () => import('./pages/member/RegistrationsPage'),
        (m) => m.RegistrationsPage,
      ),
    },
    { path: 'my/market/registrations/:id', lazy: registrationPage },
    {
      path: 'my/market/broker',
      lazy: page(
        ['market'],
        () => import('./pages/member/BrokerNeedsPage'),
        (m) => m.BrokerNeedsPage,
      ),
    },
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
    {
      path: 'admin/market/dictionary',
      lazy: page(
        ['market'],
        () => import('./pages/admin/AdminDictionaryPage'),
        (m) => m.AdminDictionaryPage,
      ),
    },
    {
      path: 'admin/market/deals',
      lazy: page(
        ['market'],
        () => import('./pages/member/MyDealsPage'),
        (m) => m.AdminDealsPage,
      ),
    },
    { path: 'admin/market/deals/:id', lazy: dealPage },
    { path: 'admin/market/contracts/:id', lazy: contractPage },
    {
      path: 'admin/market/registrations',
      lazy: page(
        ['market'],
        () => import('./pages/member/RegistrationsPage'),
        (m) => m.AdminRegistrationsPage,
      ),
    },
    { path: 'admin/market/registrations/:id', lazy: registrationPage },
    {
      path: 'admin/market/catalogues',
      lazy: page(
        ['market'],
        () => import('./pages/public/CataloguesPage'),
        (m) => m.AdminCataloguesPage,
      ),
    },
    { path: 'admin/market/catalogues/:id', lazy: cataloguePage },
    {
      path: 'admin/market/catalogues/:id/edit',
      lazy: page(
        ['market'],
        () => import('./pages/admin/CatalogueEditPage'),
        (m) => m.CatalogueEditPage,
      ),
    },
    {
      path: 'admin/market/events',
      lazy: page(
        ['market'],
        () => import('./pages/public/EventsPage'),
        (m) => m.AdminEventsPage,
      ),
    },
    { path: 'admin/market/events/new', lazy: eventForm },
    { path: 'admin/market/events/:id', lazy: eventPage },
    { path: 'admin/market/events/:id/edit', lazy: eventForm },
    {
      path: 'admin/market/statistics',
      lazy: page(
        ['market'],
        () => import('./pages/admin/MarketStatisticsPage'),
        (m) => m.MarketStatisticsPage,
      ),
    },
    {
      path: 'admin/market/settings',
      lazy: page(
        ['market'],
        () => import('./pages/admin/MarketSettingsPage'),
        (m) => m.MarketSettingsPage,
      ),
    },
  ],
};
