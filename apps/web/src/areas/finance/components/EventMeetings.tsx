import type { FinanceEvent } from '@cz/shared/finance';
import { Button, Card, Space, type TableColumnType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { formatDate, formatPeriod } from '../../../kit/datetime';
import type { Meeting } from '../events.api';
import { BookMeetingModal } from './BookMeetingModal';
import { MeetingStatusTag } from './fundingTags';
import { MeetingResultModal, type ResultAction } from './MeetingResultModal';

export type Audience = 'office' | 'institution' | 'enterprise';

/**
 * An event's 1:1 meetings: the office books them and records each as held (with its outcome) or a no-show; the
 * institution records its follow-up of a held meeting (an overdue one is marked); the enterprise reads them.
 */
export function EventMeetings({ event: e, audience }: { event: FinanceEvent; audience: Audience }) {
  const { t } = useTranslation('finance');
  const [booking, setBooking] = useState(false);
  const [acting, setActing] = useState<{ meeting: Meeting; action: ResultAction } | null>(null);
  const act = (meeting: Meeting, action: ResultAction, label: string, primary = false) => (
    <Button
      key={action}
      size="small"
      type={primary ? 'primary' : 'default'}
      onClick={() => setActing({ meeting, action })}
      data-testid={`meeting-${meeting.id}-${action}`}
    >
      {label}
    </Button>
  );
  const actions = (m: Meeting) => {
    if (audience === 'office' && m.status === 'scheduled' && e.status !== 'cancelled')
      return [act(m, 'held', t('meeting.held'), true), act(m, 'no_show', t('meeting.noShow'))];
    if (audience === 'institution' && m.status === 'held' && !m.followedUpAt)
      return [act(m, 'follow_up', t('meeting.followUp'), true)];
    return [];
  };
  const columns: TableColumnType<Meeting>[] = [
    {
      title: t('meeting.time'),
      key: 'time',
      render: (_: unknown, m) => formatPeriod(m.startsAt, m.endsAt),
    },
    { title: t('meeting.institution'), dataIndex: 'institutionName' },
    { title: t('meeting.enterprise'), dataIndex: 'enterpriseName' },
    {
      title: t('meeting.status'),
      dataIndex: 'status',
      render: (s: Meeting['status'], m) => <MeetingStatusTag status={s} testId={`meeting-${m.id}-status`} />,
    },
    {
      title: t('meeting.outcome'),
      key: 'outcome',
      render: (_: unknown, m) => (
        <Space orientation="vertical" size={0}>
          <span>{m.outcome ? t(`meetingOutcome.${m.outcome}`) : '—'}</span>
          {m.note && <span>{m.note}</span>}
        </Space>
      ),
    },
    {
      title: t('meeting.followUpDue'),
      key: 'followUp',
      render: (_: unknown, m) => (
        <Space orientation="vertical" size={2}>
          <span>{formatDate(m.followUpDue)}</span>
          {m.followUpOverdue && (
            <Tag color="error" data-testid={`meeting-${m.id}-overdue`}>
              {t('meeting.overdue')}
            </Tag>
          )}
          {m.followedUpAt && <Tag color="success">{t('meeting.followedUp')}</Tag>}
          {m.followUpNote && <span>{m.followUpNote}</span>}
        </Space>
      ),
    },
    ...(audience === 'enterprise'
      ? []
      : [
          {
            title: t('fields.actions'),
            key: 'actions',
            render: (_: unknown, m: Meeting) => <Space wrap>{actions(m)}</Space>,
          },
        ]),
  ];
  return (
    <Card
      title={t('meeting.title')}
      extra={
        audience === 'office' &&
        e.status === 'planned' && (
          <Button type="primary" onClick={() => setBooking(true)} data-testid="meeting-book">
            {t('meeting.book')}
          </Button>
        )
      }
    >
      <div data-testid="meetings" data-total={e.meetings.length}>
        <DataTable<Meeting>
          rowKey="id"
          columns={columns}
          dataSource={e.meetings}
          pagination={{ pageSize: 20 }}
          locale={{ emptyText: t('meeting.none') }}
        />
      </div>
      {booking && <BookMeetingModal event={e} onClose={() => setBooking(false)} />}
      {acting && <MeetingResultModal {...acting} onClose={() => setActing(null)} />}
    </Card>
  );
}
