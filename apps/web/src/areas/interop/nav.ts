import { GlobalOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const interopNav: NavEntry[] = [
  { key: '/admin/interop/partners', icon: GlobalOutlined, label: 'nav.adminPartners', section: 'admin', order: 120 },
];
