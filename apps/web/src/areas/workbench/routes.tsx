import { type AreaRoutes, page } from '../../kit/routing';

/** The workbench: every logged-in user's landing page. */
export const workbenchRoutes: AreaRoutes = {
  member: [
    {
      path: 'workbench',
      lazy: page(
        ['workbench'],
        () => import('./pages/member/WorkbenchPage'),
        (m) => m.WorkbenchPage,
      ),
    },
  ],
};
