import type { Role } from '@cz/shared';
import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from './auth';

// antd's Result carries its illustrations: loaded only when someone meets a page not for them.
const Forbidden = lazy(() => import('./Forbidden').then((m) => ({ default: m.Forbidden })));

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
  if (!me || !roles.includes(me.role))
    return (
      <Suspense fallback={<PageSpinner />}>
        <Forbidden />
      </Suspense>
    );
  return <Outlet />;
}
