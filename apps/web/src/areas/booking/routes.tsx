import { type AreaRoutes, page } from '../../kit/routing';

/** The booking area's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const bookingRoutes: AreaRoutes = {
  member: [
    {
      path: 'my/bookings',
      lazy: page(
        ['booking', 'instrument', 'order'],
        () => import('./pages/member/MyBookingsPage'),
        (m) => m.MyBookingsPage,
      ),
    },
    {
      path: 'bookings/:id',
      lazy: page(
        ['booking', 'instrument', 'order'],
        () => import('./pages/member/BookingDetailPage'),
        (m) => m.BookingDetailPage,
      ),
    },
  ],
  provider: [
    {
      path: 'provider/bookings',
      lazy: page(
        ['booking', 'instrument', 'order'],
        () => import('./pages/member/MyBookingsPage'),
        (m) => m.ProviderBookingsPage,
      ),
    },
  ],
};
