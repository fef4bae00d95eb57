import type { PolicyNotice } from '@cz/shared/policy';
import { Card, Empty, Pagination, Space, Spin, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { formatMoney } from '../../../../kit/money';
import { usePolicyNotices } from '../api';
import '../applications.css';

const NOTICES = defineList({
  filters: { q: filter.text, running: filter.oneOf(['true', 'false'] as const) },
  pageSize: 10,
});
type Entry = PolicyNotice['entries'][number];

/** 政策兑现公示: the approved enterprises and amounts of each item, during and after the notice period (public). */
export function NoticesPage() {
  const { t } = useTranslation('policy');
  const listPage = useListPage(NOTICES);
  const { filters, update } = listPage;
  const list = usePolicyNotices(listPage.query);
  const columns: TableColumnsType<Entry> = [
    { title: t('applications.notices.org'), dataIndex: 'orgName' },
    { title: t('applications.notices.amount'), dataIndex: 'amountFen', render: (v: number) => formatMoney(v) },
  ];
  const data = list.data;
  return (
    <div>
      <PageHeader title={t('applications.notices.title')} subtitle={t('applications.notices.subtitle')} />
      <Card style={{ marginBottom: 12 }}>
        <SearchToolbar
          q={filters.q}
          placeholder={t('applications.notices.search')}
          onSearch={(q) => update({ q })}
          choice={{
            value: filters.running,
            label: t('applications.notices.period'),
            options: [
              { value: 'true', label: t('applications.notices.running') },
              { value: 'false', label: t('applications.notices.ended') },
            ],
            onChange: (running) => update({ running }),
          }}
          actions={
            <ExportButton
              path="/policy/notices/export.xlsx"
              query={listPage.exportQuery}
              fileName="policy-notices.xlsx"
              testId="notices-export"
            />
          }
        />
      </Card>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : !data ? (
        <Spin />
      ) : data.items.length === 0 ? (
        <Card>
          <Empty description={t('applications.notices.empty')} />
        </Card>
      ) : (
        <div data-testid="policy-notices" data-total={data.total}>
          {data.items.map((n) => (
            <Card
              key={n.id}
              className="policy-notice-card"
              data-testid={`notice-${n.id}`}
              title={
                <Typography.Title level={2} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
                  {n.itemTitle}
                </Typography.Title>
              }
            >
              <Space wrap size={[12, 4]} style={{ marginBottom: 8 }}>
                <Tag color={n.running ? 'processing' : 'default'}>
                  {n.running ? t('applications.notices.running') : t('applications.notices.ended')}
                </Tag>
                <Typography.Text>
                  {t('applications.notices.periodOf', {
                    from: formatDate(n.startsOn),
                    to: formatDate(n.endsOn),
                    days: n.workingDays,
                  })}
                </Typography.Text>
                <Typography.Text type="secondary">{n.documentTitle}</Typography.Text>
                <Typography.Text type="secondary">{n.department}</Typography.Text>
              </Space>
              {n.note && <Typography.Paragraph>{n.note}</Typography.Paragraph>}
              <DataTable<Entry>
                rowKey="applicationId"
                columns={columns}
                dataSource={n.entries}
                pagination={false}
                size="small"
              />
              <Typography.Paragraph strong style={{ marginTop: 8, marginBottom: 0 }}>
                {t('applications.notices.total', { count: n.entries.length, amount: formatMoney(n.totalFen) })}
              </Typography.Paragraph>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {t('applications.notices.objections', { department: n.department })}
              </Typography.Paragraph>
            </Card>
          ))}
          <Pagination style={{ marginTop: 12 }} {...listPage.pagination(data.total)} />
        </div>
      )}
    </div>
  );
}
