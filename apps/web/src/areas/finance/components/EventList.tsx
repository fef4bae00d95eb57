import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, type TableColumnType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { formatPeriod } from '../../../kit/datetime';
import { type EventSummary, useFinanceEvents } from '../events.api';
import { EventCreateModal } from './EventCreateModal';
import { EventStatusTag } from './fundingTags';

/** 银企对接会: all (the finance office, who plans new ones here) or those my organisation is invited to. */
export function EventList({ base, office = false }: { base: string; office?: boolean }) {
  const { t } = useTranslation('finance');
  const list = useFinanceEvents();
  const [creating, setCreating] = useState(false);
  const columns: TableColumnType<EventSummary>[] = [
    {
      title: t('event.name'),
      dataIndex: 'title',
      render: (title: string, e) => (
        <Link to={`${base}/${e.id}`} data-testid={`event-row-${e.id}`}>
          {title}
        </Link>
      ),
    },
    { title: t('event.time'), key: 'time', render: (_: unknown, e) => formatPeriod(e.startsAt, e.endsAt) },
    { title: t('event.venue'), dataIndex: 'venue' },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      render: (s: EventSummary['status'], e) => <EventStatusTag status={s} testId={`event-row-${e.id}-status`} />,
    },
    { title: t('event.held'), key: 'held', render: (_: unknown, e) => e.yield.held },
    { title: t('event.interested'), key: 'interested', render: (_: unknown, e) => e.yield.interested },
  ];
  return (
    <Card
      extra={
        office && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="event-new">
            {t('event.new')}
          </Button>
        )
      }
    >
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid="events" data-total={list.data?.items.length ?? ''}>
          <DataTable<EventSummary>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isLoading}
            locale={{ emptyText: t('event.none') }}
          />
        </div>
      )}
      {creating && <EventCreateModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
