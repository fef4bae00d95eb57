import { Card, type TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { defineList } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { type FactRead, useConsentReads, useConsents } from '../../api';
import { ConsentTable } from '../../components/ConsentTable';
import { useFinanceLabels } from '../../labels';

const READS = defineList({ filters: {}, prefix: 'r' });

/** 我的信息授权: the consents my enterprise gave, revocable, and every read of its facts under them. */
export function MyConsentsPage() {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const consents = useConsents('mine');
  const listPage = useListPage(READS);
  const reads = useConsentReads({ page: listPage.page, pageSize: listPage.pageSize });
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
        {consents.isError ? (
          <QueryError error={consents.error} onRetry={() => consents.refetch()} />
        ) : (
          <ConsentTable items={consents.data?.items} side="mine" />
        )}
      </Card>
      <Card title={t('consent.mine.reads')}>
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
