import type { SupervisionDepartmentRow, SupervisionFigures, SupervisionItemRow } from '@cz/shared/policy';
import { Card, Col, InputNumber, Row, Select, Space, type TableColumnsType, Tabs } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../../kit/charts/EChart';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { toIsoDate } from '../../../../kit/datetime';
import { DateRangeInput } from '../../../../kit/forms/DateInput';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { formatMoney } from '../../../../kit/money';
import { type SupervisionFilters, useSupervision } from '../api';

/** The figure columns shared by the item and department tables. */
function useFigureColumns<T extends SupervisionFigures>(): TableColumnsType<T> {
  const { t } = useTranslation('policy');
  return [
    { title: t('supervision.col.eligible'), dataIndex: 'eligible', align: 'right' },
    { title: t('supervision.col.notified'), dataIndex: 'notified', align: 'right' },
    { title: t('supervision.col.opened'), dataIndex: 'opened', align: 'right' },
    { title: t('supervision.col.applied'), dataIndex: 'applied', align: 'right' },
    { title: t('supervision.col.approved'), dataIndex: 'approved', align: 'right' },
    { title: t('supervision.col.paid'), dataIndex: 'paid', align: 'right' },
    { title: t('supervision.col.approvedFen'), dataIndex: 'approvedFen', align: 'right', render: formatMoney },
    { title: t('supervision.col.paidFen'), dataIndex: 'paidFen', align: 'right', render: formatMoney },
    {
      title: t('supervision.col.median'),
      dataIndex: 'medianDaysToPayment',
      align: 'right',
      render: (d: number | null) => (d === null ? '—' : d),
    },
    { title: t('supervision.col.overdue'), dataIndex: 'overdue', align: 'right' },
    { title: t('supervision.col.paidLate'), dataIndex: 'paidLate', align: 'right' },
  ];
}

/**
 * 政策落实督导: per item and per responsible department, for a year or a range of dates within it, the standings,
 * applications, approvals, payments and amounts, the median days to payment and what is overdue; with a chart and
 * the Excel export of the same figures.
 */
export function SupervisionPage() {
  const { t } = useTranslation('policy');
  const [filters, setFilters] = useState<SupervisionFilters>({ year: new Date().getFullYear() });
  const report = useSupervision(filters);
  const figures = useFigureColumns<SupervisionItemRow>();
  const deptFigures = useFigureColumns<SupervisionDepartmentRow>();
  const itemColumns: TableColumnsType<SupervisionItemRow> = [
    { title: t('supervision.col.item'), dataIndex: 'title' },
    { title: t('supervision.col.department'), dataIndex: 'department' },
    ...figures,
  ];
  const deptColumns: TableColumnsType<SupervisionDepartmentRow> = [
    { title: t('supervision.col.department'), dataIndex: 'department' },
    { title: t('supervision.col.items'), dataIndex: 'items', align: 'right' },
    ...deptFigures,
  ];
  const data = report.data;
  const departments = data?.byDepartment ?? [];
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: {},
      grid: { left: 40, right: 16, bottom: 60, containLabel: true },
      xAxis: { type: 'category', data: departments.map((d) => d.department), axisLabel: { rotate: 20 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: (['applied', 'approved', 'paid', 'overdue'] as const).map((k) => ({
        type: 'bar',
        name: t(`supervision.col.${k}`),
        data: departments.map((d) => d[k]),
      })),
    }),
    [departments, t],
  );
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<
    string,
    string | number
  >;

  return (
    <div>
      <PageHeader
        title={t('supervision.title')}
        subtitle={t('supervision.subtitle')}
        extra={
          <ExportButton
            path="/policy/supervision/export.xlsx"
            query={query}
            fileName={`policy-supervision-${filters.year}.xlsx`}
            testId="supervision-export"
          />
        }
      />
      <Card style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={4}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <label htmlFor="supervision-year">{t('supervision.year')}</label>
              <InputNumber
                id="supervision-year"
                min={2000}
                max={2100}
                value={filters.year}
                style={{ width: '100%' }}
                data-testid="supervision-year"
                onChange={(v) => v && setFilters({ ...filters, year: v, from: undefined, to: undefined })}
              />
            </Space>
          </Col>
          <Col xs={24} md={10}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <span>{t('supervision.range')}</span>
              <DateRangeInput
                style={{ width: '100%' }}
                aria-label={t('supervision.range')}
                onChange={(range) => {
                  const [from, to] = (range ?? []) as [Dayjs | null, Dayjs | null];
                  setFilters({ ...filters, from: toIsoDate(from) ?? undefined, to: toIsoDate(to) ?? undefined });
                }}
              />
            </Space>
          </Col>
          <Col xs={24} md={10}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <span>{t('supervision.department')}</span>
              <Select
                allowClear
                aria-label={t('supervision.department')}
                placeholder={t('supervision.allDepartments')}
                value={filters.department}
                style={{ width: '100%' }}
                options={(data?.departments ?? []).map((d) => ({ value: d, label: d }))}
                onChange={(department?: string) => setFilters({ ...filters, department })}
                data-testid="supervision-department"
              />
            </Space>
          </Col>
        </Row>
      </Card>
      {report.error ? <QueryError error={report.error} /> : null}
      <Card title={t('supervision.chart')} style={{ marginBottom: 12 }}>
        <EChart option={option} height={280} testId="supervision-chart" />
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'items',
              label: t('supervision.byItem'),
              children: (
                <DataTable<SupervisionItemRow>
                  rowKey="itemId"
                  loading={report.isLoading}
                  columns={itemColumns}
                  dataSource={data?.items ?? []}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  scroll={{ x: 'max-content' }}
                  data-testid="supervision-items"
                />
              ),
            },
            {
              key: 'departments',
              label: t('supervision.byDepartment'),
              children: (
                <DataTable<SupervisionDepartmentRow>
                  rowKey="department"
                  loading={report.isLoading}
                  columns={deptColumns}
                  dataSource={
                    data
                      ? [
                          ...departments,
                          { ...data.totals, department: t('supervision.total'), items: data.items.length },
                        ]
                      : []
                  }
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  data-testid="supervision-departments"
                />
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
