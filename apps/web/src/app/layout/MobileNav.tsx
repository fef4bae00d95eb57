import type { Me } from '@cz/shared';
import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavMenu } from './NavMenu';

/** The side menu in a drawer, on phones. */
export function MobileNav({ me, open, onClose }: { me: Me | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      placement="left"
      size={260}
      open={open}
      onClose={onClose}
      title={t('app.shortName')}
      styles={{ body: { padding: 0 } }}
    >
      <NavMenu me={me} onNavigate={onClose} />
    </Drawer>
  );
}
