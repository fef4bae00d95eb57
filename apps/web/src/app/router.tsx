import { ADMIN_ROLES } from '@cz/shared/common/enums';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { auditRoutes } from '../areas/audit/routes';
import { bookingRoutes } from '../areas/booking/routes';
import { catalogRoutes } from '../areas/catalog/routes';
import { cultivationRoutes } from '../areas/cultivation/routes';
import { financeRoutes } from '../areas/finance/routes';
import { identityRoutes } from '../areas/identity/routes';
import { instrumentRoutes } from '../areas/instrument/routes';
import { interopRoutes } from '../areas/interop/routes';
import { ipRoutes } from '../areas/ip/routes';
import { marketRoutes } from '../areas/market/routes';
import { materialsRoutes } from '../areas/materials/routes';
import { newsRoutes } from '../areas/news/routes';
import { notificationRoutes } from '../areas/notification/routes';
import { orderRoutes } from '../areas/order/routes';
import { orgRoutes } from '../areas/org/routes';
import { policyRoutes } from '../areas/policy/routes';
import { portalRoutes } from '../areas/portal/routes';
import { sharingRoutes } from '../areas/sharing/routes';
import { voucherRoutes } from '../areas/voucher/routes';
import { workbenchRoutes } from '../areas/workbench/routes';
import { type AreaRoutes, page } from '../kit/routing';
import { PageSpinner, RequireAuth, RequireRole } from './guards';
import { AppShell } from './layout/AppShell';

/** Every area's routes; their pages are loaded on first use (the portal's home page excepted). */
const AREAS: AreaRoutes[] = [
  portalRoutes,
  identityRoutes,
  orgRoutes,
  catalogRoutes,
  instrumentRoutes,
  bookingRoutes,
  orderRoutes,
  voucherRoutes,
  interopRoutes,
  ipRoutes,
  marketRoutes,
  financeRoutes,
  cultivationRoutes,
  materialsRoutes,
  policyRoutes,
  newsRoutes,
  sharingRoutes,
  notificationRoutes,
  auditRoutes,
  workbenchRoutes,
];

const audience = (key: keyof AreaRoutes): RouteObject[] => AREAS.flatMap((a) => a[key] ?? []);

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    HydrateFallback: PageSpinner,
    children: [
      ...audience('public'),
      {
        element: <RequireAuth />,
        children: [
          ...audience('member'),
          { element: <RequireRole roles={['provider']} />, children: audience('provider') },
          { element: <RequireRole roles={ADMIN_ROLES} />, children: audience('admin') },
          { element: <RequireRole roles={['evaluator', ...ADMIN_ROLES]} />, children: audience('evaluator') },
        ],
      },
      {
        path: '*',
        lazy: page(
          [],
          () => import('./NotFoundPage'),
          (m) => m.NotFoundPage,
        ),
      },
    ],
  },
]);
