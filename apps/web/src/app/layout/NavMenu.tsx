import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  CloudUploadOutlined,
  HomeOutlined,
  KeyOutlined,
  LoginOutlined,
  ShopOutlined,
  TeamOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import type { Me } from '@cz/shared';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isAdminRole } from '../auth';

type Item = NonNullable<MenuProps['items']>[number];

function useItems(me: Me | null): Item[] {
  const { t } = useTranslation();
  const items: Item[] = [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    { key: '/orgs', icon: <ShopOutlined />, label: t('nav.directory') },
  ];
  if (!me) {
    items.push(
      { key: '/login', icon: <LoginOutlined />, label: t('nav.login') },
      { key: '/register', icon: <UserAddOutlined />, label: t('nav.register') },
    );
    return items;
  }
  if (me.org) items.push({ key: '/my/org', icon: <BankOutlined />, label: t('nav.myOrg') });
  if (isAdminRole(me.role)) {
    items.push({
      key: 'admin',
      type: 'group',
      label: t('nav.management'),
      children: [
        { key: '/admin/orgs', icon: <AppstoreOutlined />, label: t('nav.adminOrgs') },
        { key: '/admin/orgs/import', icon: <CloudUploadOutlined />, label: t('nav.adminImport') },
        { key: '/admin/users', icon: <TeamOutlined />, label: t('nav.adminUsers') },
        { key: '/admin/audit', icon: <AuditOutlined />, label: t('nav.adminAudit') },
      ],
    });
  }
  items.push({
    key: 'account',
    type: 'group',
    label: t('nav.account'),
    children: [{ key: '/account/password', icon: <KeyOutlined />, label: t('nav.password') }],
  });
  return items;
}

const ALL_KEYS = [
  '/',
  '/orgs',
  '/login',
  '/register',
  '/my/org',
  '/admin/orgs',
  '/admin/orgs/import',
  '/admin/users',
  '/admin/audit',
  '/account/password',
];

/** The menu entry for a path: the longest key that is a prefix of it (/admin/orgs/12 → /admin/orgs). */
export function selectedKey(pathname: string): string {
  const hits = ALL_KEYS.filter((k) => (k === '/' ? pathname === '/' : pathname === k || pathname.startsWith(`${k}/`)));
  if (pathname.startsWith('/admin/orgs/import')) return '/admin/orgs/import';
  return hits.sort((a, b) => b.length - a.length)[0] ?? '';
}

export function NavMenu({ me, onNavigate }: { me: Me | null; onNavigate?: () => void }) {
  const items = useItems(me);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedKey(pathname)]}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
