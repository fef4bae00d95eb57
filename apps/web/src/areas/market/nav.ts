import {
  AimOutlined,
  AuditOutlined,
  BulbOutlined,
  ExperimentOutlined,
  FileSearchOutlined,
  TeamOutlined,
  TranslationOutlined,
} from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const marketNav: NavEntry[] = [
  { key: '/market', icon: BulbOutlined, label: 'nav.techMarket', section: 'public', order: 35 },
  {
    key: '/my/market/achievements',
    icon: ExperimentOutlined,
    label: 'nav.myAchievements',
    section: 'member',
    order: 16,
  },
  { key: '/my/market/needs', icon: AimOutlined, label: 'nav.myNeeds', section: 'member', order: 17 },
  {
    key: '/admin/market/achievements',
    icon: AuditOutlined,
    label: 'nav.adminAchievements',
    section: 'admin',
    order: 16,
  },
  {
    key: '/admin/market/needs',
    icon: FileSearchOutlined,
    label: 'nav.adminNeeds',
    section: 'admin',
    order: 17,
  },
  { key: '/admin/market/brokers', icon: TeamOutlined, label: 'nav.marketBrokers', section: 'admin', order: 18 },
  {
    key: '/admin/market/synonyms',
    icon: TranslationOutlined,
    label: 'nav.marketSynonyms',
    section: 'admin',
    order: 18,
  },
];
