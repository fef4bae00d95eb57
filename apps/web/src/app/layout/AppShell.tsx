import { Grid, Layout, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { scrollToTop } from '../../kit/scroll';
import { useAuth } from '../auth';
import { DemoBanner } from './DemoBanner';
import { HeaderBar } from './HeaderBar';

// The menu (antd Menu) is for logged-in users on wide screens and for the phone drawer: loaded when first shown.
const NavMenu = lazy(() => import('./NavMenu').then((m) => ({ default: m.NavMenu })));
const MobileNav = lazy(() => import('./MobileNav').then((m) => ({ default: m.MobileNav })));

/**
 * Header, side menu by role (a Drawer on phones), content. Logged-out visitors on wide screens get no side menu:
 * the portal is theirs to read in full width.
 */
export function AppShell() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerUsed, setDrawerUsed] = useState(false);
  const { pathname } = useLocation();
  const showSider = wide && !!me;
  const fullBleed = pathname === '/';
  // A link to another page opens it at its top, not at the scroll position of the page left.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger, not an input
  useEffect(() => scrollToTop(), [pathname]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <DemoBanner />
      <Layout.Header style={{ position: 'sticky', top: 0, zIndex: 20, paddingInline: wide ? 24 : 8 }}>
        <HeaderBar
          showMenuButton={!wide}
          onOpenMenu={() => {
            setDrawerUsed(true);
            setDrawerOpen(true);
          }}
        />
      </Layout.Header>
      <Layout>
        {showSider && (
          <Layout.Sider width={216} theme="light" style={{ borderInlineEnd: '1px solid #eef0f4' }}>
            <nav aria-label={t('nav.mainLabel')}>
              <Suspense fallback={null}>
                <NavMenu me={me} />
              </Suspense>
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: fullBleed ? 0 : wide ? 24 : 12, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
      <Layout.Footer style={{ textAlign: 'center', padding: '16px 12px' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('app.name')} · {t('app.footer')}
        </Typography.Text>
      </Layout.Footer>
      {!wide && drawerUsed && (
        <Suspense fallback={null}>
          <MobileNav me={me} open={drawerOpen} onClose={() => setDrawerOpen(false)} />
        </Suspense>
      )}
    </Layout>
  );
}
