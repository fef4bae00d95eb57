import {
  AuditOutlined,
  BarChartOutlined,
  BulbOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  NotificationOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const policyNav: NavEntry[] = [
  { key: '/policies', icon: FileSearchOutlined, label: 'nav.policies', section: 'public', order: 45 },
  { key: '/admin/policies', icon: FileTextOutlined, label: 'nav.adminPolicies', section: 'admin', order: 18 },
  { key: '/policies/check', icon: CalculatorOutlined, label: 'nav.policyCheck', section: 'public', order: 45.5 },
  { key: '/my/policies', icon: BulbOutlined, label: 'nav.myPolicies', section: 'member', order: 16.5 },
  { key: '/policies/notices', icon: NotificationOutlined, label: 'nav.policyNotices', section: 'public', order: 46 },
  {
    key: '/my/policy-applications',
    icon: SolutionOutlined,
    label: 'nav.myPolicyApplications',
    section: 'member',
    order: 17,
  },
  {
    key: '/admin/policy-applications',
    icon: AuditOutlined,
    label: 'nav.adminPolicyApplications',
    section: 'admin',
    order: 19,
  },
  {
    key: '/admin/policy-holidays',
    icon: CalendarOutlined,
    label: 'nav.adminPolicyHolidays',
    section: 'admin',
    order: 19.5,
  },
  {
    key: '/admin/policy-supervision',
    icon: BarChartOutlined,
    label: 'nav.adminPolicySupervision',
    section: 'admin',
    order: 19.7,
  },
  {
    key: '/evaluation/policies',
    icon: BarChartOutlined,
    label: 'nav.evaluationPolicies',
    section: 'evaluator',
    order: 1,
  },
];
