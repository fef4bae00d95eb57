import { AuditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Badge, Card, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFixedColumn } from '../../../../kit/responsive';
import type { OrgListItem } from '../../../../kit/types';
import { useFactChangeCount, useOrgList } from '../../api';
import { FlagTags } from '../../components/FlagTags';
import { OrgFilterBar } from '../../components/OrgFilterBar';
import { OrgStatusTag } from '../../components/OrgStatusTag';
import { exportQuery, ORG_LIST, orgFilters } from '../../components/org-filters';
import { flagsOf, useLabels } from '../../labels';

/** Every organisation, paged on the server, with the filters in the URL and an Excel export of the same filter. */
export function AdminOrgsPage() {
  const { t } = useTranslation('org');
  const fixedLeft = useFixedColumn('left');
  const labels = useLabels();
  const listPage = useListPage(ORG_LIST);
  const { update, reset } = listPage;
  const filters = orgFilters(listPage);
  const list = useOrgList(filters);
  const factChanges = useFactChangeCount();

  const columns: TableColumnsType<OrgListItem> = [
    {
      title: t('org.fields.name'),
      dataIndex: 'name',
      fixed: fixedLeft,
      width: 240,
      sorter: true,
      sortOrder: listPage.sortOrder('name'),
      render: (name: string, r) => <Link to={`/admin/orgs/${r.id}`}>{name}</Link>,
    },
    {
      title: t('org.fields.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: OrgListItem['status']) => <OrgStatusTag status={s} />,
    },
    {
      title: t('org.fields.uscc'),
      dataIndex: 'uscc',
      width: 190,
      render: (u: string) => <span style={{ fontFamily: 'monospace' }}>{u}</span>,
    },
    {
      title: t('org.fields.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (k: OrgListItem['kind']) => t(`enums.orgKind.${k}`),
    },
    {
      title: t('org.fields.industry'),
      dataIndex: 'industry',
      width: 150,
      ellipsis: true,
      render: (c: string | null) => labels.industry(c),
    },
    {
      title: t('org.fields.industryChain'),
      dataIndex: 'industryChain',
      width: 120,
      render: (c: string | null) => labels.chain(c),
    },
    { title: t('org.fields.park'), dataIndex: 'park', width: 140, render: (p: string | null) => p ?? '—' },
    {
      title: t('org.fields.flags'),
      key: 'flags',
      width: 220,
      render: (_: unknown, r) => <FlagTags flags={flagsOf(r)} />,
    },
    {
      title: t('org.fields.createdAt'),
      dataIndex: 'createdAt',
      width: 150,
      sorter: true,
      sortOrder: filters.sort === 'newest' ? 'descend' : null,
      sortDirections: ['descend'],
      render: formatDateTime,
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('adminOrgs.title')}
        extra={
          <>
            <LinkButton to="/admin/orgs/new" type="primary" icon={<PlusOutlined />} data-testid="org-new">
              {t('adminOrgs.new')}
            </LinkButton>
            <Badge count={factChanges.data ?? 0} size="small">
              <LinkButton to="/admin/orgs/fact-changes" icon={<AuditOutlined />} data-testid="org-fact-changes">
                {t('adminFacts.entry')}
              </LinkButton>
            </Badge>
            <LinkButton to="/admin/orgs/import" icon={<UploadOutlined />}>
              {t('adminOrgs.import')}
            </LinkButton>
            <ExportButton
              path="/orgs/export.xlsx"
              query={exportQuery(filters)}
              fileName="organisations.xlsx"
              testId="org-export"
            />
          </>
        }
      />
      <Card>
        <OrgFilterBar filters={filters} onChange={update} onReset={reset} />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            size="middle"
            cardSort={false}
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 1420 }}
            onRow={(r) =>
              ({ 'data-testid': `org-row-${r.id}`, 'data-status': r.status }) as React.HTMLAttributes<HTMLElement>
            }
            onChange={(_pagination, _filters, sorter, extra) => {
              if (extra.action !== 'sort' || Array.isArray(sorter)) return;
              const field = sorter.field === 'name' ? 'name' : 'newest';
              listPage.setSort(sorter.order ? field : undefined);
            }}
            pagination={listPage.pagination(list.data?.total)}
          />
        )}
      </Card>
    </div>
  );
}
