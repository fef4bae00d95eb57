import type { FactChange } from '@cz/shared';
import { Card, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { formatDateTime } from '../../../kit/datetime';
import { useOrgFactChanges } from '../api';
import { FactChangeDecision } from './FactChangeDecision';
import { FactDiffList } from './FactDiffList';

const COLORS = { pending: 'processing', approved: 'success', rejected: 'error', withdrawn: 'default' } as const;

/** For the administration: an organisation's requests to change its verified facts, the open one to decide. */
export function OrgFactChangesCard({ orgId }: { orgId: number }) {
  const { t } = useTranslation('org');
  const changes = useOrgFactChanges(orgId);
  if (!changes.data?.length) return null;
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
      <DataTable
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={changes.data}
        scroll={{ x: 800 }}
      />
    </Card>
  );
}
