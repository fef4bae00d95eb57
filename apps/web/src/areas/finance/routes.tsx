import { type AreaRoutes, page } from '../../kit/routing';

/** The finance area's pages, by audience; the institution's desk is for logged-in members (the API checks the role). */
export const financeRoutes: AreaRoutes = {
  public: [
    {
      path: 'finance',
      lazy: page(
        ['finance'],
        () => import('./pages/public/FinancePage'),
        (m) => m.FinancePage,
      ),
    },
    {
      path: 'finance/products/:id',
      lazy: page(
        ['finance', 'policy'],
        () => import('./pages/public/ProductPage'),
        (m) => m.ProductPage,
      ),
    },
    {
      path: 'finance/compare',
      lazy: page(
        ['finance'],
        () => import('./pages/public/ComparePage'),
        (m) => m.ComparePage,
      ),
    },
    {
      path: 'finance/institutions/:id',
      lazy: page(
        ['finance'],
        () => import('./pages/public/InstitutionPage'),
        (m) => m.InstitutionPage,
      ),
    },
    {
      path: 'finance/funds',
      lazy: page(
        ['finance'],
        () => import('./pages/public/FundsPage'),
        (m) => m.FundsPage,
      ),
    },
  ],
  member: [
    {
      path: 'my/finance/needs',
      lazy: page(
        ['finance'],
        () => import('./pages/member/MyNeedsPage'),
        (m) => m.MyNeedsPage,
      ),
    },
    {
      path: 'my/finance/needs/new',
      lazy: page(
        ['finance'],
        () => import('./pages/member/NeedFormPage'),
        (m) => m.NeedFormPage,
      ),
    },
    {
      path: 'my/finance/needs/:id',
      lazy: page(
        ['finance'],
        () => import('./pages/member/MyNeedPage'),
        (m) => m.MyNeedPage,
      ),
    },
    {
      path: 'my/finance/consents',
      lazy: page(
        ['finance'],
        () => import('./pages/member/MyConsentsPage'),
        (m) => m.MyConsentsPage,
      ),
    },
    {
      path: 'finance-desk/profile',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskProfilePage'),
        (m) => m.DeskProfilePage,
      ),
    },
    {
      path: 'finance-desk/products',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskProductsPage'),
        (m) => m.DeskProductsPage,
      ),
    },
    {
      path: 'finance-desk/products/new',
      lazy: page(
        ['finance', 'policy'],
        () => import('./pages/provider/DeskProductPage'),
        (m) => m.DeskProductPage,
      ),
    },
    {
      path: 'finance-desk/products/:id',
      lazy: page(
        ['finance', 'policy'],
        () => import('./pages/provider/DeskProductPage'),
        (m) => m.DeskProductPage,
      ),
    },
    {
      path: 'finance-desk/needs',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskNeedsPage'),
        (m) => m.DeskNeedsPage,
      ),
    },
    {
      path: 'finance-desk/needs/:id',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskNeedPage'),
        (m) => m.DeskNeedPage,
      ),
    },
    {
      path: 'finance-desk/cases',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskCasesPage'),
        (m) => m.DeskCasesPage,
      ),
    },
    {
      path: 'finance-desk/consents',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskConsentsPage'),
        (m) => m.DeskConsentsPage,
      ),
    },
    {
      path: 'finance-desk/enterprises/:id',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskFactsPage'),
        (m) => m.DeskFactsPage,
      ),
    },
    {
      path: 'my/finance/pledges',
      lazy: page(
        ['finance'],
        () => import('./pages/member/MyPledgesPage'),
        (m) => m.MyPledgesPage,
      ),
    },
    {
      path: 'my/finance/pledges/:id',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskPledgePage'),
        (m) => m.ReadPledgePage,
      ),
    },
    {
      path: 'my/finance/events',
      lazy: page(
        ['finance'],
        () => import('./pages/member/MyEventsPage'),
        (m) => m.MyEventsPage,
      ),
    },
    {
      path: 'my/finance/events/:id',
      lazy: page(
        ['finance'],
        () => import('./pages/member/MyEventsPage'),
        (m) => m.MyEventPage,
      ),
    },
    {
      path: 'finance-desk/pool-claims',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskPoolClaimsPage'),
        (m) => m.DeskPoolClaimsPage,
      ),
    },
    {
      path: 'finance-desk/pledges',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskPledgesPage'),
        (m) => m.DeskPledgesPage,
      ),
    },
    {
      path: 'finance-desk/pledges/:id',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskPledgePage'),
        (m) => m.DeskPledgePage,
      ),
    },
    {
      path: 'finance-desk/events',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskEventsPage'),
        (m) => m.DeskEventsPage,
      ),
    },
    {
      path: 'finance-desk/events/:id',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskEventsPage'),
        (m) => m.DeskEventPage,
      ),
    },
    {
      path: 'finance-desk/investor',
      lazy: page(
        ['finance', 'identity'],
        () => import('./pages/provider/DeskInvestorPage'),
        (m) => m.DeskInvestorPage,
      ),
    },
  ],
  admin: [
    {
      path: 'admin/finance/products',
      lazy: page(
        ['finance'],
        () => import('./pages/admin/AdminProductsPage'),
        (m) => m.AdminProductsPage,
      ),
    },
    {
      path: 'admin/finance/products/:id',
      lazy: page(
        ['finance', 'policy'],
        () => import('./pages/admin/AdminProductPage'),
        (m) => m.AdminProductPage,
      ),
    },
    {
      path: 'admin/finance/needs',
      lazy: page(
        ['finance'],
        () => import('./pages/admin/AdminNeedsPage'),
        (m) => m.AdminNeedsPage,
      ),
    },
    {
      path: 'admin/finance/needs/:id',
      lazy: page(
        ['finance'],
        () => import('./pages/admin/AdminNeedPage'),
        (m) => m.AdminNeedPage,
      ),
    },
    {
      path: 'admin/finance/settings',
      lazy: page(
        ['finance'],
        () => import('./pages/admin/FinanceSettingsPage'),
        (m) => m.FinanceSettingsPage,
      ),
    },
    {
      path: 'admin/finance/pools',
      lazy: page(
        ['finance'],
        () => import('./pages/admin/AdminPoolsPage'),
        (m) => m.AdminPoolsPage,
      ),
    },
    {
      path: 'admin/finance/pools/new',
      lazy: page(
        ['finance', 'policy'],
        () => import('./pages/admin/AdminPoolNewPage'),
        (m) => m.AdminPoolNewPage,
      ),
    },
    {
      path: 'admin/finance/pools/:id',
      lazy: page(
        ['finance'],
        () => import('./pages/admin/AdminPoolPage'),
        (m) => m.AdminPoolPage,
      ),
    },
    {
      path: 'admin/finance/pool-claims',
      lazy: page(
        ['finance'],
        () => import('./pages/admin/AdminPoolClaimsPage'),
        (m) => m.AdminPoolClaimsPage,
      ),
    },
    {
      path: 'admin/finance/pledges',
      lazy: page(
        ['finance'],
        () => import('./pages/admin/AdminPledgesPage'),
        (m) => m.AdminPledgesPage,
      ),
    },
    {
      path: 'admin/finance/pledges/:id',
      lazy: page(
        ['finance'],
        () => import('./pages/provider/DeskPledgePage'),
        (m) => m.ReadPledgePage,
      ),
    },
    {
      path: 'admin/finance/statistics',
      lazy: page(
        ['finance'],
        () => import('./pages/admin/FinanceStatisticsPage'),
        (m) => m.FinanceStatisticsPage,
      ),
    },
    {
      path: 'admin/finance/events',
      lazy: page(
        ['finance'],
        () => import('./pages/admin/AdminEventsPage'),
        (m) => m.AdminEventsPage,
      ),
    },
    {
      path: 'admin/finance/events/:id',
      lazy: page(
        ['finance', 'identity'],
        () => import('./pages/admin/AdminEventPage'),
        (m) => m.AdminEventPage,
      ),
    },
    {
      path: 'admin/finance/funds',
      lazy: page(
        ['finance', 'identity'],
        () => import('./pages/admin/AdminFundsPage'),
        (m) => m.AdminFundsPage,
      ),
    },
  ],
};
