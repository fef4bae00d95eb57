import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, type TableColumnType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { formatPeriod } from '../../../kit/datetime';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { type EventSummary, useFinanceEvents } from '../events.api';
import { EventCreateModal } from './EventCreateModal';
import { EventStatusTag } from './fundingTags';

const EVENT_LIST = defineList({ filters: { q: filter.text } });

/**
 * 银企对接会, latest first, paged and searched by title or venue: all (the finance office, who plans new ones here) or
 * those my organisation is invited to. The list exports as Excel with each event's yield.
 */
export function EventList({ base, office = false }: { base: string; office?: boolean }) {
  const { t } = useTranslation('finance');
  const listPage = useListPage(EVENT_LIST);
  const list = useFinanceEvents(listPage.query);
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
      <SearchToolbar
        q={listPage.filters.q}
        placeholder={t('event.search')}
        onSearch={(q) => listPage.update({ q })}
        searchTestId="events-search"
        actions={
          <ExportButton
            path="/finance/events/export.xlsx"
            query={listPage.exportQuery}
            fileName="finance-events.xlsx"
            testId="events-export"
          />
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid="events" data-total={list.data?.total ?? ''}>
          <DataTable<EventSummary>
            rowKey="id"
            columns={columns}
            {...listPage.tableProps(list.data, list.isFetching)}
            locale={{ emptyText: t('event.none') }}
          />
        </div>
      )}
      {creating && <EventCreateModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
