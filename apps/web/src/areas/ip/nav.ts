import { AuditOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const ipNav: NavEntry[] = [
  { key: '/my/ip', icon: SafetyCertificateOutlined, label: 'nav.myIp', section: 'member', order: 15 },
  { key: '/admin/ip', icon: AuditOutlined, label: 'nav.adminIp', section: 'admin', order: 15 },
];
