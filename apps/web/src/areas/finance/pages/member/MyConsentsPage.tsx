import { Card, type TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { type FactRead, useConsentReads } from '../../api';
import { ConsentTable } from '../../components/ConsentTable';
import { useFinanceLabels } from '../../labels';

/** The second list of the page: its paging stands in the URL as `rpage`, its search as `rq`. */
const READS = defineList({ filters: { rq: filter.text }, prefix: 'r' });

/** 我的信息授权: the consents my enterprise gave, revocable, and every read of its facts under them. */
export function MyConsentsPage() {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const listPage = useListPage(READS);
  const { rq } = listPage.filters;
  const search = rq ? { q: rq } : {};
  const reads = useConsentReads({ page: listPage.page, pageSize: listPage.pageSize, ...search });
  const columns: TableColumnType<FactRead>[] = [
    { title: t('fields.institution'), dataIndex: 'institutionName' },
    { title: t('consent.reader'), dataIndex: 'readerName' },
    {
      title: t('consent.scopes'),
      dataIndex: 'scopes',
      render: (s: FactRead['scopes']) => labels.list(s, labels.scope),
    },
    { title: t('consent.readAt'), dataIndex: 'readAt', render: formatDateTime },
  ];
  return (
    <div>
      <PageHeader title={t('consent.mine.title')} subtitle={t('consent.mine.subtitle')} />
      <Card title={t('consent.mine.given')} style={{ marginBottom: 16 }}>
        <ConsentTable side="mine" />
      </Card>
      <Card title={t('consent.mine.reads')}>
        <SearchToolbar
          q={rq}
          placeholder={t('consent.readSearch')}
          onSearch={(q) => listPage.setFilter('rq', q)}
          searchTestId="consent-reads-search"
          actions={
            <ExportButton
              path="/finance/consent-reads/export.xlsx"
              query={search}
              fileName="finance-fact-reads.xlsx"
              testId="consent-reads-export"
            />
          }
        />
        {reads.isError ? (
          <QueryError error={reads.error} onRetry={() => reads.refetch()} />
        ) : (
          <div data-testid="consent-reads" data-total={reads.data?.total ?? ''}>
            <DataTable<FactRead> rowKey="id" columns={columns} {...listPage.tableProps(reads.data, reads.isFetching)} />
          </div>
        )}
      </Card>
    </div>
  );
}
