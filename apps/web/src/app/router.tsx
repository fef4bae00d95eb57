import { ADMIN_ROLES } from '@cz/shared';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../pages/auth/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { HomePage } from '../pages/portal/HomePage';
import { PageSpinner, RequireAuth, RequireRole } from './guards';
import { AppShell } from './layout/AppShell';

/** Pages that few visitors need are loaded on first use. */
export const router = createBrowserRouter([
  {
    element: <AppShell />,
    HydrateFallback: PageSpinner,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'login', element: <LoginPage /> },
      {
        path: 'orgs',
        lazy: () => import('../pages/portal/OrgDirectoryPage').then((m) => ({ Component: m.OrgDirectoryPage })),
      },
      {
        path: 'services',
        lazy: () => import('../pages/services/ServicesPage').then((m) => ({ Component: m.ServicesPage })),
      },
      {
        path: 'services/:id',
        lazy: () => import('../pages/services/ServiceDetailPage').then((m) => ({ Component: m.ServiceDetailPage })),
      },
      {
        path: 'instruments',
        lazy: () => import('../pages/instruments/InstrumentsPage').then((m) => ({ Component: m.InstrumentsPage })),
      },
      {
        path: 'instruments/:id',
        lazy: () =>
          import('../pages/instruments/InstrumentDetailPage').then((m) => ({ Component: m.InstrumentDetailPage })),
      },
      {
        path: 'vouchers/schemes',
        lazy: () => import('../pages/vouchers/SchemesPage').then((m) => ({ Component: m.SchemesPage })),
      },
      {
        path: 'vouchers/schemes/:id',
        lazy: () => import('../pages/vouchers/SchemeDetailPage').then((m) => ({ Component: m.SchemeDetailPage })),
      },
      {
        path: 'register',
        lazy: () => import('../pages/auth/RegisterPage').then((m) => ({ Component: m.RegisterPage })),
      },
      {
        element: <RequireAuth />,
        children: [
          { path: 'my/org', lazy: () => import('../pages/org/MyOrgPage').then((m) => ({ Component: m.MyOrgPage })) },
          {
            path: 'my/bookings',
            lazy: () => import('../pages/bookings/MyBookingsPage').then((m) => ({ Component: m.MyBookingsPage })),
          },
          {
            path: 'bookings/:id',
            lazy: () => import('../pages/bookings/BookingDetailPage').then((m) => ({ Component: m.BookingDetailPage })),
          },
          {
            path: 'vouchers',
            lazy: () => import('../pages/vouchers/MyVouchersPage').then((m) => ({ Component: m.MyVouchersPage })),
          },
          {
            path: 'orders',
            lazy: () => import('../pages/orders/OrdersPage').then((m) => ({ Component: m.OrdersPage })),
          },
          {
            path: 'orders/:id',
            lazy: () => import('../pages/orders/OrderDetailPage').then((m) => ({ Component: m.OrderDetailPage })),
          },
          {
            element: <RequireRole roles={['provider']} />,
            children: [
              {
                path: 'provider/services',
                lazy: () =>
                  import('../pages/provider/ProviderServicesPage').then((m) => ({ Component: m.ProviderServicesPage })),
              },
              {
                path: 'provider/instruments',
                lazy: () =>
                  import('../pages/provider/ProviderInstrumentsPage').then((m) => ({
                    Component: m.ProviderInstrumentsPage,
                  })),
              },
              {
                path: 'provider/bookings',
                lazy: () =>
                  import('../pages/bookings/MyBookingsPage').then((m) => ({ Component: m.ProviderBookingsPage })),
              },
              {
                path: 'provider/settlement',
                lazy: () =>
                  import('../pages/provider/settlement/ProviderSettlementPage').then((m) => ({
                    Component: m.ProviderSettlementPage,
                  })),
              },
            ],
          },
          {
            path: 'notifications',
            lazy: () =>
              import('../pages/notifications/NotificationsPage').then((m) => ({ Component: m.NotificationsPage })),
          },
          {
            path: 'account/password',
            lazy: () => import('../pages/auth/ChangePasswordPage').then((m) => ({ Component: m.ChangePasswordPage })),
          },
          {
            element: <RequireRole roles={ADMIN_ROLES} />,
            children: [
              {
                path: 'admin/orgs',
                lazy: () => import('../pages/admin/orgs/AdminOrgsPage').then((m) => ({ Component: m.AdminOrgsPage })),
              },
              {
                path: 'admin/orgs/new',
                lazy: () =>
                  import('../pages/admin/orgs/AdminOrgCreatePage').then((m) => ({ Component: m.AdminOrgCreatePage })),
              },
              {
                path: 'admin/orgs/import',
                lazy: () => import('../pages/admin/orgs/OrgImportPage').then((m) => ({ Component: m.OrgImportPage })),
              },
              {
                path: 'admin/orgs/:id',
                lazy: () =>
                  import('../pages/admin/orgs/AdminOrgDetailPage').then((m) => ({ Component: m.AdminOrgDetailPage })),
              },
              {
                path: 'admin/users',
                lazy: () =>
                  import('../pages/admin/users/AdminUsersPage').then((m) => ({ Component: m.AdminUsersPage })),
              },
              {
                path: 'admin/services',
                lazy: () =>
                  import('../pages/admin/services/AdminServicesPage').then((m) => ({ Component: m.AdminServicesPage })),
              },
              {
                path: 'admin/sharing',
                lazy: () => import('../pages/admin/sharing/SharingPage').then((m) => ({ Component: m.SharingPage })),
              },
              {
                path: 'admin/vouchers',
                lazy: () =>
                  import('../pages/admin/vouchers/AdminVouchersPage').then((m) => ({ Component: m.AdminVouchersPage })),
              },
              {
                path: 'admin/vouchers/schemes',
                lazy: () =>
                  import('../pages/admin/vouchers/AdminSchemesPage').then((m) => ({ Component: m.AdminSchemesPage })),
              },
              {
                path: 'admin/vouchers/applications',
                lazy: () =>
                  import('../pages/admin/vouchers/AdminApplicationsPage').then((m) => ({
                    Component: m.AdminApplicationsPage,
                  })),
              },
              {
                path: 'admin/vouchers/settlement',
                lazy: () =>
                  import('../pages/admin/vouchers/SettlementPage').then((m) => ({ Component: m.SettlementPage })),
              },
              {
                path: 'admin/vouchers/reports',
                lazy: () =>
                  import('../pages/admin/vouchers/VoucherReportsPage').then((m) => ({
                    Component: m.VoucherReportsPage,
                  })),
              },
              {
                path: 'admin/vouchers/reimbursements',
                lazy: () =>
                  import('../pages/admin/vouchers/AdminReimbursementsPage').then((m) => ({
                    Component: m.AdminReimbursementsPage,
                  })),
              },
              {
                path: 'admin/interop/partners',
                lazy: () => import('../pages/admin/interop/PartnersPage').then((m) => ({ Component: m.PartnersPage })),
              },
              {
                path: 'admin/audit',
                lazy: () => import('../pages/admin/audit/AuditPage').then((m) => ({ Component: m.AuditPage })),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
