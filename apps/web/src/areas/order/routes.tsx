import { type AreaRoutes, page } from '../../kit/routing';

/** The order area's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const orderRoutes: AreaRoutes = {
  member: [
    {
      path: 'orders',
      lazy: page(
        ['order'],
        () => import('./pages/member/OrdersPage'),
        (m) => m.OrdersPage,
      ),
    },
    {
      path: 'orders/:id',
      lazy: page(
        ['booking', 'catalog', 'instrument', 'interop', 'order', 'voucher'],
        () => import('./pages/member/OrderDetailPage'),
        (m) => m.OrderDetailPage,
      ),
    },
  ],
};
