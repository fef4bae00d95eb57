import { ShoppingOutlined, TagsOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const catalogNav: NavEntry[] = [
  { key: '/services', icon: ShoppingOutlined, label: 'nav.services', section: 'public', order: 30 },
  { key: '/provider/services', icon: TagsOutlined, label: 'nav.providerServices', section: 'provider', order: 10 },
  { key: '/admin/services', icon: ShoppingOutlined, label: 'nav.adminServices', section: 'admin', order: 40 },
];
