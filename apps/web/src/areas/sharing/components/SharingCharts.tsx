import { fenToYuan } from '@cz/shared';
import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../kit/charts/EChart';
import type { ProviderSummary } from '../api';

/** Effective vs external hours and internal vs external revenue per provider, as grouped bars. */
export function SharingCharts({ providers }: { providers: ProviderSummary[] }) {
  const { t } = useTranslation('sharing');
  const base = useMemo(() => {
    const names = providers.map((p) => p.providerName);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: {
        type: 'category',
        data: names,
        axisLabel: { interval: 0, rotate: names.length > 4 ? 30 : 0, fontSize: 11 },
      },
      yAxis: { type: 'value' },
    };
  }, [providers]);
  const hours = useMemo(
    () => ({
      ...base,
      series: [
        {
          name: t('sharing.effectiveHours'),
          type: 'bar',
          data: providers.map((p) => p.effectiveHours),
          itemStyle: { color: '#1456c8' },
        },
        {
          name: t('sharing.externalHours'),
          type: 'bar',
          data: providers.map((p) => p.externalHours),
          itemStyle: { color: '#52c41a' },
        },
      ],
    }),
    [base, providers, t],
  );
  const revenue = useMemo(
    () => ({
      ...base,
      series: [
        {
          name: t('sharing.internalRevenue'),
          type: 'bar',
          stack: 'r',
          data: providers.map((p) => fenToYuan(p.internalRevenue)),
          itemStyle: { color: '#faad14' },
        },
        {
          name: t('sharing.externalRevenue'),
          type: 'bar',
          stack: 'r',
          data: providers.map((p) => fenToYuan(p.externalRevenue)),
          itemStyle: { color: '#13a8a8' },
        },
      ],
    }),
    [base, providers, t],
  );
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} xl={12}>
        <Card title={t('sharing.hoursChart')} size="small">
          <EChart option={hours} testId="chart-hours" />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('sharing.revenueChart')} size="small">
          <EChart option={revenue} testId="chart-revenue" />
        </Card>
      </Col>
    </Row>
  );
}
