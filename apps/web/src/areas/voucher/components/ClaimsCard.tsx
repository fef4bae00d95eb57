import { reasonSchema } from '@cz/shared';
import type { Claim, ClaimStatus } from '@cz/shared/voucher';
import { App, Button, Card, Input, Modal, Space, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { ReasonModal } from '../../../kit/components/ReasonModal';
import { formatDateTime } from '../../../kit/datetime';
import { useListPage } from '../../../kit/list/useListPage';
import { useFormatExactMoney } from '../../../kit/money';
import { useFixedColumn, useOverlayWidth } from '../../../kit/responsive';
import { useClaims, useCreateBatch, useReviewClaim } from '../settlement.api';
import { ClaimDocuments } from './ClaimDocuments';
import { CLAIM_LIST, ClaimsToolbar } from './ClaimsToolbar';
import { ClaimStatusTag } from './VoucherTags';

/**
 * Claims with their documents, searched, filtered and paged on the server (in the URL), approved or returned with a
 * reason; approved ones are ticked into a new batch, on this page and others.
 */
export function ClaimsCard() {
  const { t } = useTranslation('voucher');
  const { message, modal } = App.useApp();
  const money = useFormatExactMoney();
  const fixedRight = useFixedColumn('right');
  const width = useOverlayWidth(480);
  const listPage = useListPage(CLAIM_LIST);
  const { filters, update } = listPage;
  const claims = useClaims(listPage.query);
  const review = useReviewClaim();
  const createBatch = useCreateBatch();
  // Ticked claims by id, kept while the reader pages or searches, so that a batch may gather several pages.
  const [selected, setSelected] = useState<ReadonlyMap<number, Claim>>(new Map());
  const [returning, setReturning] = useState<Claim | null>(null);
  const [batching, setBatching] = useState(false);
  const [note, setNote] = useState('');
  const chosen = [...selected.values()].filter((c) => c.status === 'approved');
  const total = chosen.reduce((n, c) => n + c.amount, 0);
  const select = (keys: readonly React.Key[], rows: readonly (Claim | undefined)[]) =>
    setSelected((prev) => {
      const next = new Map<number, Claim>();
      for (const key of keys) {
        const c = rows.find((r) => r?.id === key) ?? prev.get(Number(key));
        if (c) next.set(c.id, c);
      }
      return next;
    });

  const approve = (c: Claim) =>
    modal.confirm({
      title: t('settlement.approveConfirm', { id: c.id, amount: money(c.amount) }),
      okText: t('settlement.approve'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'claim-approve-confirm' },
      onOk: () =>
        review.mutateAsync({ id: c.id, body: { decision: 'approve' } }).then(
          () => message.success(t('settlement.approved')),
          (err) => message.error(errorMessage(err)),
        ),
    });

  const columns: TableColumnsType<Claim> = [
    { title: '#', dataIndex: 'id', width: 60 },
    {
      title: t('settlement.order'),
      dataIndex: 'orderId',
      width: 80,
      render: (id: number) => <Link to={`/orders/${id}`}>#{id}</Link>,
    },
    { title: t('settlement.provider'), dataIndex: 'providerName', width: 160, ellipsis: true },
    {
      title: t('settlement.amount'),
      dataIndex: 'amount',
      width: 110,
      align: 'right',
      render: (v: number, c) => (
        <span data-testid={`claim-amount-${c.id}`} data-amount={v}>
          {money(v)}
        </span>
      ),
    },
    {
      title: t('settlement.status'),
      dataIndex: 'status',
      width: 160,
      render: (s: ClaimStatus, c) => (
        <Space orientation="vertical" size={0}>
          <ClaimStatusTag status={s} testId={`claim-status-${c.id}`} />
          {c.returnReason && <Typography.Text type="secondary">{c.returnReason}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('settlement.documents'),
      key: 'docs',
      width: 220,
      render: (_: unknown, c) => <ClaimDocuments claim={c} />,
    },
    { title: t('settlement.buyer'), dataIndex: 'buyerName', width: 160, ellipsis: true },
    { title: t('settlement.service'), dataIndex: 'serviceTitle', width: 180, ellipsis: true },
    {
      title: t('settlement.orderAmount'),
      dataIndex: 'orderAmount',
      width: 110,
      align: 'right',
      render: (v: number) => money(v),
    },
    {
      title: t('settlement.batch'),
      dataIndex: 'batchId',
      width: 70,
      render: (b: number | null) => (b ? `#${b}` : '—'),
    },
    { title: t('settlement.submittedAt'), dataIndex: 'submittedAt', width: 150, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'a',
      width: 150,
      fixed: fixedRight,
      render: (_: unknown, c) =>
        c.status === 'submitted' && (
          <Space size={4}>
            <Button size="small" type="primary" onClick={() => approve(c)} data-testid={`claim-approve-${c.id}`}>
              {t('settlement.approve')}
            </Button>
            <Button size="small" danger onClick={() => setReturning(c)} data-testid={`claim-return-${c.id}`}>
              {t('settlement.return')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <Card className="page-card" title={t('settlement.claims')}>
      <ClaimsToolbar
        q={filters.q}
        status={filters.status}
        placeholder={t('settlement.searchPlaceholder')}
        exportQuery={listPage.exportQuery}
        onChange={update}
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          disabled={chosen.length === 0}
          onClick={() => setBatching(true)}
          data-testid="batch-create"
        >
          {t('settlement.createBatch', { n: chosen.length })}
        </Button>
        <Typography.Text type="secondary">{t('settlement.selectHint')}</Typography.Text>
      </Space>
      {claims.isError ? (
        <QueryError error={claims.error} onRetry={() => claims.refetch()} />
      ) : (
        <DataTable
          rowKey="id"
          columns={columns}
          dataSource={claims.data?.items}
          loading={claims.isFetching}
          scroll={{ x: 1800 }}
          locale={{ emptyText: t('settlement.noClaims') }}
          pagination={listPage.pagination(claims.data?.total)}
          onRow={(c) => ({ 'data-testid': `claim-row-${c.id}` }) as React.HTMLAttributes<HTMLElement>}
          rowSelection={{
            preserveSelectedRowKeys: true,
            selectedRowKeys: [...selected.keys()],
            onChange: select,
            getCheckboxProps: (c) => ({ disabled: c.status !== 'approved' }),
          }}
        />
      )}
      <ReasonModal
        open={returning !== null}
        title={t('settlement.returnTitle', { id: returning?.id ?? '' })}
        label={t('settlement.returnReasonLabel')}
        okText={t('settlement.return')}
        danger
        schema={reasonSchema.shape.reason}
        testId="claim-return"
        onSubmit={async (reason) => {
          if (!returning) return;
          await review.mutateAsync({ id: returning.id, body: { decision: 'return', reason } });
          message.success(t('settlement.returned'));
        }}
        onClose={() => setReturning(null)}
      />
      <Modal
        open={batching}
        width={width}
        title={t('settlement.batchTitle')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'batch-create-confirm' }}
        confirmLoading={createBatch.isPending}
        onCancel={() => setBatching(false)}
        onOk={async () => {
          try {
            const batch = await createBatch.mutateAsync({ claimIds: chosen.map((c) => c.id), note: note.trim() });
            message.success(t('settlement.batchCreated', { id: batch.id }));
            setSelected(new Map());
            setNote('');
            setBatching(false);
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}
      >
        <Typography.Paragraph>
          {t('settlement.batchHint', { n: chosen.length, total: money(total) })}
        </Typography.Paragraph>
        <Input.TextArea
          rows={2}
          maxLength={500}
          placeholder={t('settlement.batchNote')}
          aria-label={t('settlement.batchNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
    </Card>
  );
}
