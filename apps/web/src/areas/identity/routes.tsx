import { type AreaRoutes, page } from '../../kit/routing';

/** The identity area's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const identityRoutes: AreaRoutes = {
  public: [
    {
      path: 'login',
      lazy: page(
        ['identity'],
        () => import('./pages/public/LoginPage'),
        (m) => m.LoginPage,
      ),
    },
    {
      path: 'register',
      lazy: page(
        ['identity', 'org'],
        () => import('./pages/public/RegisterPage'),
        (m) => m.RegisterPage,
      ),
    },
    {
      path: 'reset-password',
      lazy: page(
        ['identity'],
        () => import('./pages/public/ResetPasswordPage'),
        (m) => m.ResetPasswordPage,
      ),
    },
  ],
  member: [
    {
      path: 'account/password',
      lazy: page(
        ['identity'],
        () => import('./pages/member/ChangePasswordPage'),
        (m) => m.ChangePasswordPage,
      ),
    },
  ],
  admin: [
    {
      path: 'admin/users',
      lazy: page(
        ['identity'],
        () => import('./pages/admin/AdminUsersPage'),
        (m) => m.AdminUsersPage,
      ),
    },
  ],
};
