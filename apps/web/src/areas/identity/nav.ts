import { KeyOutlined, LoginOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const identityNav: NavEntry[] = [
  { key: '/login', icon: LoginOutlined, label: 'nav.login', section: 'guest', order: 10 },
  { key: '/register', icon: UserAddOutlined, label: 'nav.register', section: 'guest', order: 20 },
  { key: '/admin/users', icon: TeamOutlined, label: 'nav.adminUsers', section: 'admin', order: 30 },
  { key: '/account/password', icon: KeyOutlined, label: 'nav.password', section: 'account', order: 20 },
];
