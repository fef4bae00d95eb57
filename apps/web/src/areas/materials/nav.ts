import { FileProtectOutlined, FolderOpenOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const materialsNav: NavEntry[] = [
  {
    key: '/my/materials',
    icon: FolderOpenOutlined,
    label: 'nav.myMaterials',
    section: 'member',
    order: 12,
    visible: (me) => me.role === 'enterprise',
  },
  { key: '/admin/materials', icon: FileProtectOutlined, label: 'nav.adminMaterials', section: 'admin', order: 18 },
];
