import { HomeOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const workbenchNav: NavEntry[] = [
  { key: '/workbench', icon: HomeOutlined, label: 'nav.workbench', section: 'account', order: 1 },
];
