import { Card, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { useFormatMoney } from '../../../kit/money';
import { useFixedColumn } from '../../../kit/responsive';
import type { InstrumentYearStats } from '../api';

export const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/** The year's results per instrument. */
export function SharingTable({ rows, loading }: { rows: InstrumentYearStats[]; loading: boolean }) {
  const { t } = useTranslation('sharing');
  const money = useFormatMoney();
  const fixedLeft = useFixedColumn('left');
  const num = (key: keyof InstrumentYearStats, title: string, width = 110) => ({
    title,
    dataIndex: key,
    width,
    align: 'right' as const,
    sorter: (a: InstrumentYearStats, b: InstrumentYearStats) => Number(a[key] ?? 0) - Number(b[key] ?? 0),
  });
  const columns: TableColumnsType<InstrumentYearStats> = [
    { title: t('sharing.instrument'), dataIndex: 'instrumentName', width: 200, fixed: fixedLeft },
    { title: t('sharing.provider'), dataIndex: 'providerName', width: 190, ellipsis: true },
    num('effectiveHours', t('sharing.effectiveHours')),
    num('externalHours', t('sharing.externalHours')),
    { ...num('shareRate', t('sharing.shareRate'), 90), render: percent },
    { ...num('internalRevenue', t('sharing.internalRevenue'), 120), render: (v: number) => money(v) },
    { ...num('externalRevenue', t('sharing.externalRevenue'), 120), render: (v: number) => money(v) },
    { ...num('relatedRevenue', t('sharing.relatedRevenue'), 120), render: (v: number) => money(v) },
    num('enterprisesServed', t('sharing.enterprisesServed'), 100),
    num('bookings', t('sharing.bookings'), 80),
    num('noShows', t('sharing.noShows'), 70),
    { ...num('rating', t('sharing.rating'), 70), render: (r: number | null) => (r === null ? '—' : r.toFixed(2)) },
    { ...num('yieldRate', t('sharing.yieldRate'), 80), render: percent },
  ];
  return (
    <Card className="page-card" title={t('sharing.instrumentsTable')}>
      <DataTable
        rowKey="instrumentId"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={loading}
        scroll={{ x: 1500 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="sharing-table"
      />
    </Card>
  );
}
