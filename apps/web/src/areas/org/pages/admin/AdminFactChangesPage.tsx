import { FACT_CHANGE_STATUSES, type FactChange, type FactChangeStatus } from '@cz/shared';
import { Badge, Card, Segmented, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFactChangeCount, useFactChangeList } from '../../api';
import { FactChangeDecision } from '../../components/FactChangeDecision';
import { FactDiffList } from '../../components/FactDiffList';

const FACT_CHANGE_LIST = defineList({ filters: { q: filter.text, status: filter.oneOf(FACT_CHANGE_STATUSES) } });

/**
 * Requests of organisations to change their verified facts (legal representative, USCC, qualifications…), pending
 * ones oldest first, searched, paged and exported on the server: each shows the verified value beside the value asked
 * for, to approve or reject with a reason.
 */
export function AdminFactChangesPage() {
  const { t } = useTranslation('org');
  const listPage = useListPage(FACT_CHANGE_LIST);
  const status: FactChangeStatus = listPage.filters.status ?? 'pending';
  const { q } = listPage.filters;
  const list = useFactChangeList({ q, status, page: listPage.page, pageSize: listPage.pageSize });
  const count = useFactChangeCount();

  const columns: TableColumnsType<FactChange> = [
    {
      title: t('adminFacts.org'),
      dataIndex: 'orgName',
      width: 220,
      render: (name: string, r) => <Link to={`/admin/orgs/${r.orgId}`}>{name}</Link>,
    },
    {
      title: t('adminFacts.changes'),
      key: 'changes',
      render: (_: unknown, r) => <FactDiffList changes={r.changes} />,
    },
    { title: t('factChanges.requestedAt'), dataIndex: 'requestedAt', width: 160, render: formatDateTime },
    ...(status === 'pending'
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 180,
            render: (_: unknown, r: FactChange) => <FactChangeDecision change={r} />,
          },
        ]
      : [
          { title: t('factChanges.decidedAt'), dataIndex: 'decidedAt', width: 160, render: formatDateTime },
          ...(status === 'rejected'
            ? [{ title: t('adminFacts.rejectReason'), dataIndex: 'rejectReason', width: 200 }]
            : []),
        ]),
  ];

  return (
    <div>
      <PageHeader title={t('adminFacts.title')} subtitle={t('adminFacts.subtitle')} />
      <Card>
        <Segmented
          style={{ marginBottom: 16 }}
          // One tab stop: the options' own radio inputs take the focus and the arrow keys.
          tabIndex={-1}
          aria-label={t('adminFacts.statusLabel')}
          value={status}
          onChange={(v) => listPage.setFilter('status', v === 'pending' ? undefined : v)}
          options={FACT_CHANGE_STATUSES.map((s) => ({
            value: s,
            label:
              s === 'pending' ? (
                <Badge count={count.data ?? 0} size="small" offset={[8, -2]} data-testid="fact-pending-count">
                  {t(`adminFacts.statuses.${s}`)}
                </Badge>
              ) : (
                t(`adminFacts.statuses.${s}`)
              ),
          }))}
        />
        <SearchToolbar
          q={q}
          placeholder={t('adminFacts.searchPlaceholder')}
          onSearch={(value) => listPage.setFilter('q', value)}
          searchTestId="fact-search"
          actions={
            <ExportButton
              path="/org-fact-changes/export.xlsx"
              query={{ q, status }}
              fileName="org-fact-changes.xlsx"
              testId="fact-changes-export"
            />
          }
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            size="middle"
            columns={columns}
            {...listPage.tableProps(list.data, list.isFetching)}
            scroll={{ x: 900 }}
            locale={{ emptyText: t('adminFacts.empty') }}
            onRow={(r) => ({ 'data-testid': `fact-row-${r.orgId}` }) as React.HTMLAttributes<HTMLElement>}
          />
        )}
      </Card>
    </div>
  );
}
