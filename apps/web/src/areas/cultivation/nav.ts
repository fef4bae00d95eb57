import { AccountBookOutlined, CalculatorOutlined, FundOutlined, RiseOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const cultivationNav: NavEntry[] = [
  {
    key: '/cultivation/calculator',
    icon: CalculatorOutlined,
    label: 'nav.techSmeCalculator',
    section: 'public',
    order: 50,
  },
  {
    key: '/cultivation/rd-deduction',
    icon: AccountBookOutlined,
    label: 'nav.rdDeductionCalculator',
    section: 'public',
    order: 51,
  },
  { key: '/my/evaluations', icon: FundOutlined, label: 'nav.myEvaluations', section: 'member', order: 16 },
  {
    key: '/admin/cultivation/evaluations',
    icon: FundOutlined,
    label: 'nav.adminEvaluations',
    section: 'admin',
    order: 16,
  },
  { key: '/admin/cultivation/pool', icon: RiseOutlined, label: 'nav.adminPool', section: 'admin', order: 17 },
];
