import { App, Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { formatDateTime } from '../../../kit/datetime';
import { useOrgFactChanges, useWithdrawFactChange } from '../api';
import { FactDiffList } from './FactDiffList';

/**
 * A member's latest request to change verified facts: while it waits, what it asks (the verified values still
 * apply) and a way to take it back; after a rejection, the administration's reason.
 */
export function FactChangeCard({ orgId }: { orgId: number }) {
  const { t } = useTranslation('org');
  const { message, modal } = App.useApp();
  const changes = useOrgFactChanges(orgId, { page: 1, pageSize: 1 });
  const withdraw = useWithdrawFactChange();
  const latest = changes.data?.items[0];
  if (!latest || (latest.status !== 'pending' && latest.status !== 'rejected')) return null;

  const pending = latest.status === 'pending';
  return (
    <Card
      title={pending ? t('factChanges.pendingTitle') : t('factChanges.rejectedTitle')}
      className="page-card"
      data-testid="fact-change-card"
      data-status={latest.status}
      extra={
        pending && (
          <Button
            loading={withdraw.isPending}
            data-testid="fact-change-withdraw"
            onClick={() =>
              modal.confirm({
                title: t('factChanges.withdrawConfirm'),
                okText: t('factChanges.withdraw'),
                cancelText: t('common.cancel'),
                onOk: async () => {
                  try {
                    await withdraw.mutateAsync(orgId);
                    message.success(t('factChanges.withdrawn'));
                  } catch (err) {
                    message.error(errorMessage(err));
                  }
                },
              })
            }
          >
            {t('factChanges.withdraw')}
          </Button>
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type={pending ? 'secondary' : 'danger'}>
          {pending
            ? t('factChanges.pendingDesc', { at: formatDateTime(latest.requestedAt) })
            : t('factChanges.rejectedDesc', { reason: latest.rejectReason ?? '—' })}
        </Typography.Text>
        <FactDiffList changes={latest.changes} testId="fact-change-diff" />
      </Space>
    </Card>
  );
}
