import { INSTITUTION_KINDS, type Institution } from '@cz/shared/finance';
import { Card, type TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { useInstitutions } from '../api';
import { useFinanceLabels } from '../labels';

const INSTITUTION_LIST = defineList({
  filters: { q: filter.text, kind: filter.oneOf(INSTITUTION_KINDS) },
});

/** The supermarket's institutions (verified, with their profile), by kind and name; the list exports as Excel. */
export function InstitutionList() {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const listPage = useListPage(INSTITUTION_LIST);
  const list = useInstitutions(listPage.query);
  const columns: TableColumnType<Institution>[] = [
    {
      title: t('fields.institution'),
      dataIndex: 'name',
      render: (v: string, i) => (
        <Link to={`/finance/institutions/${i.orgId}`} data-testid={`institution-row-${i.orgId}`}>
          {v}
        </Link>
      ),
    },
    { title: t('fields.institutionKind'), dataIndex: 'kind', render: labels.institutionKind },
    {
      title: t('institution.techBranches'),
      key: 'tech',
      render: (_: unknown, i) => i.branches.filter((b) => b.techBranch).length,
    },
    { title: t('institution.productCount'), dataIndex: 'productCount' },
    {
      title: t('institution.contact'),
      key: 'contact',
      render: (_: unknown, i) => `${i.contactName} ${i.contactPhone}`,
    },
  ];
  return (
    <Card>
      <SearchToolbar
        q={listPage.filters.q}
        placeholder={t('institution.search')}
        onSearch={(q) => listPage.update({ q })}
        searchTestId="institutions-search"
        choice={{
          value: listPage.filters.kind,
          label: t('fields.institutionKind'),
          options: labels.institutionKindOptions,
          onChange: (v) => listPage.update({ kind: v }),
          testId: 'institutions-kind',
        }}
        actions={
          <ExportButton
            path="/finance/institutions/export.xlsx"
            query={listPage.exportQuery}
            fileName="finance-institutions.xlsx"
            testId="institutions-export"
          />
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid="institutions" data-total={list.data?.total ?? ''}>
          <DataTable<Institution>
            rowKey="orgId"
            columns={columns}
            {...listPage.tableProps(list.data, list.isFetching)}
          />
        </div>
      )}
    </Card>
  );
}
