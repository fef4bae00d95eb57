import { BellOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const notificationNav: NavEntry[] = [
  { key: '/notifications', icon: BellOutlined, label: 'nav.notifications', section: 'account', order: 10 },
];
