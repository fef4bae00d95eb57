import { BATCH_STATUSES, BATCH_TRIGGERS, type Batch } from '@cz/shared/cultivation-api';
import { App, Button, Card, Progress, Select, Space, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { ListToolbar } from '../../../../kit/list/ListToolbar';
import { defineList, filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useBatches, useStartBatch } from '../../api';

const percent = (b: Batch) => (b.total === 0 ? 100 : Math.floor(((b.processed + b.failed) * 100) / b.total));

const BATCH_LIST = defineList({
  filters: { status: filter.oneOf(BATCH_STATUSES), trigger: filter.oneOf(BATCH_TRIGGERS) },
  pageSize: 10,
});
const LATEST = { page: 1, pageSize: 1 };

/**
 * Batch evaluation of every enterprise: start one, watch its progress (polled every second while one runs), and the
 * runs so far, filtered and paged on the server (in the URL) and exported.
 */
export function AdminBatchPage() {
  const { t } = useTranslation('cultivation');
  const { message } = App.useApp();
  const listPage = useListPage(BATCH_LIST);
  const { status, trigger } = listPage.filters;
  const first = useBatches(LATEST, false);
  const running = first.data?.items[0]?.status === 'running';
  const latest = useBatches(LATEST, running);
  const batches = useBatches({ status, trigger, page: listPage.page, pageSize: listPage.pageSize }, running);
  const start = useStartBatch();
  const current = latest.data?.items[0];
  const columns: TableColumnsType<Batch> = [
    { title: t('batch.startedAt'), dataIndex: 'startedAt', render: formatDateTime },
    { title: t('batch.trigger'), dataIndex: 'trigger', render: (v: Batch['trigger']) => t(`batch.${v}`) },
    {
      title: t('batch.progress'),
      key: 'progress',
      render: (_: unknown, b) => (
        <Tag color={b.status === 'done' ? 'green' : b.status === 'failed' ? 'red' : 'blue'}>
          {t(`batch.${b.status}`)}
        </Tag>
      ),
    },
    { title: t('batch.total'), dataIndex: 'total' },
    { title: t('batch.processed'), dataIndex: 'processed' },
    { title: t('batch.failedCount'), dataIndex: 'failed' },
    {
      title: t('batch.finishedAt'),
      dataIndex: 'finishedAt',
      render: (v: string | null) => (v ? formatDateTime(v) : '—'),
    },
  ];
  return (
    <div>
      <PageHeader
        title={t('batch.title')}
        subtitle={t('batch.subtitle')}
        extra={
          <Button
            type="primary"
            loading={start.isPending}
            data-testid="batch-start"
            onClick={() =>
              start.mutateAsync().then(
                () => {
                  message.success(t('batch.started'));
                  return Promise.all([latest.refetch(), batches.refetch()]);
                },
                (err) => message.error(errorMessage(err)),
              )
            }
          >
            {t('batch.start')}
          </Button>
        }
      />
      {current && (
        <Card style={{ marginBottom: 16 }} data-testid="batch-current" data-status={current.status}>
          <Progress
            percent={percent(current)}
            status={current.status === 'failed' ? 'exception' : current.status === 'running' ? 'active' : 'success'}
            aria-label={t('batch.progress')}
          />
          <p>
            {t('batch.processed')} {current.processed} / {current.total}
            {current.failed > 0 && ` · ${t('batch.failedCount')} ${current.failed}`}
            {current.error && ` · ${current.error}`}
          </p>
        </Card>
      )}
      <Card title={t('batch.recent')}>
        <ListToolbar
          actions={
            <ExportButton
              path="/cultivation/batches/export.xlsx"
              query={listPage.exportQuery}
              fileName="cultivation-batches.xlsx"
              testId="batches-export"
            />
          }
        >
          <Space wrap>
            <Select
              allowClear
              style={{ minWidth: 160 }}
              placeholder={t('batch.status')}
              aria-label={t('batch.status')}
              value={status}
              options={BATCH_STATUSES.map((s) => ({ value: s, label: t(`batch.${s}`) }))}
              onChange={(v: string | undefined) => listPage.setFilter('status', v)}
              data-testid="batch-status-filter"
            />
            <Select
              allowClear
              style={{ minWidth: 160 }}
              placeholder={t('batch.trigger')}
              aria-label={t('batch.trigger')}
              value={trigger}
              options={BATCH_TRIGGERS.map((v) => ({ value: v, label: t(`batch.${v}`) }))}
              onChange={(v: string | undefined) => listPage.setFilter('trigger', v)}
              data-testid="batch-trigger-filter"
            />
          </Space>
        </ListToolbar>
        {batches.isError ? (
          <QueryError error={batches.error} onRetry={() => batches.refetch()} />
        ) : (
          <div data-testid="batches" data-total={batches.data?.total ?? ''}>
            <DataTable<Batch>
              rowKey="id"
              columns={columns}
              {...listPage.tableProps(batches.data, batches.isFetching)}
            />
          </div>
        )}
      </Card>
    </div>
  );
}
