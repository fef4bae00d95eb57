import { BarChartOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const sharingNav: NavEntry[] = [
  { key: '/admin/sharing', icon: BarChartOutlined, label: 'nav.adminSharing', section: 'admin', order: 50 },
];
