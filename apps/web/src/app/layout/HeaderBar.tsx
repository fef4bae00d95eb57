import { GlobalOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Grid, Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LinkButton } from '../../kit/components/LinkButton';
import { useAuth } from '../auth';
import { useLocale } from '../i18n/LocaleProvider';

const white = { color: '#fff' };

const NotificationBell = lazy(() =>
  import('../../areas/notification/components/NotificationBell').then((m) => ({ default: m.NotificationBell })),
);
const UserMenu = lazy(() => import('./UserMenu').then((m) => ({ default: m.UserMenu })));

function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { switchLocale } = useAuth();
  return (
    <Button
      type="text"
      style={white}
      icon={<GlobalOutlined />}
      data-testid="lang-switch"
      data-locale={locale}
      aria-label={t('lang.switchLabel')}
      title={t('lang.switchLabel')}
      onClick={() => switchLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
    >
      {t('lang.switchTo')}
    </Button>
  );
}

export function HeaderBar({ onOpenMenu, showMenuButton }: { onOpenMenu: () => void; showMenuButton: boolean }) {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const onLogout = async () => {
    await logout();
    navigate('/login', { replace: true });
  };
  return (
    <nav aria-label={t('nav.headerLabel')} style={{ display: 'flex', alignItems: 'center', gap: 8, height: '100%' }}>
      {showMenuButton && (
        <Button
          type="text"
          style={white}
          icon={<MenuOutlined />}
          aria-label={t('nav.menu')}
          onClick={onOpenMenu}
          data-testid="menu-button"
        />
      )}
      <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0, flex: 1 }}>
        <img src="/favicon.svg" alt="" width={28} height={28} style={{ flexShrink: 0 }} />
        <Typography.Text strong ellipsis style={{ ...white, fontSize: screens.md ? 17 : 15 }} data-testid="app-name">
          {screens.md ? t('app.name') : t('app.shortName')}
        </Typography.Text>
      </Link>
      <LanguageSwitch />
      {me ? (
        // Logged-in parts of the header come in their own chunks: the portal's first visitors do not download them.
        <Suspense fallback={null}>
          <NotificationBell enabled />
          <UserMenu onLogout={onLogout} />
        </Suspense>
      ) : (
        <Space size={4}>
          <LinkButton to="/login" type="text" style={white}>
            {t('nav.login')}
          </LinkButton>
          {screens.sm && (
            <LinkButton to="/register" ghost>
              {t('nav.register')}
            </LinkButton>
          )}
        </Space>
      )}
    </nav>
  );
}
