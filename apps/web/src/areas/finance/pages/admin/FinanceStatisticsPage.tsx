import { fenToYuan, shanghaiDate } from '@cz/shared';
import type { FinanceStatistics } from '@cz/shared/finance';
import { Card, Col, Empty, Row, Select, Space, Spin, Statistic, type TableColumnType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EChart } from '../../../../kit/charts/EChart';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { formatMoney } from '../../../../kit/money';
import { useFinanceStatistics } from '../../pools.api';

type InstitutionRow = FinanceStatistics['byInstitution'][number];
const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

function MonthChart({ s }: { s: FinanceStatistics }) {
  const { t } = useTranslation('finance');
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'category', data: s.byMonth.map((m) => m.month.slice(5)) },
      yAxis: [
        { type: 'value', name: t('stats.count'), minInterval: 1 },
        { type: 'value', name: t('stats.yuan') },
      ],
      series: [
        { name: t('stats.posted'), type: 'bar', data: s.byMonth.map((m) => m.posted), itemStyle: { color: '#1456c8' } },
        { name: t('stats.served'), type: 'bar', data: s.byMonth.map((m) => m.served), itemStyle: { color: '#13a8a8' } },
        {
          name: t('stats.disbursed'),
          type: 'bar',
          yAxisIndex: 1,
          data: s.byMonth.map((m) => fenToYuan(m.disbursedFen)),
          itemStyle: { color: '#d48806' },
        },
      ],
    }),
    [s, t],
  );
  return <EChart option={option} testId="finance-statistics-months" height={300} />;
}

/**
 * 科技金融统计: for one year, enterprises served against the plan's target, amounts approved and disbursed, the
 * approval rate, how fast institutions made first contact, a monthly chart and each institution's figures.
 */
export function FinanceStatisticsPage() {
  const { t } = useTranslation('finance');
  const [params, setParams] = useSearchParams();
  const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const stats = useFinanceStatistics(year);
  const yearOptions = Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }));
  const columns: TableColumnType<InstitutionRow>[] = [
    { title: t('fields.institution'), dataIndex: 'name' },
    { title: t('stats.pushed'), dataIndex: 'pushed' },
    { title: t('stats.claimed'), dataIndex: 'claimed' },
    { title: t('stats.contacted'), dataIndex: 'contacted' },
    { title: t('stats.onTimeCount'), dataIndex: 'onTime' },
    {
      title: t('stats.median'),
      dataIndex: 'medianContactDays',
      render: (v: number | null) => (v === null ? '—' : t('stats.days', { count: v })),
    },
    { title: t('stats.disbursedCount'), dataIndex: 'disbursed' },
    { title: t('stats.disbursed'), dataIndex: 'disbursedFen', render: (v: number) => formatMoney(v) },
    { title: t('stats.conversion'), dataIndex: 'conversionPercent', render: pct },
  ];
  const s = stats.data;
  const figure = (title: string, value: string, testId: string, suffix?: string) => (
    <Col xs={24} sm={12} xl={8}>
      <Card size="small" data-testid={testId}>
        <Statistic title={title} value={value} suffix={suffix} />
      </Card>
    </Col>
  );
  return (
    <div>
      <PageHeader
        title={t('stats.title')}
        subtitle={t('stats.subtitle')}
        extra={
          <Space wrap>
            <Select
              aria-label={t('stats.year')}
              value={year}
              options={yearOptions}
              onChange={(v) => setParams({ year: String(v) }, { replace: true })}
              style={{ width: 110 }}
              data-testid="finance-statistics-year"
            />
            <ExportButton
              path="/finance/statistics/export.xlsx"
              query={{ year }}
              fileName={`finance-statistics-${year}.xlsx`}
              testId="finance-statistics-export"
            />
          </Space>
        }
      />
      {stats.isError ? (
        <QueryError error={stats.error} onRetry={() => stats.refetch()} />
      ) : !s ? (
        <Spin />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            {figure(
              t('stats.served'),
              t('stats.servedOf', { served: s.served, target: s.servedTarget }),
              'stats-served',
            )}
            {figure(t('stats.approved'), formatMoney(s.approvedFen), 'stats-approved')}
            {figure(t('stats.disbursed'), formatMoney(s.disbursedFen), 'stats-disbursed')}
            {figure(
              t('stats.approvalPct'),
              pct(s.approvalPercent),
              'stats-approval',
              t('stats.approvalOf', { approved: s.approved, decided: s.decided }),
            )}
            {figure(
              t('stats.p90'),
              s.p90ContactDays === null ? '—' : t('stats.days', { count: s.p90ContactDays }),
              'stats-p90',
            )}
            {figure(t('stats.onTime'), pct(s.onTimePercent), 'stats-on-time')}
          </Row>
          <Card title={t('stats.monthly')} size="small">
            {s.byMonth.length === 0 ? <Empty description={t('stats.none')} /> : <MonthChart s={s} />}
          </Card>
          <Card title={t('stats.byInstitution')}>
            <div data-testid="finance-statistics-institutions">
              <DataTable<InstitutionRow>
                rowKey="orgId"
                columns={columns}
                dataSource={s.byInstitution}
                pagination={false}
              />
            </div>
          </Card>
        </Space>
      )}
    </div>
  );
}
