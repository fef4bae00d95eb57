import type { Org } from '@cz/shared';
import { Alert, App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { formatDateTime } from '../../../kit/datetime';
import { useResubmitOrg } from '../api';
import { OrgStatusTag } from './OrgStatusTag';

const TYPE = { pending: 'info', verified: 'success', rejected: 'error' } as const;

/** The verification status, prominent: what it means and, after a rejection, the way back to review. */
export function OrgStatusBanner({ org }: { org: Org }) {
  const { t } = useTranslation('org');
  const { message } = App.useApp();
  const resubmit = useResubmitOrg();
  const description =
    org.status === 'pending'
      ? t('org.pendingDesc')
      : org.status === 'verified'
        ? t('org.verifiedDesc', { at: formatDateTime(org.verifiedAt) })
        : t('org.rejectedDesc', { reason: org.rejectReason ?? '—' });

  return (
    <Alert
      type={TYPE[org.status]}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="org-status-banner"
      title={
        <Space wrap>
          <strong>{t(`org.${org.status}Title`)}</strong>
          <OrgStatusTag status={org.status} testId="org-status" />
        </Space>
      }
      description={
        <>
          <div>{description}</div>
          {org.status === 'rejected' && (
            <div style={{ marginTop: 12 }}>
              <Button
                type="primary"
                loading={resubmit.isPending}
                data-testid="org-resubmit"
                onClick={async () => {
                  try {
                    await resubmit.mutateAsync(org.id);
                    message.success(t('org.resubmitted'));
                  } catch (err) {
                    message.error(errorMessage(err));
                  }
                }}
              >
                {t('org.resubmit')}
              </Button>
            </div>
          )}
        </>
      }
    />
  );
}
