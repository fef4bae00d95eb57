import { reasonSchema } from '@cz/shared';
import { REIMBURSEMENT_STATUSES, type Reimbursement } from '@cz/shared/voucher';
import { App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ReasonModal } from '../../../../kit/components/ReasonModal';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFormatExactMoney } from '../../../../kit/money';
import { useFixedColumn } from '../../../../kit/responsive';
import { ReimbursementTable } from '../../components/ReimbursementTable';
import { useDecideReimbursement, useReimbursements } from '../../reimbursement.api';

const REIMBURSEMENT_LIST = { filters: { q: filter.text, status: filter.oneOf(REIMBURSEMENT_STATUSES) } };

/**
 * 通用 reimbursement claims of every enterprise, searched, filtered by status and paged on the server (in the URL):
 * approve, reject, record payment.
 */
export function AdminReimbursementsPage() {
  const { t } = useTranslation('voucher');
  const { message, modal } = App.useApp();
  const money = useFormatExactMoney();
  const fixedRight = useFixedColumn('right');
  const listPage = useListPage(REIMBURSEMENT_LIST);
  const { filters, update } = listPage;
  const list = useReimbursements(listPage.query);
  const decide = useDecideReimbursement();
  const [rejecting, setRejecting] = useState<Reimbursement | null>(null);

  const confirm = (r: Reimbursement, decision: 'approve' | 'paid') =>
    modal.confirm({
      title:
        decision === 'approve'
          ? t('reimbursement.approveConfirm', { id: r.id, amount: money(r.amount) })
          : t('reimbursement.paidConfirm', { amount: money(r.amount), org: r.orgName }),
      okText: decision === 'approve' ? t('reimbursement.approve') : t('reimbursement.markPaid'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': `reimbursement-${decision}-confirm` },
      onOk: () =>
        decide.mutateAsync({ id: r.id, body: { decision } }).then(
          () => message.success(decision === 'approve' ? t('reimbursement.approved') : t('reimbursement.paidDone')),
          (err) => message.error(errorMessage(err)),
        ),
    });

  return (
    <div>
      <PageHeader title={t('reimbursement.all')} subtitle={t('reimbursement.adminSubtitle')} />
      <Card>
        <SearchToolbar
          q={filters.q}
          placeholder={t('reimbursement.searchPlaceholder')}
          onSearch={(q) => update({ q })}
          searchTestId="reimbursement-search"
          choice={{
            value: filters.status,
            label: t('reimbursement.status'),
            options: REIMBURSEMENT_STATUSES.map((s) => ({ value: s, label: t(`reimbursement.statuses.${s}`) })),
            onChange: (v: string | undefined) => update({ status: v }),
            testId: 'reimbursement-status-filter',
          }}
          actions={
            <ExportButton
              path="/voucher-reimbursements/export.xlsx"
              query={listPage.exportQuery}
              fileName="voucher-reimbursements.xlsx"
              testId="reimbursements-export"
            />
          }
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <ReimbursementTable
            items={list.data?.items}
            loading={list.isFetching}
            pagination={listPage.pagination(list.data?.total)}
            withOrg
            actions={{
              title: t('common.actions'),
              key: 'a',
              width: 160,
              fixed: fixedRight,
              render: (_: unknown, r: Reimbursement) =>
                r.status === 'submitted' ? (
                  <Space size={4}>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => confirm(r, 'approve')}
                      data-testid={`reimbursement-approve-${r.id}`}
                    >
                      {t('reimbursement.approve')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => setRejecting(r)}
                      data-testid={`reimbursement-reject-${r.id}`}
                    >
                      {t('reimbursement.reject')}
                    </Button>
                  </Space>
                ) : (
                  r.status === 'approved' && (
                    <Button size="small" onClick={() => confirm(r, 'paid')} data-testid={`reimbursement-paid-${r.id}`}>
                      {t('reimbursement.markPaid')}
                    </Button>
                  )
                ),
            }}
          />
        )}
      </Card>
      <ReasonModal
        open={rejecting !== null}
        title={t('reimbursement.rejectTitle', { id: rejecting?.id ?? '' })}
        label={t('reimbursement.rejectReason')}
        okText={t('reimbursement.reject')}
        danger
        schema={reasonSchema.shape.reason}
        testId="reimbursement-reject"
        onSubmit={async (reason) => {
          if (!rejecting) return;
          await decide.mutateAsync({ id: rejecting.id, body: { decision: 'reject', reason } });
          message.success(t('reimbursement.rejected'));
        }}
        onClose={() => setRejecting(null)}
      />
    </div>
  );
}
