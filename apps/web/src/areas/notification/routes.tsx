import { type AreaRoutes, page } from '../../kit/routing';

/** The notification area's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const notificationRoutes: AreaRoutes = {
  member: [
    {
      path: 'notifications',
      lazy: page(
        ['booking', 'notification'],
        () => import('./pages/member/NotificationsPage'),
        (m) => m.NotificationsPage,
      ),
    },
  ],
};
