import type { EvaluationItemRow, EvaluationRates, Rate } from '@cz/shared/policy';
import { Card, Col, InputNumber, Row, Space, Statistic, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { useEvaluation } from '../api';

const percent = (r: Rate) => (r.rate === null ? '—' : `${(r.rate * 100).toFixed(1)}%`);

/**
 * 第三方评估: the evaluator's read-only view of the three rates — 知晓覆盖率, 办理满意率 (with the mean score) and
 * 兑现到位率 — for the year and per item, each with its numerator and denominator, and the extract to download.
 */
export function EvaluationPage() {
  const { t } = useTranslation('policy');
  const [params] = useSearchParams();
  const [year, setYear] = useState(Number(params.get('year')) || new Date().getFullYear());
  const report = useEvaluation(year);
  const parts = (r: Rate) => t('supervision.evaluation.parts', { numerator: r.numerator, denominator: r.denominator });
  const rateCell = (r: Rate) => (
    <span>
      {percent(r)} <small>({parts(r)})</small>
    </span>
  );
  const columns: TableColumnsType<EvaluationItemRow> = [
    { title: t('supervision.col.item'), dataIndex: 'title' },
    { title: t('supervision.col.department'), dataIndex: 'department' },
    { title: t('supervision.evaluation.awareness'), key: 'awareness', render: (_, r) => rateCell(r.awareness) },
    {
      title: t('supervision.evaluation.satisfaction'),
      key: 'satisfaction',
      render: (_, r) => rateCell(r.satisfaction),
    },
    {
      title: t('supervision.evaluation.mean'),
      key: 'mean',
      render: (_, r) =>
        r.satisfaction.mean === null ? t('supervision.evaluation.none') : r.satisfaction.mean.toFixed(2),
    },
    { title: t('supervision.evaluation.onTime'), key: 'onTime', render: (_, r) => rateCell(r.onTime) },
  ];
  const totals: EvaluationRates | undefined = report.data?.totals;

  return (
    <div>
      <PageHeader
        title={t('supervision.evaluation.title')}
        subtitle={t('supervision.evaluation.subtitle')}
        extra={
          <ExportButton
            path="/policy/evaluation/export.xlsx"
            query={{ year }}
            fileName={`policy-evaluation-${year}.xlsx`}
            testId="evaluation-export"
          />
        }
      />
      <Card style={{ marginBottom: 12 }}>
        <Space>
          <label htmlFor="evaluation-year">{t('supervision.year')}</label>
          <InputNumber
            id="evaluation-year"
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            data-testid="evaluation-year"
          />
        </Space>
      </Card>
      {report.error ? <QueryError error={report.error} /> : null}
      {totals ? (
        <Card title={t('supervision.evaluation.year')} style={{ marginBottom: 12 }}>
          <Row gutter={[12, 12]} data-testid="evaluation-totals">
            {(['awareness', 'satisfaction', 'onTime'] as const).map((k) => (
              <Col xs={24} md={8} key={k}>
                <Statistic
                  title={t(`supervision.evaluation.${k}`)}
                  value={percent(totals[k])}
                  suffix={<small>({parts(totals[k])})</small>}
                />
              </Col>
            ))}
          </Row>
        </Card>
      ) : null}
      <Card>
        <DataTable<EvaluationItemRow>
          rowKey="itemId"
          loading={report.isLoading}
          columns={columns}
          dataSource={report.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          data-testid="evaluation-items"
        />
      </Card>
    </div>
  );
}
