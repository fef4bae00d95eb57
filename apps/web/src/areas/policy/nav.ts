import { FileSearchOutlined, FileTextOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const policyNav: NavEntry[] = [
  { key: '/policies', icon: FileSearchOutlined, label: 'nav.policies', section: 'public', order: 45 },
  { key: '/admin/policies', icon: FileTextOutlined, label: 'nav.adminPolicies', section: 'admin', order: 18 },
];
