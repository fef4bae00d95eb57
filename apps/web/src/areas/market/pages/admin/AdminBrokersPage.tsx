import type { BrokerCandidate } from '@cz/shared/market';
import { App, Card, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { useBrokers, useSetBroker } from '../../api';

/** 技术经理人: the platform's experts, each named broker (or not) by a switch; a broker pushes suggestions for needs. */
export function AdminBrokersPage() {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const list = useBrokers();
  const set = useSetBroker();
  return (
    <div>
      <PageHeader title={t('brokers.title')} subtitle={t('brokers.subtitle')} />
      <Card>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="brokers" data-total={list.data?.items.length ?? ''}>
            <DataTable<BrokerCandidate>
              rowKey="userId"
              loading={list.isLoading}
              dataSource={list.data?.items ?? []}
              pagination={false}
              columns={[
                { title: t('brokers.name'), dataIndex: 'displayName' },
                { title: t('brokers.username'), dataIndex: 'username' },
                {
                  title: t('brokers.broker'),
                  dataIndex: 'broker',
                  render: (on: boolean, c) => (
                    <Switch
                      checked={on}
                      loading={set.isPending && set.variables?.userId === c.userId}
                      aria-label={t('brokers.toggle', { name: c.displayName })}
                      data-testid={`broker-${c.userId}`}
                      onChange={(broker) =>
                        set.mutateAsync({ userId: c.userId, broker }).then(
                          () => message.success(broker ? t('brokers.named') : t('brokers.unnamed')),
                          (err) => message.error(errorMessage(err)),
                        )
                      }
                    />
                  ),
                },
                { title: t('brokers.since'), dataIndex: 'since', render: formatDateTime },
              ]}
            />
          </div>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('brokers.hint')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
