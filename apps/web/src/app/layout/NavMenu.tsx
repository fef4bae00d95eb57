import type { Me } from '@cz/shared';
import { Menu, type MenuProps } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { auditNav } from '../../areas/audit/nav';
import { bookingNav } from '../../areas/booking/nav';
import { catalogNav } from '../../areas/catalog/nav';
import { cultivationNav } from '../../areas/cultivation/nav';
import { financeNav } from '../../areas/finance/nav';
import { identityNav } from '../../areas/identity/nav';
import { instrumentNav } from '../../areas/instrument/nav';
import { interopNav } from '../../areas/interop/nav';
import { ipNav } from '../../areas/ip/nav';
import { marketNav } from '../../areas/market/nav';
import { materialsNav } from '../../areas/materials/nav';
import { newsNav } from '../../areas/news/nav';
import { notificationNav } from '../../areas/notification/nav';
import { orderNav } from '../../areas/order/nav';
import { orgNav } from '../../areas/org/nav';
import { policyNav } from '../../areas/policy/nav';
import { portalNav } from '../../areas/portal/nav';
import { sharingNav } from '../../areas/sharing/nav';
import { voucherNav } from '../../areas/voucher/nav';
import { workbenchNav } from '../../areas/workbench/nav';
import type { NavEntry, NavSection } from '../../kit/nav';
import { isAdminRole } from '../auth';

type Item = NonNullable<MenuProps['items']>[number];

/** Every area's menu entries; each section lists its entries by their `order`. */
const ENTRIES: NavEntry[] = [
  ...portalNav,
  ...identityNav,
  ...orgNav,
  ...catalogNav,
  ...instrumentNav,
  ...bookingNav,
  ...orderNav,
  ...voucherNav,
  ...interopNav,
  ...ipNav,
  ...marketNav,
  ...financeNav,
  ...cultivationNav,
  ...materialsNav,
  ...policyNav,
  ...newsNav,
  ...sharingNav,
  ...notificationNav,
  ...auditNav,
  ...workbenchNav,
];

const inSection = (section: NavSection, me: Me | null) =>
  ENTRIES.filter((e) => e.section === section && (!e.visible || (me && e.visible(me)))).sort(
    (a, b) => a.order - b.order,
  );

function useItems(me: Me | null): Item[] {
  const { t } = useTranslation();
  const item = (e: NavEntry): Item => ({ key: e.key, icon: createElement(e.icon), label: t(e.label) });
  const group = (key: string, label: string, section: NavSection): Item => ({
    key,
    type: 'group',
    label,
    children: inSection(section, me).map(item),
  });
  const items: Item[] = inSection('public', me).map(item);
  if (!me) return [...items, ...inSection('guest', me).map(item)];
  if (me.org) items.push(...inSection('member', me).map(item));
  if (me.role === 'provider' && me.org) items.push(group('provider', t('nav.provider'), 'provider'));
  if (isAdminRole(me.role)) items.push(group('admin', t('nav.management'), 'admin'));
  if (me.role === 'evaluator') items.push(group('evaluator', t('nav.evaluation'), 'evaluator'));
  items.push(group('account', t('nav.account'), 'account'));
  return items;
}

const ALL_KEYS = [...new Set(ENTRIES.map((e) => e.key))];

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
