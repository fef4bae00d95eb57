import {
  AuditOutlined,
  BankOutlined,
  FileSearchOutlined,
  FundOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import type { Me } from '@cz/shared';
import type { NavEntry } from '../../kit/nav';

const enterprise = (me: Me) => me.role === 'enterprise' && me.org?.kind === 'enterprise';
const institution = (me: Me) => me.role === 'finance';
/** The finance office: 财政金融部, or an administrator acting zone-wide. */
const office = (me: Me) => me.role === 'superadmin' || !me.department || me.department === '财政金融部';

export const financeNav: NavEntry[] = [
  { key: '/finance', icon: BankOutlined, label: 'nav.financeMarket', section: 'public', order: 37 },
  {
    key: '/my/finance/needs',
    icon: FundOutlined,
    label: 'nav.myFinanceNeeds',
    section: 'member',
    order: 20,
    visible: enterprise,
  },
  {
    key: '/my/finance/consents',
    icon: SafetyCertificateOutlined,
    label: 'nav.myFinanceConsents',
    section: 'member',
    order: 21,
    visible: enterprise,
  },
  {
    key: '/finance-desk/needs',
    icon: FundOutlined,
    label: 'nav.deskNeeds',
    section: 'member',
    order: 10,
    visible: institution,
  },
  {
    key: '/finance-desk/cases',
    icon: SolutionOutlined,
    label: 'nav.deskCases',
    section: 'member',
    order: 11,
    visible: institution,
  },
  {
    key: '/finance-desk/products',
    icon: ShopOutlined,
    label: 'nav.deskProducts',
    section: 'member',
    order: 12,
    visible: institution,
  },
  {
    key: '/finance-desk/consents',
    icon: SafetyCertificateOutlined,
    label: 'nav.deskConsents',
    section: 'member',
    order: 13,
    visible: institution,
  },
  {
    key: '/finance-desk/profile',
    icon: BankOutlined,
    label: 'nav.deskProfile',
    section: 'member',
    order: 14,
    visible: institution,
  },
  {
    key: '/admin/finance/products',
    icon: AuditOutlined,
    label: 'nav.adminFinanceProducts',
    section: 'admin',
    order: 23,
    visible: office,
  },
  {
    key: '/admin/finance/needs',
    icon: FileSearchOutlined,
    label: 'nav.adminFinanceNeeds',
    section: 'admin',
    order: 23,
    visible: office,
  },
  {
    key: '/admin/finance/settings',
    icon: SettingOutlined,
    label: 'nav.financeSettings',
    section: 'admin',
    order: 24,
    visible: office,
  },
];
