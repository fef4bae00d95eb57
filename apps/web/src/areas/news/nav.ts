import { NotificationOutlined, ReadOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const newsNav: NavEntry[] = [
  { key: '/news', icon: ReadOutlined, label: 'nav.news', section: 'public', order: 15 },
  { key: '/admin/news', icon: NotificationOutlined, label: 'nav.adminNews', section: 'admin', order: 12 },
];
