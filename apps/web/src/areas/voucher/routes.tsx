import { type AreaRoutes, page } from '../../kit/routing';

/** The voucher area's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const voucherRoutes: AreaRoutes = {
  public: [
    {
      path: 'vouchers/schemes',
      lazy: page(
        ['voucher'],
        () => import('./pages/public/SchemesPage'),
        (m) => m.SchemesPage,
      ),
    },
    {
      path: 'vouchers/schemes/:id',
      lazy: page(
        ['catalog', 'instrument', 'voucher'],
        () => import('./pages/public/SchemeDetailPage'),
        (m) => m.SchemeDetailPage,
      ),
    },
  ],
  member: [
    {
      path: 'vouchers',
      lazy: page(
        ['catalog', 'instrument', 'order', 'voucher'],
        () => import('./pages/member/MyVouchersPage'),
        (m) => m.MyVouchersPage,
      ),
    },
  ],
  provider: [
    {
      path: 'provider/settlement',
      lazy: page(
        ['instrument', 'order', 'voucher'],
        () => import('./pages/provider/ProviderSettlementPage'),
        (m) => m.ProviderSettlementPage,
      ),
    },
  ],
  admin: [
    {
      path: 'admin/vouchers',
      lazy: page(
        ['voucher'],
        () => import('./pages/admin/AdminVouchersPage'),
        (m) => m.AdminVouchersPage,
      ),
    },
    {
      path: 'admin/vouchers/schemes',
      lazy: page(
        ['catalog', 'instrument', 'voucher'],
        () => import('./pages/admin/AdminSchemesPage'),
        (m) => m.AdminSchemesPage,
      ),
    },
    {
      path: 'admin/vouchers/applications',
      lazy: page(
        ['voucher'],
        () => import('./pages/admin/AdminApplicationsPage'),
        (m) => m.AdminApplicationsPage,
      ),
    },
    {
      path: 'admin/vouchers/settlement',
      lazy: page(
        ['voucher'],
        () => import('./pages/admin/SettlementPage'),
        (m) => m.SettlementPage,
      ),
    },
    {
      path: 'admin/vouchers/reports',
      lazy: page(
        ['catalog', 'instrument', 'voucher'],
        () => import('./pages/admin/VoucherReportsPage'),
        (m) => m.VoucherReportsPage,
      ),
    },
    {
      path: 'admin/vouchers/reimbursements',
      lazy: page(
        ['catalog', 'instrument', 'voucher'],
        () => import('./pages/admin/AdminReimbursementsPage'),
        (m) => m.AdminReimbursementsPage,
      ),
    },
  ],
};
