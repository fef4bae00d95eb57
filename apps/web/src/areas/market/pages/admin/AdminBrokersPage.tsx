import type { BrokerCandidate } from '@cz/shared/market';
import { App, Card, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useBrokers, useSetBroker } from '../../api';

const BROKER_LIST = defineList({ filters: { q: filter.text } });

/**
 * 技术经理人: the platform's experts a page at a time, found by name or account, each named broker (or not) by a
 * switch; a broker pushes suggestions for needs.
 */
export function AdminBrokersPage() {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const listPage = useListPage(BROKER_LIST);
  const list = useBrokers(listPage.query);
  const set = useSetBroker();
  return (
    <div>
      <PageHeader title={t('brokers.title')} subtitle={t('brokers.subtitle')} />
      <Card>
        <SearchToolbar
          q={listPage.filters.q}
          placeholder={t('brokers.search')}
          onSearch={(q) => listPage.update({ q })}
          searchTestId="brokers-search"
          actions={
            <ExportButton
              path="/market/brokers/export.xlsx"
              query={listPage.exportQuery}
              fileName="market-brokers.xlsx"
              testId="brokers-export"
            />
          }
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="brokers" data-total={list.data?.total ?? ''}>
            <DataTable<BrokerCandidate>
              rowKey="userId"
              {...listPage.tableProps(list.data, list.isFetching)}
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
