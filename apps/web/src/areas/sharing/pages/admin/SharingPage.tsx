import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { todayInZone } from '../../../instrument/components/calendar/slot-grid';
import { useSharingStats } from '../../api';
import { SharingCharts } from '../../components/SharingCharts';
import { SharingTable } from '../../components/SharingTable';
import { SubsidyCard } from '../../components/SubsidyCard';

const SHARING_LIST = { filters: { year: filter.int } };

/** 开放共享 statistics of a year: charts per provider, a table per instrument, Excel, and the 后补助 rule. */
export function SharingPage() {
  const { t } = useTranslation('sharing');
  const thisYear = Number(todayInZone().slice(0, 4));
  const { filters, update } = useListPage(SHARING_LIST);
  const year = filters.year ?? thisYear;
  const stats = useSharingStats(year);

  return (
    <div>
      <PageHeader
        title={t('sharing.title')}
        subtitle={t('sharing.subtitle')}
        extra={
          <>
            <Select
              value={year}
              prefix={`${t('sharing.year')}:`}
              aria-label={t('sharing.year')}
              options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: y }))}
              onChange={(y: number) => update({ year: y })}
              data-testid="sharing-year"
            />
            <ExportButton
              path="/sharing/stats.xlsx"
              query={{ year }}
              fileName={`open-sharing-${year}.xlsx`}
              testId="sharing-export"
            >
              {t('sharing.export')}
            </ExportButton>
          </>
        }
      />
      {stats.isError ? (
        <QueryError error={stats.error} onRetry={() => stats.refetch()} />
      ) : (
        <>
          <SharingCharts providers={stats.data?.providers ?? []} />
          <SharingTable rows={stats.data?.instruments ?? []} loading={stats.isFetching} />
          <SubsidyCard year={year} />
        </>
      )}
    </div>
  );
}
