import { INDUSTRY_CHAIN_CODES, ORG_KINDS } from '@cz/shared';
import { Button, Card, Drawer, Form, Input, Select, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { filter, readInt } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useOverlayWidth } from '../../../../kit/responsive';
import type { OrgListItem } from '../../../../kit/types';
import { useOrg, useOrgList } from '../../api';
import { FlagTags } from '../../components/FlagTags';
import { OrgDetails } from '../../components/OrgDetails';
import { flagsOf, useLabels } from '../../labels';

const DIRECTORY_LIST = {
  filters: {
    q: filter.text,
    kind: filter.listOf(ORG_KINDS),
    industryChain: filter.listOf(INDUSTRY_CHAIN_CODES),
  },
};

/** The public directory of verified organisations: no login, searchable, filters in the URL. */
export function OrgDirectoryPage() {
  const { t } = useTranslation('org');
  const labels = useLabels();
  const listPage = useListPage(DIRECTORY_LIST);
  const { update, params } = listPage;
  const query = {
    // Only verified organisations are public; admins, whom the API shows every status, see the same directory.
    status: ['verified'],
    ...listPage.filters,
    page: listPage.page,
    pageSize: listPage.pageSize,
    sort: listPage.filters.q ? ('relevance' as const) : ('name' as const),
  };
  const list = useOrgList(query);
  const openId = readInt(params, 'open');
  const detail = useOrg(openId);
  const drawerWidth = useOverlayWidth(720);

  const columns: TableColumnsType<OrgListItem> = [
    {
      title: t('org.fields.name'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => update({ open: r.id }, { resetPage: false })}
        >
          {name}
        </Button>
      ),
    },
    {
      title: t('org.fields.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (k: OrgListItem['kind']) => t(`enums.orgKind.${k}`),
    },
    {
      title: t('org.fields.industryChain'),
      dataIndex: 'industryChain',
      width: 130,
      render: (c: string | null) => labels.chain(c),
    },
    { title: t('org.fields.park'), dataIndex: 'park', width: 150, render: (p: string | null) => p ?? '—' },
    {
      title: t('org.fields.flags'),
      key: 'flags',
      width: 220,
      render: (_: unknown, r) => <FlagTags flags={flagsOf(r)} />,
    },
  ];

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto' }}>
      <PageHeader
        title={t('directory.title')}
        subtitle={t('directory.subtitle')}
        extra={
          <ExportButton
            path="/orgs/export.xlsx"
            query={{ ...query, page: undefined, pageSize: undefined }}
            fileName="organisations.xlsx"
            testId="directory-export"
          />
        }
      />
      <Card>
        <Form layout="inline" className="filter-bar" style={{ rowGap: 0, marginBottom: 4 }}>
          <Form.Item style={{ flex: '1 1 260px' }}>
            <Input.Search
              key={query.q ?? ''}
              defaultValue={query.q}
              allowClear
              placeholder={t('directory.searchPlaceholder')}
              aria-label={t('directory.searchPlaceholder')}
              enterButton={t('common.search')}
              onSearch={(value) => update({ q: value.trim() })}
              data-testid="directory-search"
            />
          </Form.Item>
          <Form.Item style={{ flex: '1 1 180px' }}>
            <Select
              mode="multiple"
              allowClear
              placeholder={t('org.fields.kind')}
              aria-label={t('org.fields.kind')}
              options={labels.kindOptions}
              value={query.kind ?? []}
              onChange={(v: string[]) => update({ kind: v })}
              maxTagCount="responsive"
            />
          </Form.Item>
          <Form.Item style={{ flex: '1 1 180px' }}>
            <Select
              mode="multiple"
              allowClear
              placeholder={t('org.fields.industryChain')}
              aria-label={t('org.fields.industryChain')}
              options={labels.chainOptions}
              value={query.industryChain ?? []}
              onChange={(v: string[]) => update({ industryChain: v })}
              maxTagCount="responsive"
            />
          </Form.Item>
        </Form>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 860 }}
            locale={{ emptyText: t('directory.empty') }}
            onRow={(r) => ({ 'data-testid': `dir-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
            pagination={listPage.pagination(list.data?.total)}
          />
        )}
      </Card>
      <Drawer
        open={openId !== undefined}
        onClose={() => update({ open: null }, { resetPage: false })}
        title={detail.data?.name ?? t('common.details')}
        size={drawerWidth}
        destroyOnHidden
      >
        {detail.isError ? (
          <QueryError error={detail.error} />
        ) : detail.data ? (
          <OrgDetails org={detail.data} showStatus={false} />
        ) : null}
      </Drawer>
    </div>
  );
}
