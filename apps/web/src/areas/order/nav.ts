import { FileDoneOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const orderNav: NavEntry[] = [
  { key: '/orders', icon: FileDoneOutlined, label: 'nav.orders', section: 'member', order: 30 },
  { key: '/orders', icon: FileDoneOutlined, label: 'nav.orders', section: 'admin', order: 130 },
];
