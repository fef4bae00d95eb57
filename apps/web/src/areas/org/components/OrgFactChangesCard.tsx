import type { FactChange } from '@cz/shared';
import { Card, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { formatDateTime } from '../../../kit/datetime';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { useOrgFactChanges } from '../api';
import { FactChangeDecision } from './FactChangeDecision';
import { FactDiffList } from './FactDiffList';

const COLORS = { pending: 'processing', approved: 'success', rejected: 'error', withdrawn: 'default' } as const;

/** The page's list of requests: its page under `fpage`, its search under `fq`. */
const ORG_FACT_CHANGE_LIST = defineList({ filters: { fq: filter.text }, pageSize: 10, prefix: 'f' });

/**
 * For the administration: an organisation's requests to change its verified facts, newest first, searched and paged
 * on the server (in the URL) and exported; the open one to decide.
 */
export function OrgFactChangesCard({ orgId }: { orgId: number }) {
  const { t } = useTranslation('org');
  const listPage = useListPage(ORG_FACT_CHANGE_LIST);
  const { fq } = listPage.filters;
  const changes = useOrgFactChanges(orgId, { q: fq, page: listPage.page, pageSize: listPage.pageSize });
  // A record that never asked for a change shows nothing; one that did keeps its search box when nothing matches.
  if (!changes.data || (changes.data.total === 0 && !fq)) return null;
  const columns: TableColumnsType<FactChange> = [
    {
      title: t('adminFacts.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: FactChange['status']) => <Tag color={COLORS[s]}>{t(`adminFacts.statuses.${s}`)}</Tag>,
    },
    { title: t('adminFacts.changes'), key: 'changes', render: (_: unknown, r) => <FactDiffList changes={r.changes} /> },
    { title: t('factChanges.requestedAt'), dataIndex: 'requestedAt', width: 160, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_: unknown, r) => (r.status === 'pending' ? <FactChangeDecision change={r} /> : (r.rejectReason ?? '')),
    },
  ];
  return (
    <Card title={t('factChanges.historyTitle')} className="page-card">
      <SearchToolbar
        q={fq}
        placeholder={t('factChanges.searchPlaceholder')}
        onSearch={(q) => listPage.setFilter('fq', q)}
        searchTestId="org-fact-change-search"
        actions={
          <ExportButton
            path={`/orgs/${orgId}/fact-changes/export.xlsx`}
            query={{ q: fq }}
            fileName={`org-${orgId}-fact-changes.xlsx`}
            testId="org-fact-changes-export"
          />
        }
      />
      <DataTable
        rowKey="id"
        size="small"
        columns={columns}
        {...listPage.tableProps(changes.data, changes.isFetching)}
        scroll={{ x: 800 }}
      />
    </Card>
  );
}
