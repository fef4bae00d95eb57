import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { downloadFile } from '../../../../kit/api/client';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { readInt, useUrlState } from '../../../../kit/list/url-state';
import { todayInZone } from '../../../instrument/components/calendar/slot-grid';
import { useSharingStats } from '../../api';
import { SharingCharts } from '../../components/SharingCharts';
import { SharingTable } from '../../components/SharingTable';
import { SubsidyCard } from '../../components/SubsidyCard';

/** 开放共享 statistics of a year: charts per provider, a table per instrument, Excel, and the 后补助 rule. */
export function SharingPage() {
  const { t } = useTranslation('sharing');
  const { message } = App.useApp();
  const thisYear = Number(todayInZone().slice(0, 4));
  const { params, update } = useUrlState();
  const year = readInt(params, 'year', thisYear);
  const stats = useSharingStats(year);
  const [exporting, setExporting] = useState(false);

  const onExport = async () => {
    setExporting(true);
    try {
      await downloadFile('/sharing/stats.xlsx', { year }, `open-sharing-${year}.xlsx`);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setExporting(false);
    }
  };

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
              options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: y }))}
              onChange={(y: number) => update({ year: y })}
              data-testid="sharing-year"
            />
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport} data-testid="sharing-export">
              {t('sharing.export')}
            </Button>
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
