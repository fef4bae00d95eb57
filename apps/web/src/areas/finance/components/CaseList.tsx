import { CASE_STATUSES, type LoanCase } from '@cz/shared/finance';
import { Card, type TableColumnType } from 'antd';
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
import { useCases } from '../api';
import { useFinanceLabels } from '../labels';
import { CaseStatusTag } from './tags';

const CASE_LIST = defineList({ filters: { q: filter.text, status: filter.oneOf(CASE_STATUSES) } });

/**
 * A paged list of loan cases (my institution's, or all for the finance office), by status and searched by the
 * enterprise's, the institution's or the product's name, with its export.
 */
export function CaseList({ scope, link }: { scope: 'institution' | 'all'; link: (c: LoanCase) => string }) {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const listPage = useListPage(CASE_LIST);
  const list = useCases({ ...listPage.query, scope });
  const columns: TableColumnType<LoanCase>[] = [
    {
      title: t('case.case'),
      dataIndex: 'id',
      render: (id: number, c) => (
        <Link to={link(c)} data-testid={`case-row-${id}`}>
          {t('case.number', { id, org: c.orgName })}
        </Link>
      ),
    },
    { title: t('fields.product'), dataIndex: 'productName', render: (v: string | null) => v ?? t('case.noProduct') },
    { title: t('case.requested'), dataIndex: 'requestedFen', render: (v: number) => formatMoney(v) },
    { title: t('case.approvedAmount'), dataIndex: 'approvedFen', render: (v: number | null) => formatMoney(v) },
    { title: t('case.disbursedAmount'), dataIndex: 'disbursedFen', render: (v: number | null) => formatMoney(v) },
    { title: t('case.on'), dataIndex: 'disbursedOn', render: formatDate },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      render: (s: LoanCase['status'], c) => <CaseStatusTag status={s} testId={`case-row-${c.id}-status`} />,
    },
    { title: t('case.claimedAt'), dataIndex: 'claimedAt', render: formatDateTime },
  ];
  return (
    <Card>
      <SearchToolbar
        q={listPage.filters.q}
        placeholder={t('case.search')}
        onSearch={(q) => listPage.update({ q })}
        searchTestId="cases-search"
        choice={{
          value: listPage.filters.status,
          label: t('fields.status'),
          options: labels.caseStatusOptions,
          onChange: (v) => listPage.update({ status: v }),
          testId: 'cases-status',
        }}
        actions={
          <ExportButton
            path="/finance/cases/export.xlsx"
            query={{ ...listPage.exportQuery, scope }}
            fileName="finance-cases.xlsx"
            testId="cases-export"
          />
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid="cases" data-total={list.data?.total ?? ''}>
          <DataTable<LoanCase> rowKey="id" columns={columns} {...listPage.tableProps(list.data, list.isFetching)} />
        </div>
      )}
    </Card>
  );
}
