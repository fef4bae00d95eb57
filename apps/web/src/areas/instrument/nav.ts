import { ExperimentOutlined, ToolOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const instrumentNav: NavEntry[] = [
  { key: '/instruments', icon: ExperimentOutlined, label: 'nav.instruments', section: 'public', order: 40 },
  {
    key: '/provider/instruments',
    icon: ToolOutlined,
    label: 'nav.providerInstruments',
    section: 'provider',
    order: 20,
  },
];
