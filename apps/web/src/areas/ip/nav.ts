import { AuditOutlined, SafetyCertificateOutlined, SafetyOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const ipNav: NavEntry[] = [
  { key: '/my/ip', icon: SafetyCertificateOutlined, label: 'nav.myIp', section: 'member', order: 15 },
  { key: '/my/ip-cases', icon: SafetyOutlined, label: 'nav.myIpCases', section: 'member', order: 15 },
  {
    key: '/my/ip-cases',
    icon: SafetyOutlined,
    label: 'nav.expertIpCases',
    section: 'account',
    order: 5,
    visible: (me) => me.role === 'expert',
  },
  { key: '/admin/ip', icon: AuditOutlined, label: 'nav.adminIp', section: 'admin', order: 15 },
  { key: '/admin/ip-cases', icon: SafetyOutlined, label: 'nav.adminIpCases', section: 'admin', order: 15 },
];
