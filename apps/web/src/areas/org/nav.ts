import { AppstoreOutlined, BankOutlined, CloudUploadOutlined, ShopOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const orgNav: NavEntry[] = [
  { key: '/orgs', icon: ShopOutlined, label: 'nav.directory', section: 'public', order: 20 },
  { key: '/my/org', icon: BankOutlined, label: 'nav.myOrg', section: 'member', order: 10 },
  { key: '/admin/orgs', icon: AppstoreOutlined, label: 'nav.adminOrgs', section: 'admin', order: 10 },
  { key: '/admin/orgs/import', icon: CloudUploadOutlined, label: 'nav.adminImport', section: 'admin', order: 20 },
];
