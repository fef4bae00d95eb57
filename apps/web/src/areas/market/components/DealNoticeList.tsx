import { Card, Empty, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { formatDate } from '../../../kit/datetime';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { useFormatMoney } from '../../../kit/money';
import { type DealNotice, useDealNotices } from '../deals.api';

const NOTICE_LIST = defineList({ filters: { q: filter.text } });

/**
 * 协议定价公示: the agreed prices of universities' and institutes' achievements on public notice now, found by the
 * achievement's title or a side's name, and exported as found.
 */
export function DealNoticeList() {
  const { t } = useTranslation('market');
  const money = useFormatMoney();
  const listPage = useListPage(NOTICE_LIST);
  const list = useDealNotices(listPage.query);
  const columns: TableColumnsType<DealNotice> = [
    { title: t('deals.columns.achievement'), dataIndex: 'achievementTitle' },
    { title: t('deals.columns.seller'), dataIndex: 'sellerName' },
    { title: t('deals.columns.buyer'), dataIndex: 'buyerName' },
    { title: t('deals.columns.agreed'), dataIndex: 'agreedFen', align: 'right', render: (v: number) => money(v) },
    {
      title: t('deals.notices.period'),
      key: 'period',
      render: (_: unknown, n) => `${formatDate(n.noticeFrom)} – ${formatDate(n.noticeUntil)}`,
    },
  ];
  return (
    <Card>
      <SearchToolbar
        q={listPage.filters.q}
        placeholder={t('deals.notices.search')}
        onSearch={(q) => listPage.update({ q })}
        searchTestId="deal-notices-search"
        actions={
          <ExportButton
            path="/market/deal-notices/export.xlsx"
            query={listPage.exportQuery}
            fileName="deal-notices.xlsx"
            testId="deal-notices-export"
          />
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid="deal-notices" data-total={list.data?.total ?? ''}>
          <DataTable<DealNotice>
            rowKey="dealId"
            columns={columns}
            locale={{ emptyText: <Empty description={t('deals.notices.empty')} /> }}
            {...listPage.tableProps(list.data, list.isFetching)}
          />
        </div>
      )}
    </Card>
  );
}
