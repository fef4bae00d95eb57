import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import {
  POLICY_ADMIN_SORTS,
  POLICY_DOC_STATES,
  POLICY_LEVEL_CODES,
  POLICY_SUPPORT_KIND_CODES,
  type PolicyDocumentRow,
} from '@cz/shared/policy-docs';
import { App, Button, Card, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate, formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useAdminPolicies, usePublishPolicy } from '../../api';
import { LevelTag, StateTag } from '../../components/PolicyTags';
import { RepealModal } from '../../components/RepealModal';
import { usePolicyLabels } from '../../labels';

const ADMIN_POLICY_LIST = defineList({
  filters: {
    q: filter.text,
    status: filter.oneOf(POLICY_DOC_STATES),
    level: filter.oneOf(POLICY_LEVEL_CODES),
    supportKind: filter.oneOf(POLICY_SUPPORT_KIND_CODES),
  },
  sorts: POLICY_ADMIN_SORTS,
  defaultSort: 'updated',
});

/** 政策管理: every document in every state, with the actions its state allows, the export, writing and import. */
export function AdminPoliciesPage() {
  const { t } = useTranslation('policy');
  const { message } = App.useApp();
  const labels = usePolicyLabels();
  const listPage = useListPage(ADMIN_POLICY_LIST);
  const { filters, setFilter } = listPage;
  const list = useAdminPolicies(listPage.query);
  const publish = usePublishPolicy();
  const [repealing, setRepealing] = useState<PolicyDocumentRow | null>(null);

  const columns: TableColumnsType<PolicyDocumentRow> = [
    {
      title: t('fields.title'),
      dataIndex: 'title',
      render: (title: string, r) => (
        <Link to={`/admin/policies/${r.id}/edit`} data-testid={`policy-row-${r.id}`}>
          {title}
        </Link>
      ),
    },
    { title: t('fields.docNumber'), dataIndex: 'docNumber', render: (v: string | null) => v ?? '—' },
    { title: t('fields.issuer'), dataIndex: 'issuer' },
    { title: t('fields.level'), dataIndex: 'level', render: (_: unknown, r) => <LevelTag level={r.level} /> },
    {
      title: t('fields.state'),
      dataIndex: 'state',
      render: (_: unknown, r) => <StateTag state={r.state} testId={`policy-state-${r.id}`} />,
    },
    { title: t('fields.issuedOn'), dataIndex: 'issuedOn', render: formatDate },
    { title: t('fields.updatedAt'), dataIndex: 'updatedAt', render: formatDateTime },
    {
      title: t('admin.actions'),
      key: 'actions',
      render: (_: unknown, r) => (
        <Space size={4} wrap>
          <LinkButton size="small" to={`/admin/policies/${r.id}/edit#items`} data-testid={`policy-items-${r.id}`}>
            {t('items.list.items')}
          </LinkButton>
          {r.status === 'draft' && (
            <Button
              size="small"
              type="primary"
              data-testid={`policy-publish-${r.id}`}
              onClick={() =>
                publish.mutateAsync(r.id).then(
                  () => message.success(t('admin.published')),
                  (err) => message.error(errorMessage(err)),
                )
              }
            >
              {t('admin.publish')}
            </Button>
          )}
          {r.status === 'published' && (
            <>
              <LinkButton size="small" to={`/policies/${r.id}`}>
                {t('admin.view')}
              </LinkButton>
              <Button size="small" danger onClick={() => setRepealing(r)} data-testid={`policy-repeal-${r.id}`}>
                {t('admin.repeal')}
              </Button>
            </>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('admin.title')}
        subtitle={t('admin.subtitle')}
        extra={
          <>
            <LinkButton type="primary" icon={<PlusOutlined />} to="/admin/policies/new" data-testid="policy-new">
              {t('admin.new')}
            </LinkButton>
            <LinkButton icon={<ImportOutlined />} to="/admin/policies/import" data-testid="policy-import">
              {t('admin.import')}
            </LinkButton>
            <ExportButton
              path="/policy/admin/documents/export.xlsx"
              query={listPage.exportQuery}
              fileName="policy-documents.xlsx"
              testId="policy-export"
            />
          </>
        }
      />
      <Card>
        <SearchToolbar
          q={filters.q}
          placeholder={t('admin.search')}
          onSearch={(q) => setFilter('q', q)}
          searchTestId="policy-admin-search"
          choices={[
            {
              label: t('fields.state'),
              value: filters.status,
              options: labels.stateOptions,
              onChange: (v) => setFilter('status', v),
            },
            {
              label: t('fields.level'),
              value: filters.level,
              options: labels.levelOptions,
              onChange: (v) => setFilter('level', v),
            },
            {
              label: t('fields.supportKinds'),
              value: filters.supportKind,
              options: labels.supportKindOptions,
              onChange: (v) => setFilter('supportKind', v),
            },
          ]}
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="policy-admin-list" data-total={list.data?.total ?? ''}>
            <DataTable<PolicyDocumentRow>
              rowKey="id"
              columns={columns}
              scroll={{ x: 1100 }}
              {...listPage.tableProps(list.data, list.isFetching)}
            />
          </div>
        )}
      </Card>
      <RepealModal doc={repealing} onClose={() => setRepealing(null)} />
    </div>
  );
}
