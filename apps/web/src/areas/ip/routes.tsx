import { type AreaRoutes, page } from '../../kit/routing';

const casePage = page(
  ['ip'],
  () => import('./pages/member/RightsCasePage'),
  (m) => m.RightsCasePage,
);

/** The IP registry's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const ipRoutes: AreaRoutes = {
  member: [
    {
      path: 'my/ip-cases',
      lazy: page(
        ['ip'],
        () => import('./pages/member/RightsCasesPage'),
        (m) => m.RightsCasesPage,
      ),
    },
    {
      path: 'my/ip-cases/new',
      lazy: page(
        ['ip'],
        () => import('./pages/member/RightsCaseFormPage'),
        (m) => m.RightsCaseFormPage,
      ),
    },
    { path: 'my/ip-cases/:id', lazy: casePage },
    {
      path: 'my/ip',
      lazy: page(
        ['ip', 'org'],
        () => import('./pages/member/MyIpPage'),
        (m) => m.MyIpPage,
      ),
    },
    {
      path: 'my/ip/new',
      lazy: page(
        ['ip'],
        () => import('./pages/member/IpRecordFormPage'),
        (m) => m.IpRecordFormPage,
      ),
    },
    {
      path: 'my/ip/:id/edit',
      lazy: page(
        ['ip'],
        () => import('./pages/member/IpRecordFormPage'),
        (m) => m.IpRecordFormPage,
      ),
    },
    {
      path: 'my/ip/:id',
      lazy: page(
        ['ip', 'order'],
        () => import('./pages/member/IpRecordPage'),
        (m) => m.IpRecordPage,
      ),
    },
  ],
  admin: [
    {
      path: 'admin/ip-cases',
      lazy: page(
        ['ip'],
        () => import('./pages/member/RightsCasesPage'),
        (m) => m.AdminRightsCasesPage,
      ),
    },
    { path: 'admin/ip-cases/:id', lazy: casePage },
    {
      path: 'admin/ip',
      lazy: page(
        ['ip'],
        () => import('./pages/admin/AdminIpPage'),
        (m) => m.AdminIpPage,
      ),
    },
    {
      path: 'admin/ip/:id',
      lazy: page(
        ['ip', 'order'],
        () => import('./pages/member/IpRecordPage'),
        (m) => m.IpRecordPage,
      ),
    },
  ],
};
