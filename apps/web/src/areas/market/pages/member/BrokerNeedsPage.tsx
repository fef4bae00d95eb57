import type { BrokerNeed } from '@cz/shared/market';
import { Alert, Card, Space, Spin, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate, formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useBroker } from '../../api';
import { useMarketLabels } from '../../labels';
import { useBrokerNeeds } from '../../matching.api';

const DESK = { filters: { q: filter.text, waiting: filter.oneOf(['true', 'false'] as const) } };

/** How a need's pushes stand: none yet (to review), or pushed, waiting for answers, interested. */
function PushState({ n }: { n: BrokerNeed }) {
  const { t } = useTranslation('market');
  if (n.pushes === 0)
    return (
      <Tag color="orange" data-testid={`broker-need-state-${n.id}`} data-pushes={0}>
        {t('brokerDesk.toReview')}
      </Tag>
    );
  return (
    <Space size={[4, 4]} wrap data-testid={`broker-need-state-${n.id}`} data-pushes={n.pushes}>
      <Tag color="blue">{t('brokerDesk.pushed', { count: n.pushes })}</Tag>
      {n.unanswered > 0 && <Tag>{t('brokerDesk.unanswered', { count: n.unanswered })}</Tag>}
      {n.interested > 0 && <Tag color="green">{t('brokerDesk.interested', { count: n.interested })}</Tag>}
    </Space>
  );
}

/**
 * 待推荐需求: a 技术经理人's desk — the open, published needs, those nobody has pushed an achievement for first (the
 * workbench counts them). Each opens the need, where the broker reviews the suggestions and their reasons and
 * pushes the fitting ones to the owner.
 */
export function BrokerNeedsPage() {
  const { t } = useTranslation('market');
  const { me } = useAuth();
  const labels = useMarketLabels();
  const broker = useBroker(!!me);
  const listPage = useListPage(DESK);
  const { filters, update } = listPage;
  const needs = useBrokerNeeds(listPage.query, broker.data?.broker === true);
  const columns: TableColumnsType<BrokerNeed> = [
    {
      title: t('brokerDesk.need'),
      dataIndex: 'title',
      render: (title: string, n) => (
        <Link to={`/market/needs/${n.id}`} data-testid={`broker-need-${n.id}`}>
          {title}
        </Link>
      ),
    },
    { title: t('needs.fields.owner'), dataIndex: 'ownerName', width: 220, ellipsis: true },
    { title: t('fields.field'), dataIndex: 'field', width: 140, render: (f: string) => labels.field(f) },
    { title: t('needs.fields.deadline'), dataIndex: 'deadline', width: 120, render: formatDate },
    { title: t('fields.publishedAt'), dataIndex: 'publishedAt', width: 160, render: formatDateTime },
    { title: t('brokerDesk.state'), key: 'state', width: 220, render: (_: unknown, n) => <PushState n={n} /> },
  ];
  return (
    <div>
      <PageHeader title={t('brokerDesk.title')} subtitle={t('brokerDesk.subtitle')} />
      {broker.isLoading ? (
        <Spin />
      ) : broker.data?.broker !== true ? (
        <Alert type="info" showIcon title={t('brokerDesk.notBroker')} data-testid="broker-desk-refused" />
      ) : (
        <Card className="page-card">
          <SearchToolbar
            q={filters.q}
            placeholder={t('brokerDesk.search')}
            onSearch={(q) => update({ q })}
            searchTestId="broker-need-search"
            choice={{
              value: filters.waiting,
              label: t('brokerDesk.show'),
              options: [
                { value: 'true', label: t('brokerDesk.onlyWaiting') },
                { value: 'false', label: t('brokerDesk.all') },
              ],
              onChange: (v: string | undefined) => update({ waiting: v }),
              testId: 'broker-need-waiting',
            }}
            actions={
              <ExportButton
                path="/market/broker/needs/export.xlsx"
                query={listPage.exportQuery}
                fileName="market-broker-needs.xlsx"
                testId="broker-needs-export"
              />
            }
          />
          {needs.isError ? (
            <QueryError error={needs.error} onRetry={() => needs.refetch()} />
          ) : (
            <div data-testid="broker-needs" data-total={needs.data?.total ?? ''}>
              <DataTable<BrokerNeed>
                rowKey="id"
                columns={columns}
                dataSource={needs.data?.items}
                loading={needs.isFetching}
                scroll={{ x: 1000 }}
                pagination={listPage.pagination(needs.data?.total)}
                locale={{ emptyText: t('brokerDesk.empty') }}
              />
            </div>
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('brokerDesk.hint')}
          </Typography.Paragraph>
        </Card>
      )}
    </div>
  );
}
