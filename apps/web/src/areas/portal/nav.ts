import { HomeOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const portalNav: NavEntry[] = [
  { key: '/', icon: HomeOutlined, label: 'nav.home', section: 'public', order: 10 },
];
