import { Drawer, Grid, Layout, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth';
import { HeaderBar } from './HeaderBar';
import { NavMenu } from './NavMenu';

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
  const { pathname } = useLocation();
  const showSider = wide && !!me;
  const fullBleed = pathname === '/';

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ position: 'sticky', top: 0, zIndex: 20, paddingInline: wide ? 24 : 8 }}>
        <HeaderBar showMenuButton={!wide} onOpenMenu={() => setDrawerOpen(true)} />
      </Layout.Header>
      <Layout>
        {showSider && (
          <Layout.Sider width={216} theme="light" style={{ borderInlineEnd: '1px solid #eef0f4' }}>
            <NavMenu me={me} />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: fullBleed ? 0 : wide ? 24 : 12, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
      <Layout.Footer style={{ textAlign: 'center', padding: '16px 12px' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('app.fullName')} · {t('app.footer')}
        </Typography.Text>
      </Layout.Footer>
      {!wide && (
        <Drawer
          placement="left"
          size={260}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('app.shortName')}
          styles={{ body: { padding: 0 } }}
        >
          <NavMenu me={me} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
