import { fenToYuan, shanghaiDate } from '@cz/shared';
import {
  CONTRACT_KIND_INFO,
  type ContractKind,
  TECH_FIELDS,
  type TechField,
  type TradeFigure,
} from '@cz/shared/market';
import { Alert, Card, Col, Empty, Progress, Row, Select, Space, Spin, Statistic } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLocale } from '../../../../app/i18n/LocaleProvider';
import { EChart } from '../../../../kit/charts/EChart';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { useFormatMoney } from '../../../../kit/money';
import { useMarketStatistics } from '../../deals.api';

function FigureChart({
  figures,
  label,
  title,
  testId,
}: {
  figures: TradeFigure[];
  label: (k: string) => string;
  title: string;
  testId: string;
}) {
  const { t } = useTranslation('market');
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: {
        type: 'category',
        data: figures.map((f) => label(f.key)),
        axisLabel: { interval: 0, rotate: figures.length > 3 ? 30 : 0, fontSize: 11, width: 110, overflow: 'truncate' },
      },
      yAxis: { type: 'value', name: t('statistics.yuan') },
      series: [
        {
          name: t('statistics.amount'),
          type: 'bar',
          data: figures.map((f) => fenToYuan(f.amountFen)),
          itemStyle: { color: '#1456c8' },
        },
        {
          name: t('statistics.techTrade'),
          type: 'bar',
          data: figures.map((f) => fenToYuan(f.techTradeFen)),
          itemStyle: { color: '#13a8a8' },
        },
      ],
    }),
    [figures, label, t],
  );
  return (
    <Card title={title} size="small">
      {figures.length === 0 ? (
        <Empty description={t('statistics.none')} />
      ) : (
        <EChart option={option} testId={testId} height={280} />
      )}
    </Card>
  );
}

/**
 * 技术交易统计: registered contracts' 成交额 and 技术交易额 by year, and for one year by contract kind, field, seller
 * kind and buyer region; the plan's target (翻两番 from the base year) with how far the target year has come.
 */
export function MarketStatisticsPage() {
  const { t } = useTranslation('market');
  const { locale } = useLocale();
  const money = useFormatMoney();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const stats = useMarketStatistics(year);
  const labels = useMemo(() => {
    const words = (w: { zh: string; en: string } | undefined, k: string) =>
      w ? (locale === 'zh-CN' ? w.zh : w.en) : k;
    return {
      year: (k: string) => k,
      kind: (k: string) => words(CONTRACT_KIND_INFO[k as ContractKind], k),
      field: (k: string) => words(TECH_FIELDS[k as TechField], k),
      seller: (k: string) => t(`statistics.sellerKinds.${k}`, { defaultValue: k }),
      region: (k: string) => t(`statistics.regions.${k}`, { defaultValue: k }),
    };
  }, [locale, t]);
  if (stats.isError) return <QueryError error={stats.error} onRetry={() => stats.refetch()} />;
  const s = stats.data;
  const yearOptions = Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }));
  const total = s?.years.find((y) => Number(y.key) === year);

  return (
    <div>
      <PageHeader
        title={t('statistics.title')}
        subtitle={t('statistics.subtitle')}
        extra={
          <Space wrap>
            <Select
              aria-label={t('statistics.year')}
              value={year}
              options={yearOptions}
              onChange={(v) => setParams({ year: String(v) }, { replace: true })}
              style={{ width: 110 }}
              data-testid="statistics-year"
            />
            <ExportButton
              path="/market/statistics/export.xlsx"
              query={{ year }}
              fileName={`market-statistics-${year}.xlsx`}
              testId="statistics-export"
            />
          </Space>
        }
      />
      {!s ? (
        <Spin />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic title={t('statistics.contractsOf', { year })} value={total?.contracts ?? 0} />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic title={t('statistics.amountOf', { year })} value={money(total?.amountFen ?? 0)} />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic
                  title={t('statistics.techTradeOf', { year })}
                  value={money(total?.techTradeFen ?? 0)}
                  valueStyle={{ color: '#0b7a75' }}
                />
              </Card>
            </Col>
          </Row>
          <Card
            size="small"
            title={t('statistics.target', {
              multiple: s.target.multiple,
              base: s.target.baseYear,
              year: s.target.targetYear,
            })}
            style={{ marginBottom: 16 }}
            data-testid="statistics-target"
            data-progress={s.target.progress ?? ''}
          >
            {s.target.targetFen === null ? (
              <Alert type="info" showIcon title={t('statistics.noBase')} />
            ) : (
              <>
                <Progress
                  aria-label={t('statistics.progress')}
                  percent={Math.min(100, Math.round((s.target.progress ?? 0) * 1000) / 10)}
                />
                <Space size="large" wrap>
                  <span>{t('statistics.base', { year: s.target.baseYear, amount: money(s.target.baseFen) })}</span>
                  <span>{t('statistics.goal', { year: s.target.targetYear, amount: money(s.target.targetFen) })}</span>
                  <span>
                    {t('statistics.reached', { year: s.target.reachedYear, amount: money(s.target.reachedFen) })}
                  </span>
                </Space>
              </>
            )}
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <FigureChart
                figures={s.years}
                label={labels.year}
                title={t('statistics.byYear')}
                testId="statistics-years"
              />
            </Col>
            <Col xs={24} xl={12}>
              <FigureChart
                figures={s.byKind}
                label={labels.kind}
                title={t('statistics.byKind', { year })}
                testId="statistics-kind"
              />
            </Col>
            <Col xs={24} xl={12}>
              <FigureChart
                figures={s.byField}
                label={labels.field}
                title={t('statistics.byField', { year })}
                testId="statistics-field"
              />
            </Col>
            <Col xs={24} xl={6}>
              <FigureChart
                figures={s.bySellerKind}
                label={labels.seller}
                title={t('statistics.bySeller', { year })}
                testId="statistics-seller"
              />
            </Col>
            <Col xs={24} xl={6}>
              <FigureChart
                figures={s.byBuyerRegion}
                label={labels.region}
                title={t('statistics.byRegion', { year })}
                testId="statistics-region"
              />
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
