import { PATENT_KINDS } from '@cz/shared';
import type { MarketPatent } from '@cz/shared/market';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { OpenLicenceActions } from '../../components/OpenLicenceActions';
import { usePatentColumns } from '../../components/patentColumns';
import { usePatents } from '../../deals.api';
import { useMarketLabels } from '../../labels';

const PATENT_LIST = defineList({
  filters: {
    q: filter.text,
    kind: filter.oneOf(PATENT_KINDS),
    mode: filter.oneOf(['transfer', 'licence'] as const),
    openLicence: filter.oneOf(['true', 'false'] as const),
  },
});

/**
 * 专利超市: the patents attached to published achievements offered for transfer or licence, open licences (开放许可)
 * first, with their fee terms; a member takes an open licence from here, or inquires from the achievement's page.
 */
export function PatentsPage() {
  const { t } = useTranslation('market');
  const labels = useMarketLabels();
  const listPage = useListPage(PATENT_LIST);
  const list = usePatents(listPage.query);
  const columns = usePatentColumns({
    withAchievement: true,
    actions: (p: MarketPatent) => <OpenLicenceActions patent={p} canDeclare={false} />,
  });
  return (
    <div>
      <PageHeader title={t('patents.title')} subtitle={t('patents.subtitle')} />
      <Card>
        <SearchToolbar
          q={listPage.filters.q}
          placeholder={t('patents.search')}
          onSearch={(q) => listPage.update({ q })}
          searchTestId="patents-search"
          choices={[
            {
              value: listPage.filters.kind,
              label: t('patents.kind'),
              options: labels.patentKindOptions,
              onChange: (v: string | undefined) => listPage.update({ kind: v }),
            },
            {
              value: listPage.filters.mode,
              label: t('patents.modes'),
              options: (['transfer', 'licence'] as const).map((value) => ({ value, label: labels.mode(value) })),
              onChange: (v: string | undefined) => listPage.update({ mode: v }),
            },
            {
              value: listPage.filters.openLicence,
              label: t('patents.openLicence'),
              options: [
                { value: 'true', label: t('patents.withOpenLicence') },
                { value: 'false', label: t('patents.withoutOpenLicence') },
              ],
              onChange: (v: string | undefined) => listPage.update({ openLicence: v }),
            },
          ]}
          actions={
            <ExportButton
              path="/market/patents/export.xlsx"
              query={listPage.exportQuery}
              fileName="patents.xlsx"
              testId="patents-export"
            />
          }
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="patents" data-total={list.data?.total ?? ''}>
            <DataTable<MarketPatent>
              rowKey={(p) => `${p.achievementId}-${p.ipRecordId}`}
              columns={columns}
              {...listPage.tableProps(list.data, list.isFetching)}
            />
          </div>
        )}
      </Card>
    </div>
  );
}
