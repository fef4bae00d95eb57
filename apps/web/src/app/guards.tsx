import type { Role } from '@cz/shared';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from './auth';

export function PageSpinner() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 64 }}>
      <Spin size="large" />
    </div>
  );
}

/** Pages behind a login: logged-out visitors go to /login and come back afterwards. */
export function RequireAuth() {
  const { me, loading, loggedOut } = useAuth();
  const location = useLocation();
  if (loading) return <PageSpinner />;
  if (!me && loggedOut) return <Navigate to="/login" replace />;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet />;
}

export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { me } = useAuth();
  const { t } = useTranslation();
  if (!me || !roles.includes(me.role)) return <Result status="403" title="403" subTitle={t('forbidden.title')} />;
  return <Outlet />;
}
