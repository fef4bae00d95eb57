import { AuditOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const auditNav: NavEntry[] = [
  { key: '/admin/audit', icon: AuditOutlined, label: 'nav.adminAudit', section: 'admin', order: 140 },
];
