import { DashboardOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const workbenchNav: NavEntry[] = [
  { key: '/workbench', icon: DashboardOutlined, label: 'nav.workbench', section: 'account', order: 1 },
];
