import { Card, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { dayjs, formatDateTime, zoneDayEnd, zoneDayStart } from '../../../../kit/datetime';
import { type FilterParser, filter, readString } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import type { AuditEntry } from '../../../../kit/types';
import { useAuditLog } from '../../api';
import { AuditFilters } from '../../components/AuditFilters';
import { JsonDiff } from '../../components/JsonDiff';

const validDay = (s: string | undefined) => (s && dayjs(s, 'YYYY-MM-DD', true).isValid() ? s : undefined);

const day: FilterParser<string | undefined> = (p, key) => validDay(readString(p, key));
const AUDIT_LIST = {
  filters: {
    action: filter.text,
    entity: filter.text,
    entityId: filter.text,
    actorId: filter.int,
    from: day,
    to: day,
  },
};

export function AuditPage() {
  const { t } = useTranslation('audit');
  const listPage = useListPage(AUDIT_LIST);
  const { update, filters, page, pageSize } = listPage;
  const list = useAuditLog({
    ...filters,
    from: filters.from ? zoneDayStart(dayjs(filters.from)) : undefined,
    to: filters.to ? zoneDayEnd(dayjs(filters.to)) : undefined,
    page,
    pageSize,
  });

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', width: 150, render: formatDateTime },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 160,
      render: (_: unknown, e) =>
        e.actorId ? (
          `${e.actorName ?? ''} #${e.actorId}`
        ) : (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 190,
      render: (a: string) => <Tag style={{ fontFamily: 'monospace' }}>{a}</Tag>,
    },
    { title: t('audit.entity'), dataIndex: 'entity', width: 130 },
    { title: t('audit.entityId'), dataIndex: 'entityId', width: 110, render: (id: string | null) => id ?? '—' },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130, render: (ip: string | null) => ip ?? '—' },
  ];

  return (
    <div>
      <PageHeader title={t('audit.title')} />
      <Card>
        <AuditFilters value={filters} onApply={update} />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 900 }}
            expandable={{ expandedRowRender: (e) => <JsonDiff before={e.before} after={e.after} /> }}
            onRow={(e) => ({ 'data-testid': `audit-row-${e.id}` }) as React.HTMLAttributes<HTMLElement>}
            pagination={listPage.pagination(list.data?.total)}
          />
        )}
      </Card>
    </div>
  );
}
