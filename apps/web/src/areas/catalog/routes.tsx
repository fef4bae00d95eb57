import { type AreaRoutes, page } from '../../kit/routing';

/** The catalog area's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const catalogRoutes: AreaRoutes = {
  public: [
    {
      path: 'services',
      lazy: page(
        ['catalog', 'instrument'],
        () => import('./pages/public/ServicesPage'),
        (m) => m.ServicesPage,
      ),
    },
    {
      path: 'services/:id',
      lazy: page(
        ['catalog', 'instrument', 'order'],
        () => import('./pages/public/ServiceDetailPage'),
        (m) => m.ServiceDetailPage,
      ),
    },
  ],
  provider: [
    {
      path: 'provider/services',
      lazy: page(
        ['catalog', 'instrument', 'order'],
        () => import('./pages/provider/ProviderServicesPage'),
        (m) => m.ProviderServicesPage,
      ),
    },
  ],
  admin: [
    {
      path: 'admin/services',
      lazy: page(
        ['catalog', 'instrument', 'org'],
        () => import('./pages/admin/AdminServicesPage'),
        (m) => m.AdminServicesPage,
      ),
    },
  ],
};
