import { DownloadOutlined } from '@ant-design/icons';
import type { SettlementBatch } from '@cz/shared/voucher';
import { App, Button, Card, Form, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { useFormatExactMoney } from '../../../kit/money';
import { useFixedColumn, useOverlayWidth } from '../../../kit/responsive';
import { exportBatch, useMarkPaid, useSettlementBatches } from '../settlement.api';

/** Settlement batches: exported to Excel for the finance office, then marked paid with the payment's reference. */
export function BatchesCard() {
  const { t } = useTranslation('voucher');
  const { message } = App.useApp();
  const money = useFormatExactMoney();
  const fixedRight = useFixedColumn('right');
  const width = useOverlayWidth(440);
  const batches = useSettlementBatches();
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
      {batches.isError ? (
        <QueryError error={batches.error} onRetry={() => batches.refetch()} />
      ) : (
        <DataTable<SettlementBatch>
          rowKey="id"
          size="small"
          loading={batches.isFetching}
          dataSource={batches.data}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
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
