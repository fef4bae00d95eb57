import { fenToYuan } from '@cz/shared';
import type { ReportGroup } from '@cz/shared/voucher';
import { Card, Col, Empty, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../kit/charts/EChart';

function GroupChart({
  groups,
  title,
  testId,
}: {
  groups: { label: string; g: ReportGroup }[];
  title: string;
  testId: string;
}) {
  const { t } = useTranslation('voucher');
  const option = useMemo(() => {
    const names = groups.map((x) => x.label);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: {
        type: 'category',
        data: names,
        axisLabel: { interval: 0, rotate: names.length > 2 ? 30 : 0, fontSize: 11, width: 110, overflow: 'truncate' },
      },
      yAxis: { type: 'value' },
      series: [
        {
          name: t('voucherReports.redeemed'),
          type: 'bar',
          data: groups.map((x) => fenToYuan(x.g.redeemed)),
          itemStyle: { color: '#1456c8' },
        },
        {
          name: t('voucherReports.contract'),
          type: 'bar',
          data: groups.map((x) => fenToYuan(x.g.contractValue)),
          itemStyle: { color: '#13a8a8' },
        },
      ],
    };
  }, [groups, t]);
  return (
    <Card title={title} size="small">
      {groups.length === 0 ? (
        <Empty description={t('voucherReports.noData')} data-testid={`${testId}-empty`} />
      ) : (
        <EChart option={option} testId={testId} />
      )}
    </Card>
  );
}

/** Redeemed amount and contract value by service category and by provider, as grouped bars in 元. */
export function ReportCharts({
  byCategory,
  byProvider,
}: {
  byCategory: { label: string; g: ReportGroup }[];
  byProvider: { label: string; g: ReportGroup }[];
}) {
  const { t } = useTranslation('voucher');
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} xl={12}>
        <GroupChart groups={byCategory} title={t('voucherReports.byCategory')} testId="report-chart-category" />
      </Col>
      <Col xs={24} xl={12}>
        <GroupChart groups={byProvider} title={t('voucherReports.byProvider')} testId="report-chart-provider" />
      </Col>
    </Row>
  );
}
