import {
  BankOutlined,
  BarChartOutlined,
  ExperimentOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  GiftOutlined,
  ReadOutlined,
  ShopOutlined,
  ShoppingOutlined,
  SwapOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export type PortalModule = {
  key:
    | 'directory'
    | 'register'
    | 'services'
    | 'instruments'
    | 'vouchers'
    | 'techMarket'
    | 'finance'
    | 'ip'
    | 'bigData'
    | 'policy'
    | 'training';
  icon: ReactNode;
  color: string;
  /** Where the module lives once built; modules without a path are announced as coming soon. */
  path?: string;
};

/** The services the action plan asks the platform for (三年行动计划 四、五), in the order the portal shows them. */
export const PORTAL_MODULES: PortalModule[] = [
  { key: 'directory', icon: <ShopOutlined />, color: '#1456c8', path: '/orgs' },
  { key: 'register', icon: <UserAddOutlined />, color: '#13a8a8', path: '/register' },
  { key: 'services', icon: <ShoppingOutlined />, color: '#2f54eb', path: '/services' },
  { key: 'instruments', icon: <ExperimentOutlined />, color: '#096dd9', path: '/instruments' },
  { key: 'vouchers', icon: <GiftOutlined />, color: '#fa8c16', path: '/vouchers/schemes' },
  { key: 'techMarket', icon: <SwapOutlined />, color: '#722ed1', path: '/market' },
  { key: 'finance', icon: <BankOutlined />, color: '#d4380d', path: '/finance' },
  { key: 'ip', icon: <FileProtectOutlined />, color: '#08979c', path: '/my/ip' },
  { key: 'bigData', icon: <BarChartOutlined />, color: '#389e0d' },
  { key: 'policy', icon: <FileTextOutlined />, color: '#c41d7f' },
  { key: 'training', icon: <ReadOutlined />, color: '#d48806' },
];
