import type { Batch } from '@cz/shared/cultivation-api';
import { App, Button, Card, Progress, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { useBatches, useStartBatch } from '../../api';

const percent = (b: Batch) => (b.total === 0 ? 100 : Math.floor(((b.processed + b.failed) * 100) / b.total));

/** Batch evaluation of every enterprise: start one, watch its progress (polled every second while one runs). */
export function AdminBatchPage() {
  const { t } = useTranslation('cultivation');
  const { message } = App.useApp();
  const first = useBatches(false);
  const running = first.data?.items.some((b) => b.status === 'running') ?? false;
  const batches = useBatches(running);
  const start = useStartBatch();
  const current = batches.data?.items[0];
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
                  return batches.refetch();
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
        {batches.isError ? (
          <QueryError error={batches.error} onRetry={() => batches.refetch()} />
        ) : (
          <DataTable<Batch> rowKey="id" columns={columns} dataSource={batches.data?.items} pagination={false} />
        )}
      </Card>
    </div>
  );
}
