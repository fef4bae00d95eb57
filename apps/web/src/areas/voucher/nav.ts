import {
  AccountBookOutlined,
  FileProtectOutlined,
  GiftOutlined,
  LineChartOutlined,
  TransactionOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const voucherNav: NavEntry[] = [
  { key: '/vouchers/schemes', icon: GiftOutlined, label: 'nav.vouchers', section: 'public', order: 50 },
  {
    key: '/vouchers',
    icon: WalletOutlined,
    label: 'nav.myVouchers',
    section: 'member',
    order: 40,
    visible: (me) => me.org?.kind === 'enterprise',
  },
  {
    key: '/provider/settlement',
    icon: TransactionOutlined,
    label: 'nav.providerSettlement',
    section: 'provider',
    order: 40,
  },
  { key: '/admin/vouchers/schemes', icon: GiftOutlined, label: 'nav.adminSchemes', section: 'admin', order: 60 },
  {
    key: '/admin/vouchers/applications',
    icon: FileProtectOutlined,
    label: 'nav.adminApplications',
    section: 'admin',
    order: 70,
  },
  { key: '/admin/vouchers', icon: WalletOutlined, label: 'nav.adminVouchers', section: 'admin', order: 80 },
  {
    key: '/admin/vouchers/settlement',
    icon: TransactionOutlined,
    label: 'nav.adminSettlement',
    section: 'admin',
    order: 90,
  },
  {
    key: '/admin/vouchers/reimbursements',
    icon: AccountBookOutlined,
    label: 'nav.adminReimbursements',
    section: 'admin',
    order: 100,
  },
  {
    key: '/admin/vouchers/reports',
    icon: LineChartOutlined,
    label: 'nav.adminVoucherReports',
    section: 'admin',
    order: 110,
  },
];
