import { DownloadOutlined } from '@ant-design/icons';
import { SETTLEMENT_BATCH_STATUSES, type SettlementBatch } from '@cz/shared/voucher';
import { App, Button, Card, Form, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { useFormatExactMoney } from '../../../kit/money';
import { useFixedColumn, useOverlayWidth } from '../../../kit/responsive';
import { exportBatch, useMarkPaid, useSettlementBatches } from '../settlement.api';

/** The page's second list: its page under `bpage`, its search and status under `bq` and `bstatus`. */
const BATCH_LIST = defineList({
  filters: { bq: filter.text, bstatus: filter.oneOf(SETTLEMENT_BATCH_STATUSES) },
  pageSize: 10,
  prefix: 'b',
});

/**
 * Settlement batches, searched, filtered and paged on the server (in the URL): each exported to Excel for the finance
 * office, then marked paid with the payment's reference; the list itself exports too.
 */
export function BatchesCard() {
  const { t } = useTranslation('voucher');
  const { message } = App.useApp();
  const money = useFormatExactMoney();
  const fixedRight = useFixedColumn('right');
  const width = useOverlayWidth(440);
  const listPage = useListPage(BATCH_LIST);
  const { bq, bstatus } = listPage.filters;
  const filters = { q: bq, status: bstatus };
  const batches = useSettlementBatches({ ...filters, page: listPage.page, pageSize: listPage.pageSize });
  const markPaid = useMarkPaid();
  const [paying, setPaying] = useState<SettlementBatch | null>(null);
  const [exporting, setExporting] = useState<number | null>(null);
  const [form] = Form.useForm<{ paymentRef: string }>();

  const download = async (id: number) => {
    setExporting(id);
    try {
      await exportBatch(id);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setExporting(null);
    }
  };

  return (
    <Card className="page-card" title={t('settlement.batches')}>
      <SearchToolbar
        q={bq}
        placeholder={t('settlement.batchSearchPlaceholder')}
        onSearch={(q) => listPage.setFilter('bq', q)}
        searchTestId="batch-search"
        choice={{
          value: bstatus,
          label: t('settlement.status'),
          options: SETTLEMENT_BATCH_STATUSES.map((s) => ({ value: s, label: t(`voucherStatus.batch.${s}`) })),
          onChange: (v: string | undefined) => listPage.setFilter('bstatus', v),
          testId: 'batch-status-filter',
        }}
        actions={
          <ExportButton
            path="/settlement-batches/export.xlsx"
            query={filters}
            fileName="settlement-batches.xlsx"
            testId="batches-export"
          />
        }
      />
      {batches.isError ? (
        <QueryError error={batches.error} onRetry={() => batches.refetch()} />
      ) : (
        <DataTable<SettlementBatch>
          rowKey="id"
          size="small"
          {...listPage.tableProps(batches.data, batches.isFetching)}
          scroll={{ x: 860 }}
          locale={{ emptyText: t('settlement.noBatches') }}
          onRow={(b) => ({ 'data-testid': `batch-row-${b.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('settlement.batchId'), dataIndex: 'id', width: 80, render: (id: number) => `#${id}` },
            { title: t('settlement.claimCount'), dataIndex: 'claims', width: 80, align: 'right' },
            {
              title: t('settlement.total'),
              dataIndex: 'total',
              width: 130,
              align: 'right',
              render: (v: number) => money(v),
            },
            {
              title: t('settlement.providers'),
              dataIndex: 'providers',
              width: 240,
              render: (p: string[]) => p.join('、'),
            },
            {
              title: t('settlement.status'),
              dataIndex: 'status',
              width: 100,
              render: (s: SettlementBatch['status'], b) => (
                <Tag color={s === 'paid' ? 'success' : 'purple'} data-testid={`batch-status-${b.id}`} data-status={s}>
                  {t(`voucherStatus.batch.${s}`)}
                </Tag>
              ),
            },
            {
              title: t('common.actions'),
              key: 'a',
              width: 230,
              fixed: fixedRight,
              render: (_: unknown, b) => (
                <Space size={4}>
                  <Button
                    size="small"
                    icon={<DownloadOutlined />}
                    loading={exporting === b.id}
                    onClick={() => download(b.id)}
                    data-testid={`batch-export-${b.id}`}
                  >
                    {t('settlement.export')}
                  </Button>
                  {b.status === 'open' && (
                    <Button size="small" type="primary" onClick={() => setPaying(b)} data-testid={`batch-paid-${b.id}`}>
                      {t('settlement.markPaid')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      <Modal
        open={paying !== null}
        width={width}
        title={t('settlement.paidTitle', { id: paying?.id ?? '' })}
        okText={t('settlement.markPaid')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'batch-paid-confirm' }}
        confirmLoading={markPaid.isPending}
        onCancel={() => setPaying(null)}
        destroyOnHidden
        onOk={async () => {
          if (!paying) return;
          const v = await form.validateFields().catch(() => null);
          if (!v) return;
          try {
            await markPaid.mutateAsync({ id: paying.id, paymentRef: v.paymentRef.trim() });
            message.success(t('settlement.paidDone'));
            setPaying(null);
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="paymentRef"
            label={t('settlement.paymentRef')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 100, message: t('validation.tooLong', { max: 100 }) },
            ]}
          >
            <Input maxLength={100} data-testid="batch-paid-ref" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
