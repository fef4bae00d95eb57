import { DEAL_STATUSES, type Deal } from '@cz/shared/market';
import { Card, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFormatMoney } from '../../../../kit/money';
import { DealStatusTag } from '../../components/dealTags';
import { useDeals } from '../../deals.api';

const DEAL_LIST = defineList({ filters: { q: filter.text, status: filter.oneOf(DEAL_STATUSES) } });

/**
 * 我的技术洽谈 (scope mine: either side) or, for the administration, every negotiation (scope all): status, the agreed
 * price, and the link to the thread.
 */
export function MyDealsPage({ scope = 'mine' }: { scope?: 'mine' | 'all' }) {
  const { t } = useTranslation('market');
  const money = useFormatMoney();
  const listPage = useListPage(DEAL_LIST);
  const list = useDeals({ ...listPage.query, scope });
  const all = scope === 'all';
  const columns: TableColumnsType<Deal> = [
    {
      title: t('deals.columns.achievement'),
      dataIndex: 'achievementTitle',
      render: (title: string, d) => (
        <Link to={`${all ? '/admin' : '/my'}/market/deals/${d.id}`} data-testid={`deal-link-${d.id}`}>
          {title}
        </Link>
      ),
    },
    ...(all
      ? [
          { title: t('deals.columns.seller'), dataIndex: 'sellerName' },
          { title: t('deals.columns.buyer'), dataIndex: 'buyerName' },
        ]
      : [
          {
            title: t('deals.columns.side'),
            dataIndex: 'side',
            render: (s: Deal['side']) => (s ? t(`deals.side.${s}`) : '—'),
          },
          {
            title: t('deals.columns.counterpart'),
            key: 'counterpart',
            render: (_: unknown, d: Deal) => (d.side === 'seller' ? d.buyerName : d.sellerName),
          },
        ]),
    {
      title: t('deals.columns.status'),
      dataIndex: 'status',
      render: (s: Deal['status'], d) => <DealStatusTag status={s} testId={`deal-status-${d.id}`} />,
    },
    {
      title: t('deals.columns.agreed'),
      dataIndex: 'agreedFen',
      align: 'right',
      render: (v: number | null) => (v === null ? '—' : money(v)),
    },
    { title: t('deals.columns.updatedAt'), dataIndex: 'updatedAt', render: formatDateTime },
  ];
  return (
    <div>
      <PageHeader
        title={t(all ? 'deals.all.title' : 'deals.mine.title')}
        subtitle={t(all ? 'deals.all.subtitle' : 'deals.mine.subtitle')}
      />
      <Card>
        <SearchToolbar
          q={listPage.filters.q}
          placeholder={t('deals.search')}
          onSearch={(q) => listPage.update({ q })}
          searchTestId="deals-search"
          choices={[
            {
              value: listPage.filters.status,
              label: t('deals.columns.status'),
              options: DEAL_STATUSES.map((value) => ({ value, label: t(`deals.status.${value}`) })),
              onChange: (v: string | undefined) => listPage.update({ status: v }),
            },
          ]}
          actions={
            <ExportButton
              path="/market/deals/export.xlsx"
              query={{ ...listPage.exportQuery, scope }}
              fileName="deals.xlsx"
              testId="deals-export"
            />
          }
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="deals" data-total={list.data?.total ?? ''}>
            <DataTable<Deal> rowKey="id" columns={columns} {...listPage.tableProps(list.data, list.isFetching)} />
          </div>
        )}
      </Card>
    </div>
  );
}

/** The administration's list of every negotiation. */
export const AdminDealsPage = () => <MyDealsPage scope="all" />;
