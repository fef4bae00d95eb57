import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { IP_SORTS, type IpRecord } from '@cz/shared/ip';
import { Button, Card, Col, Row, Statistic, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../../app/auth';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useIpClassCounts, useIpList } from '../../api';
import { IpImportDialog } from '../../components/IpImportDialog';
import { IP_LIST_FILTERS, useIpColumns, useIpFilterChoices } from '../../components/ipColumns';

const MY_IP_LIST = defineList({
  filters: IP_LIST_FILTERS,
  sorts: IP_SORTS,
  defaultSort: 'newest',
});

/** 我的知识产权: the organisation's registry with its counted Ⅰ类/Ⅱ类, search, filters, export and import. */
export function MyIpPage() {
  const { t } = useTranslation('ip');
  const { me } = useAuth();
  const listPage = useListPage(MY_IP_LIST);
  const { filters, update } = listPage;
  const list = useIpList(listPage.query, !!me?.org);
  const counts = useIpClassCounts(undefined, !!me?.org);
  const [importing, setImporting] = useState(false);

  const cols = useIpColumns();
  const choices = useIpFilterChoices(filters, update);

  const columns: TableColumnsType<IpRecord> = [
    cols.number((r) => ({ to: `/my/ip/${r.id}`, testId: `ip-row-${r.id}` }), {
      key: 'number',
      sorter: true,
      sortOrder: listPage.sortOrder('number'),
    }),
    cols.title,
    ...cols.statuses,
    {
      title: t('fields.feeDueOn'),
      dataIndex: 'feeDueOn',
      key: 'feeDueOn',
      sorter: true,
      sortOrder: listPage.sortOrder('feeDueOn'),
      render: formatDate,
    },
    {
      title: t('fields.expiresOn'),
      dataIndex: 'expiresOn',
      key: 'expiresOn',
      sorter: true,
      sortOrder: listPage.sortOrder('expiresOn'),
      render: formatDate,
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('mine.title')}
        subtitle={t('mine.subtitle')}
        extra={
          <>
            <LinkButton type="primary" icon={<PlusOutlined />} to="/my/ip/new" data-testid="ip-new">
              {t('mine.new')}
            </LinkButton>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="ip-import-open">
              {t('mine.import')}
            </Button>
            <ExportButton
              path="/ip/records/export.xlsx"
              query={listPage.exportQuery}
              fileName="ip-records.xlsx"
              testId="ip-export"
            />
          </>
        }
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('mine.class1')} value={counts.data?.class1 ?? 0} loading={counts.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('mine.class2')} value={counts.data?.class2 ?? 0} loading={counts.isLoading} />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" style={{ height: '100%' }}>
            {t('mine.countsHint')}
          </Card>
        </Col>
      </Row>
      <Card>
        <SearchToolbar
          q={filters.q}
          placeholder={t('mine.search')}
          onSearch={(q) => update({ q })}
          searchTestId="ip-search"
          searchSpan={9}
          choices={[choices.kind, choices.legalStatus, choices.verification]}
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="ip-list" data-total={list.data?.total ?? ''}>
            <DataTable<IpRecord>
              rowKey="id"
              columns={columns}
              scroll={{ x: 1100 }}
              {...listPage.tableProps(list.data, list.isFetching)}
            />
          </div>
        )}
      </Card>
      <IpImportDialog open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
