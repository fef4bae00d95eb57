import { auditActionLabel, auditActorLabel, auditEntityLabel } from '@cz/shared/audit';
import { Card, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../../app/i18n/LocaleProvider';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { dayjs, formatDateTime, zoneDayEnd, zoneDayStart } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
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
    q: filter.text,
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
  const { locale } = useLocale();
  const listPage = useListPage(AUDIT_LIST);
  const { update, filters, page, pageSize } = listPage;
  const range = {
    from: filters.from ? zoneDayStart(dayjs(filters.from)) : undefined,
    to: filters.to ? zoneDayEnd(dayjs(filters.to)) : undefined,
  };
  const list = useAuditLog({ ...filters, ...range, page, pageSize });

  // Words, not codes: who (a person or the system), what, on which record; the code stays in a tooltip.
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', width: 150, render: formatDateTime },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 160,
      render: (_: unknown, e) =>
        e.actorId ? (
          auditActorLabel(e.actorId, e.actorName, locale)
        ) : (
          <Typography.Text type="secondary">{auditActorLabel(null, null, locale)}</Typography.Text>
        ),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 190,
      render: (a: string) => (
        <Tooltip title={a}>
          <span data-testid="audit-action-label" data-code={a}>
            {auditActionLabel(a, locale)}
          </span>
        </Tooltip>
      ),
    },
    {
      title: t('audit.entity'),
      dataIndex: 'entity',
      width: 130,
      render: (entity: string) => auditEntityLabel(entity, locale),
    },
    { title: t('audit.entityId'), dataIndex: 'entityId', width: 110, render: (id: string | null) => id ?? '—' },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130, render: (ip: string | null) => ip ?? '—' },
  ];

  return (
    <div>
      <PageHeader
        title={t('audit.title')}
        extra={
          <ExportButton
            path="/audit/export.xlsx"
            query={{ ...filters, ...range, locale }}
            fileName="audit-log.xlsx"
            testId="audit-export"
          />
        }
      />
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
