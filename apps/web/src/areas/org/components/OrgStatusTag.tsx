import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import type { OrgStatus } from '@cz/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const LOOK: Record<OrgStatus, { color: string; icon: React.ReactNode }> = {
  pending: { color: 'processing', icon: <ClockCircleOutlined /> },
  verified: { color: 'success', icon: <CheckCircleOutlined /> },
  rejected: { color: 'error', icon: <CloseCircleOutlined /> },
};

export function OrgStatusTag({ status, testId }: { status: OrgStatus; testId?: string }) {
  const { t } = useTranslation();
  const look = LOOK[status];
  return (
    <Tag color={look.color} icon={look.icon} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`enums.orgStatus.${status}`)}
    </Tag>
  );
}
