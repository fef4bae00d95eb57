import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useUnreadCount } from '../api';

/** The header bell: unread count polled every minute; opens the notifications page. */
export function NotificationBell({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation('notification');
  const navigate = useNavigate();
  const unread = useUnreadCount(enabled);
  if (!enabled) return null;
  return (
    <Badge
      count={unread.data ?? 0}
      size="small"
      offset={[-6, 6]}
      data-testid="notification-count"
      data-count={unread.data ?? 0}
    >
      <Button
        type="text"
        style={{ color: '#fff' }}
        icon={<BellOutlined />}
        aria-label={t('notifications.bell')}
        title={t('notifications.bell')}
        onClick={() => navigate('/notifications')}
        data-testid="notification-bell"
      />
    </Badge>
  );
}
