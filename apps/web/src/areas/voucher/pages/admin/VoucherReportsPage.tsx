import { SERVICE_CATEGORIES } from '@cz/shared';
import type { VoucherReport } from '@cz/shared/voucher';
import { Alert, Card, Col, Progress, Row, Select, Space, Spin, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFormatMoney } from '../../../../kit/money';
import { useCatalogLabels } from '../../../catalog/labels';
import { todayInZone } from '../../../instrument/components/calendar/slot-grid';
import { ReportCharts } from '../../components/ReportCharts';
import { useVoucherReport } from '../../reports.api';

const percentOf = (value: number, target: number) =>
  target > 0 ? Math.min(100, Math.round((value / target) * 1000) / 10) : 0;

function ProgressCard({ progress }: { progress: VoucherReport['progress'] }) {
  const { t } = useTranslation('voucher');
  const money = useFormatMoney();
  const { target } = progress;
  return (
    <Card
      className="page-card"
      title={t('voucherReports.progress', { year: progress.year })}
      data-testid="report-progress"
    >
      {target ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            {t('voucherReports.progressSmes', { value: progress.smesSupported, target: target.smes })}
          </Typography.Text>
          <Progress
            percent={percentOf(progress.smesSupported, target.smes)}
            aria-label={t('voucherReports.progressSmes', { value: progress.smesSupported, target: target.smes })}
            data-testid="report-progress-smes"
          />
          <Typography.Text>
            {t('voucherReports.progressContract', {
              value: money(progress.contractValue),
              target: money(target.contractValue),
            })}
          </Typography.Text>
          <Progress
            percent={percentOf(progress.contractValue, target.contractValue)}
            aria-label={t('voucherReports.progressContract', {
              value: money(progress.contractValue),
              target: money(target.contractValue),
            })}
            data-testid="report-progress-contract"
          />
        </Space>
      ) : (
        <Alert type="info" showIcon title={t('voucherReports.noTarget')} data-testid="report-no-target" />
      )}
    </Card>
  );
}

const REPORT_LIST = { filters: { year: filter.int } };

/** A year's voucher results (admin): figures, progress against the plan, charts by category and provider, Excel. */
export function VoucherReportsPage() {
  const { t } = useTranslation('voucher');
  const money = useFormatMoney();
  const { serviceCategory } = useCatalogLabels();
  const thisYear = Number(todayInZone().slice(0, 4));
  const { filters, update } = useListPage(REPORT_LIST);
  const year = filters.year ?? thisYear;
  const report = useVoucherReport(year);
  const r = report.data;

  const byCategory = useMemo(
    () =>
      (r?.byCategory ?? []).map((g) => ({
        label: g.name in SERVICE_CATEGORIES ? serviceCategory(g.name) : t('voucherReports.other'),
        g,
      })),
    [r, serviceCategory, t],
  );
  const byProvider = useMemo(() => (r?.byProvider ?? []).map((g) => ({ label: g.name, g })), [r]);

  const stats: { key: keyof VoucherReport; title: string; money: boolean }[] = [
    { key: 'smesSupported', title: t('voucherReports.smesSupported'), money: false },
    { key: 'contractValue', title: t('voucherReports.contractValue'), money: true },
    { key: 'vouchersIssued', title: t('voucherReports.vouchersIssued'), money: false },
    { key: 'issuedAmount', title: t('voucherReports.issuedAmount'), money: true },
    { key: 'redeemedAmount', title: t('voucherReports.redeemedAmount'), money: true },
    { key: 'expiredAmount', title: t('voucherReports.expiredAmount'), money: true },
  ];

  return (
    <div>
      <PageHeader
        title={t('voucherReports.title')}
        subtitle={t('voucherReports.subtitle')}
        extra={
          <>
            <Select
              value={year}
              prefix={`${t('voucherReports.year')}:`}
              aria-label={t('voucherReports.year')}
              options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: y }))}
              onChange={(y: number) => update({ year: y })}
              data-testid="report-year"
            />
            <ExportButton
              path="/voucher-reports.xlsx"
              query={{ year }}
              fileName={`voucher-report-${year}.xlsx`}
              testId="report-export"
            >
              {t('voucherReports.download')}
            </ExportButton>
          </>
        }
      />
      {report.isError ? (
        <QueryError error={report.error} onRetry={() => report.refetch()} />
      ) : !r ? (
        <Spin />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {stats.map((s) => {
              const v = r[s.key] as number;
              return (
                <Col xs={12} md={8} xl={4} key={s.key}>
                  <Card size="small">
                    <Statistic
                      title={s.title}
                      value={s.money ? money(v) : v}
                      valueStyle={{ fontSize: 20 }}
                      data-testid={`report-${s.key}`}
                      data-value={v}
                    />
                  </Card>
                </Col>
              );
            })}
          </Row>
          <ProgressCard progress={r.progress} />
          <ReportCharts byCategory={byCategory} byProvider={byProvider} />
        </>
      )}
    </div>
  );
}
