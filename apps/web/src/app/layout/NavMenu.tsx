import {
  AccountBookOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BellOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  ExperimentOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  GiftOutlined,
  GlobalOutlined,
  HomeOutlined,
  KeyOutlined,
  LineChartOutlined,
  LoginOutlined,
  ScheduleOutlined,
  ShopOutlined,
  ShoppingOutlined,
  TagsOutlined,
  TeamOutlined,
  ToolOutlined,
  TransactionOutlined,
  UserAddOutlined,
  WalletOutlined,
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
    { key: '/services', icon: <ShoppingOutlined />, label: t('nav.services') },
    { key: '/instruments', icon: <ExperimentOutlined />, label: t('nav.instruments') },
    { key: '/vouchers/schemes', icon: <GiftOutlined />, label: t('nav.vouchers') },
  ];
  if (!me) {
    items.push(
      { key: '/login', icon: <LoginOutlined />, label: t('nav.login') },
      { key: '/register', icon: <UserAddOutlined />, label: t('nav.register') },
    );
    return items;
  }
  if (me.org) {
    items.push(
      { key: '/my/org', icon: <BankOutlined />, label: t('nav.myOrg') },
      { key: '/my/bookings', icon: <CalendarOutlined />, label: t('nav.myBookings') },
      { key: '/orders', icon: <FileDoneOutlined />, label: t('nav.orders') },
    );
    if (me.org.kind === 'enterprise')
      items.push({ key: '/vouchers', icon: <WalletOutlined />, label: t('nav.myVouchers') });
  }
  if (me.role === 'provider' && me.org) {
    items.push({
      key: 'provider',
      type: 'group',
      label: t('nav.provider'),
      children: [
        { key: '/provider/services', icon: <TagsOutlined />, label: t('nav.providerServices') },
        { key: '/provider/instruments', icon: <ToolOutlined />, label: t('nav.providerInstruments') },
        { key: '/provider/bookings', icon: <ScheduleOutlined />, label: t('nav.providerBookings') },
        { key: '/provider/settlement', icon: <TransactionOutlined />, label: t('nav.providerSettlement') },
      ],
    });
  }
  if (isAdminRole(me.role)) {
    items.push({
      key: 'admin',
      type: 'group',
      label: t('nav.management'),
      children: [
        { key: '/admin/orgs', icon: <AppstoreOutlined />, label: t('nav.adminOrgs') },
        { key: '/admin/orgs/import', icon: <CloudUploadOutlined />, label: t('nav.adminImport') },
        { key: '/admin/users', icon: <TeamOutlined />, label: t('nav.adminUsers') },
        { key: '/admin/services', icon: <ShoppingOutlined />, label: t('nav.adminServices') },
        { key: '/admin/sharing', icon: <BarChartOutlined />, label: t('nav.adminSharing') },
        { key: '/admin/vouchers/schemes', icon: <GiftOutlined />, label: t('nav.adminSchemes') },
        { key: '/admin/vouchers/applications', icon: <FileProtectOutlined />, label: t('nav.adminApplications') },
        { key: '/admin/vouchers', icon: <WalletOutlined />, label: t('nav.adminVouchers') },
        { key: '/admin/vouchers/settlement', icon: <TransactionOutlined />, label: t('nav.adminSettlement') },
        { key: '/admin/vouchers/reimbursements', icon: <AccountBookOutlined />, label: t('reimbursement.navLabel') },
        { key: '/admin/vouchers/reports', icon: <LineChartOutlined />, label: t('voucherReports.title') },
        { key: '/admin/interop/partners', icon: <GlobalOutlined />, label: t('partners.title') },
        { key: '/orders', icon: <FileDoneOutlined />, label: t('nav.orders') },
        { key: '/admin/audit', icon: <AuditOutlined />, label: t('nav.adminAudit') },
      ],
    });
  }
  items.push({
    key: 'account',
    type: 'group',
    label: t('nav.account'),
    children: [
      { key: '/notifications', icon: <BellOutlined />, label: t('nav.notifications') },
      { key: '/account/password', icon: <KeyOutlined />, label: t('nav.password') },
    ],
  });
  return items;
}

const ALL_KEYS = [
  '/',
  '/orgs',
  '/services',
  '/instruments',
  '/vouchers/schemes',
  '/vouchers',
  '/login',
  '/register',
  '/my/org',
  '/my/bookings',
  '/orders',
  '/provider/services',
  '/provider/instruments',
  '/provider/bookings',
  '/provider/settlement',
  '/admin/orgs',
  '/admin/orgs/import',
  '/admin/users',
  '/admin/services',
  '/admin/sharing',
  '/admin/vouchers/schemes',
  '/admin/vouchers/applications',
  '/admin/vouchers',
  '/admin/vouchers/settlement',
  '/admin/vouchers/reimbursements',
  '/admin/vouchers/reports',
  '/admin/interop/partners',
  '/admin/audit',
  '/notifications',
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
