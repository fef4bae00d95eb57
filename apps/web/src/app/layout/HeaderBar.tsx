import {
  DownOutlined,
  GlobalOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Dropdown, Grid, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { NotificationBell } from '../../components/NotificationBell';
import { useAuth } from '../auth';
import { useLocale } from '../i18n/LocaleProvider';

const white = { color: '#fff' };

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

/** `onLogout` comes from the header, which stays mounted when this menu disappears with the user. */
function UserMenu({ onLogout }: { onLogout: () => void }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  if (!me) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', disabled: true, label: `${me.displayName} · ${t(`enums.role.${me.role}`)}` },
          { type: 'divider' },
          {
            key: 'password',
            icon: <KeyOutlined />,
            label: <span data-testid="menu-password">{t('nav.password')}</span>,
          },
          { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('nav.logout')}</span> },
        ],
        onClick: ({ key }) => {
          if (key === 'password') navigate('/account/password');
          if (key === 'logout') onLogout();
        },
      }}
    >
      <Button type="text" style={white} data-testid="user-menu">
        <Space size={6}>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: 'rgba(255,255,255,0.25)' }} />
          {screens.sm && <span>{me.displayName}</span>}
          <DownOutlined style={{ fontSize: 10 }} />
        </Space>
      </Button>
    </Dropdown>
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
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, height: '100%' }}>
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
      <NotificationBell enabled={!!me} />
      {me ? (
        <UserMenu onLogout={onLogout} />
      ) : (
        <Space size={4}>
          <Link to="/login">
            <Button type="text" style={white}>
              {t('nav.login')}
            </Button>
          </Link>
          {screens.sm && (
            <Link to="/register">
              <Button ghost>{t('nav.register')}</Button>
            </Link>
          )}
        </Space>
      )}
    </div>
  );
}
