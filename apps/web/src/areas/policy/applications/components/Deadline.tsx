import type { PolicyApplication } from '@cz/shared/policy';
import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../kit/datetime';
import { useApplicationLabels } from '../labels';

type Timed = Pick<PolicyApplication, 'status' | 'closesOn' | 'timer' | 'notice'>;

/**
 * The deadline that matters now, in a list's cell: a 快申快享 payment timer (overdue in red), the 公示's end, or the
 * item's closing date while the application is a draft.
 */
export function Deadline({ a }: { a: Timed }) {
  const { t } = useTranslation('policy');
  if (a.timer) {
    const { dueOn, workingDaysLeft, overdue } = a.timer;
    return overdue ? (
      <Tag color="error" data-testid="deadline" data-overdue="true" style={{ marginInlineEnd: 0 }}>
        {t('applications.deadline.overdue', { count: -workingDaysLeft, date: formatDate(dueOn) })}
      </Tag>
    ) : (
      <Tag color={workingDaysLeft <= 5 ? 'gold' : 'default'} data-testid="deadline" data-overdue="false">
        {workingDaysLeft === 0
          ? t('applications.deadline.today', { date: formatDate(dueOn) })
          : t('applications.deadline.left', { count: workingDaysLeft, date: formatDate(dueOn) })}
      </Tag>
    );
  }
  if (a.status === 'publicised' && a.notice)
    return (
      <Typography.Text>
        {a.notice.running
          ? t('applications.deadline.noticeUntil', { date: formatDate(a.notice.endsOn) })
          : t('applications.deadline.noticeEnded', { date: formatDate(a.notice.endsOn) })}
      </Typography.Text>
    );
  if (a.status === 'draft')
    return (
      <Typography.Text>
        {a.closesOn
          ? t('applications.deadline.closes', { date: formatDate(a.closesOn) })
          : t('applications.deadline.noClose')}
      </Typography.Text>
    );
  return <Typography.Text type="secondary">—</Typography.Text>;
}

/** Where the application stands: its state, what comes next, the item's window, the 公示 and the payment deadline. */
export function DeadlineCard({ a }: { a: PolicyApplication }) {
  const { t } = useTranslation('policy');
  const labels = useApplicationLabels();
  return (
    <Card size="small" title={t('applications.deadline.title')} data-testid="application-deadlines">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('applications.fields.nextStep')}>
          <Typography.Text strong data-testid="next-step" data-step={a.nextStep}>
            {labels.next(a.nextStep)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('applications.fields.window')}>
          {a.opensOn || a.closesOn
            ? t('applications.deadline.window', {
                from: a.opensOn ? formatDate(a.opensOn) : '—',
                to: a.closesOn ? formatDate(a.closesOn) : '—',
              })
            : t('applications.deadline.noClose')}
        </Descriptions.Item>
        {a.notice && (
          <Descriptions.Item label={t('applications.fields.notice')}>
            <span data-testid="notice-period" data-running={a.notice.running}>
              {t('applications.deadline.window', {
                from: formatDate(a.notice.startsOn),
                to: formatDate(a.notice.endsOn),
              })}
            </span>
          </Descriptions.Item>
        )}
        {a.timer && (
          <Descriptions.Item label={t('applications.fields.paymentDue')}>
            <Deadline a={a} />
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
