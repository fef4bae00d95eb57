import { FINANCE_NEED_STATUSES, type FinanceNeed } from '@cz/shared/finance';
import { Card, Checkbox, type TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { formatDate, formatDateTime } from '../../../kit/datetime';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { formatMoney } from '../../../kit/money';
import { useNeeds } from '../api';
import { useFinanceLabels } from '../labels';
import { FirstContact } from './needBits';
import { NeedStatusTag } from './tags';

const NEED_LIST = defineList({
  filters: { q: filter.text, status: filter.oneOf(FINANCE_NEED_STATUSES), overdue: filter.flag },
});

/**
 * A paged list of financing needs: my enterprise's (`mine`), those pushed to my institution (`pushed`) or all of
 * them for the finance office (`all`, with the overdue first contacts on their own).
 */
export function NeedList({
  scope,
  link,
  testId,
}: {
  scope: 'mine' | 'pushed' | 'all';
  link: (n: FinanceNeed) => string;
  testId: string;
}) {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const listPage = useListPage(NEED_LIST);
  const { overdue, ...filters } = listPage.filters;
  const { overdue: _o, ...query } = listPage.query;
  const { overdue: _x, ...exportQuery } = listPage.exportQuery;
  const extra = { scope, ...(overdue ? { overdue: 'true' } : {}) };
  const list = useNeeds({ ...query, ...extra });
  const columns: TableColumnType<FinanceNeed>[] = [
    {
      title: t('need.need'),
      dataIndex: 'id',
      render: (id: number, n) => (
        <Link to={link(n)} data-testid={`need-row-${id}`}>
          {t('need.number', { id, purpose: labels.purpose(n.purpose) })}
        </Link>
      ),
    },
    ...(scope === 'mine' ? [] : [{ title: t('fields.enterprise'), dataIndex: 'orgName' }]),
    { title: t('fields.amount'), dataIndex: 'amountFen', render: (v: number) => formatMoney(v) },
    { title: t('fields.term'), dataIndex: 'termMonths', render: (v: number) => t('units.months', { count: v }) },
    { title: t('fields.neededBy'), dataIndex: 'neededBy', render: formatDate },
    {
      title: t('fields.firstContactDue'),
      dataIndex: 'firstContactDue',
      render: (_: unknown, n) => <FirstContact need={n} />,
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      render: (s: FinanceNeed['status'], n) => <NeedStatusTag status={s} testId={`need-status-${n.id}`} />,
    },
    { title: t('fields.postedAt'), dataIndex: 'postedAt', render: formatDateTime },
  ];
  return (
    <Card>
      <SearchToolbar
        q={filters.q}
        placeholder={t('need.search')}
        onSearch={(q) => listPage.update({ q })}
        searchTestId={`${testId}-search`}
        choice={{
          value: filters.status,
          label: t('fields.status'),
          options: labels.needStatusOptions,
          onChange: (v) => listPage.update({ status: v }),
          testId: `${testId}-status`,
        }}
        actions={
          <>
            {scope === 'all' && (
              <Checkbox
                checked={overdue}
                onChange={(e) => listPage.setFilter('overdue', e.target.checked ? 'true' : undefined)}
                data-testid={`${testId}-overdue`}
              >
                {t('need.overdueOnly')}
              </Checkbox>
            )}
            <ExportButton
              path="/finance/needs/export.xlsx"
              query={{ ...exportQuery, ...extra }}
              fileName="finance-needs.xlsx"
              testId={`${testId}-export`}
            />
          </>
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid={testId} data-total={list.data?.total ?? ''}>
          <DataTable<FinanceNeed> rowKey="id" columns={columns} {...listPage.tableProps(list.data, list.isFetching)} />
        </div>
      )}
    </Card>
  );
}
