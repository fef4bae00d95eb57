import { holidayInputSchema, isoWeekday, POLICY_HOLIDAY_KINDS, type PolicyHoliday } from '@cz/shared/policy';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, type TableColumnsType, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate, toIsoDate } from '../../../../kit/datetime';
import { DateInput } from '../../../../kit/forms/DateInput';
import { zodRule } from '../../../../kit/forms/zod-form';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useHolidays, useRemoveHoliday, useSetHoliday } from '../api';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const HOLIDAY_LIST = defineList({
  filters: { year: filter.int, q: filter.text, kind: filter.oneOf(POLICY_HOLIDAY_KINDS) },
  pageSize: 50,
});

/**
 * 节假日安排: the zone's calendar that working-day deadlines count with — weekdays off and weekend days worked —
 * by year, kept by the administration (2026 is filled in from the State Council's notice); searched, filtered and
 * paged on the server (in the URL), and exported.
 */
export function HolidaysPage() {
  const { t } = useTranslation('policy');
  const { message } = App.useApp();
  const listPage = useListPage(HOLIDAY_LIST);
  const { q, kind } = listPage.filters;
  const year = listPage.filters.year ?? new Date().getFullYear();
  const list = useHolidays({ year, q, kind, page: listPage.page, pageSize: listPage.pageSize });
  const set = useSetHoliday();
  const remove = useRemoveHoliday();
  const [form] = Form.useForm<{ day: Dayjs; kind: PolicyHoliday['kind']; name: string }>();

  const columns: TableColumnsType<PolicyHoliday> = [
    { title: t('applications.holidays.day'), dataIndex: 'day', render: formatDate },
    {
      title: t('applications.holidays.weekday'),
      dataIndex: 'day',
      key: 'weekday',
      render: (d: string) => t(`applications.holidays.weekdays.${WEEKDAYS[isoWeekday(d) - 1] ?? 'mon'}`),
    },
    {
      title: t('applications.holidays.kind'),
      dataIndex: 'kind',
      render: (k: PolicyHoliday['kind']) => (
        <Tag color={k === 'holiday' ? 'red' : 'blue'}>{t(`applications.holidays.kinds.${k}`)}</Tag>
      ),
    },
    { title: t('applications.holidays.name'), dataIndex: 'name' },
    {
      title: t('applications.holidays.actions'),
      key: 'actions',
      render: (_: unknown, h) => (
        <Button
          size="small"
          danger
          aria-label={t('applications.holidays.removeDay', { day: formatDate(h.day) })}
          onClick={() =>
            remove.mutateAsync(h.day).then(
              () => message.success(t('applications.holidays.removed')),
              (err) => message.error(errorMessage(err)),
            )
          }
        >
          {t('applications.holidays.remove')}
        </Button>
      ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('applications.holidays.title')}
        subtitle={t('applications.holidays.subtitle')}
        extra={<LinkButton to="/admin/policy-applications">{t('applications.review.back')}</LinkButton>}
      />
      <Card style={{ marginBottom: 12 }} title={t('applications.holidays.add')}>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ kind: 'holiday' }}
          onFinish={async (v) => {
            const day = toIsoDate(v.day);
            if (!day) return;
            try {
              await set.mutateAsync({ day, body: { kind: v.kind, name: v.name.trim() } });
              message.success(t('applications.holidays.saved'));
              form.resetFields(['day', 'name']);
            } catch (err) {
              message.error(errorMessage(err));
            }
          }}
        >
          <Row gutter={12}>
            <Col xs={24} md={6}>
              <Form.Item name="day" label={t('applications.holidays.day')} rules={[{ required: true }]}>
                <DateInput style={{ width: '100%' }} data-testid="holiday-day" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="kind" label={t('applications.holidays.kind')} rules={[{ required: true }]}>
                <Select
                  aria-label={t('applications.holidays.kind')}
                  options={POLICY_HOLIDAY_KINDS.map((k) => ({
                    value: k,
                    label: t(`applications.holidays.kinds.${k}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="name"
                label={t('applications.holidays.name')}
                rules={[zodRule(holidayInputSchema.shape.name)]}
              >
                <Input maxLength={50} data-testid="holiday-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={4} style={{ display: 'flex', alignItems: 'flex-end', paddingBottom: 24 }}>
              <Button type="primary" htmlType="submit" loading={set.isPending} data-testid="holiday-save">
                {t('applications.holidays.save')}
              </Button>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card>
        <SearchToolbar
          q={q}
          placeholder={t('applications.holidays.searchPlaceholder')}
          onSearch={(value) => listPage.setFilter('q', value)}
          searchTestId="holiday-search"
          searchSpan={10}
          choice={{
            span: 6,
            value: kind,
            label: t('applications.holidays.kind'),
            options: POLICY_HOLIDAY_KINDS.map((k) => ({ value: k, label: t(`applications.holidays.kinds.${k}`) })),
            onChange: (v: string | undefined) => listPage.setFilter('kind', v),
            testId: 'holiday-kind-filter',
          }}
          actions={
            <ExportButton
              path="/policy/holidays/export.xlsx"
              query={{ year, q, kind }}
              fileName={`policy-holidays-${year}.xlsx`}
              testId="holidays-export"
            />
          }
        >
          <Col xs={24} md={8}>
            <Space>
              <label htmlFor="holiday-year">{t('applications.holidays.year')}</label>
              <InputNumber<number>
                id="holiday-year"
                min={2000}
                max={2100}
                value={year}
                onChange={(v) => v && listPage.setFilter('year', v)}
              />
            </Space>
          </Col>
        </SearchToolbar>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="holidays" data-total={list.data?.total ?? ''}>
            <DataTable<PolicyHoliday>
              rowKey="day"
              columns={columns}
              {...listPage.tableProps(list.data, list.isFetching)}
            />
          </div>
        )}
      </Card>
    </div>
  );
}
