import { NEED_STATUSES, type Need, TECH_FIELD_CODES } from '@cz/shared/market';
import { Card, Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { useNeeds } from '../api';
import { useMarketLabels } from '../labels';
import { useNeedColumns } from './needColumns';

export const NEED_LIST = defineList({
  filters: {
    q: filter.text,
    field: filter.oneOf(TECH_FIELD_CODES),
    status: filter.oneOf(NEED_STATUSES),
    open: filter.flag,
  },
});

/**
 * A searchable, filtered, paged list of technology needs: the public market (published only), an organisation's own
 * (every status) or the administration's (every status). "Open only" keeps those whose deadline has not passed.
 */
export function NeedList({
  ownerOrgId,
  withStatus,
  link,
  testId,
}: {
  ownerOrgId?: number;
  withStatus: boolean;
  link: (n: Need) => string;
  testId: string;
}) {
  const { t } = useTranslation('market');
  const labels = useMarketLabels();
  const listPage = useListPage(NEED_LIST);
  const { open, ...filters } = listPage.filters;
  const scope = { ...(ownerOrgId ? { ownerOrgId } : {}), ...(open ? { open: 'true' as const } : {}) };
  const { open: _open, ...query } = listPage.query;
  const { open: _openX, ...exportQuery } = listPage.exportQuery;
  const list = useNeeds({ ...query, ...scope });
  const columns = useNeedColumns(link, withStatus);
  const choices = [
    {
      value: filters.field,
      label: t('fields.field'),
      options: labels.fieldOptions,
      onChange: (v: string | undefined) => listPage.update({ field: v }),
    },
    ...(withStatus
      ? [
          {
            value: filters.status,
            label: t('fields.status'),
            options: labels.statusOptions,
            onChange: (v: string | undefined) => listPage.update({ status: v }),
          },
        ]
      : []),
  ];
  return (
    <Card>
      <SearchToolbar
        q={filters.q}
        placeholder={t('needs.list.search')}
        onSearch={(q) => listPage.update({ q })}
        searchTestId={`${testId}-search`}
        choices={choices}
        actions={
          <>
            <Checkbox
              checked={open}
              onChange={(e) => listPage.setFilter('open', e.target.checked ? 'true' : undefined)}
              data-testid={`${testId}-open`}
            >
              {t('needs.list.openOnly')}
            </Checkbox>
            <ExportButton
              path="/market/needs/export.xlsx"
              query={{ ...exportQuery, ...scope }}
              fileName="needs.xlsx"
              testId={`${testId}-export`}
            />
          </>
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid={testId} data-total={list.data?.total ?? ''}>
          <DataTable<Need> rowKey="id" columns={columns} {...listPage.tableProps(list.data, list.isFetching)} />
        </div>
      )}
    </Card>
  );
}
