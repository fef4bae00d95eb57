import { PlusOutlined } from '@ant-design/icons';
import { EVENT_STATUSES, type MarketEvent } from '@cz/shared/market';
import { Alert, Card, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useEvents } from '../../deals.api';

const EVENT_LIST = defineList({ filters: { q: filter.text, status: filter.oneOf(EVENT_STATUSES) } });
const COLORS = { planned: 'processing', held: 'success', cancelled: 'default' } as const;

/**
 * 科技成果推送活动: the events, newest first, found by title, description or venue and by status, with this year's
 * count against the plan's two; for the administration (`admin`) the cancelled too and a new one.
 */
export function EventsPage({ admin = false }: { admin?: boolean }) {
  const { t } = useTranslation('market');
  const listPage = useListPage(EVENT_LIST);
  const list = useEvents(listPage.query);
  const base = admin ? '/admin/market/events' : '/market/events';
  const statuses = admin ? EVENT_STATUSES : EVENT_STATUSES.filter((s) => s !== 'cancelled');
  const columns: TableColumnsType<MarketEvent> = [
    {
      title: t('events.name'),
      dataIndex: 'title',
      render: (title: string, e) => (
        <Link to={`${base}/${e.id}`} data-testid={`event-link-${e.id}`}>
          {title}
        </Link>
      ),
    },
    { title: t('events.startsAt'), dataIndex: 'startsAt', render: formatDateTime },
    { title: t('events.venue'), dataIndex: 'venue' },
    {
      title: t('events.status'),
      dataIndex: 'status',
      render: (s: MarketEvent['status']) => <Tag color={COLORS[s]}>{t(`events.statuses.${s}`)}</Tag>,
    },
    { title: t('events.featured'), dataIndex: 'featuredCount', align: 'right' },
    { title: t('events.registered'), dataIndex: 'registeredCount', align: 'right' },
  ];
  const y = list.data?.thisYear;
  return (
    <div>
      <PageHeader
        title={t('events.title')}
        subtitle={t('events.subtitle')}
        extra={
          admin && (
            <LinkButton type="primary" icon={<PlusOutlined />} to="/admin/market/events/new" data-testid="event-new">
              {t('events.new')}
            </LinkButton>
          )
        }
      />
      {y && (
        <Alert
          style={{ marginBottom: 16 }}
          type={y.count >= y.target ? 'success' : 'info'}
          showIcon
          title={t('events.thisYear', { year: y.year, count: y.count, target: y.target })}
          data-testid="events-this-year"
          data-count={y.count}
        />
      )}
      <Card>
        <SearchToolbar
          q={listPage.filters.q}
          placeholder={t('events.search')}
          onSearch={(q) => listPage.update({ q })}
          searchTestId="events-search"
          choices={[
            {
              value: listPage.filters.status,
              label: t('events.status'),
              options: statuses.map((value) => ({ value, label: t(`events.statuses.${value}`) })),
              onChange: (v: string | undefined) => listPage.update({ status: v }),
            },
          ]}
          actions={
            <ExportButton
              path="/market/events/export.xlsx"
              query={listPage.exportQuery}
              fileName="push-events.xlsx"
              testId="events-export"
            />
          }
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="events" data-total={list.data?.total ?? ''}>
            <DataTable<MarketEvent>
              rowKey="id"
              columns={columns}
              {...listPage.tableProps(list.data, list.isFetching)}
            />
          </div>
        )}
      </Card>
    </div>
  );
}

export const AdminEventsPage = () => <EventsPage admin />;
