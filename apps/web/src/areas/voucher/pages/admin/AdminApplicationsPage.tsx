import { decisionSchema } from '@cz/shared';
import { APPLICATION_STATUSES } from '@cz/shared/voucher';
import { App, Button, Card, Col, Input, Row, Select, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ReasonModal } from '../../../../kit/components/ReasonModal';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { ListToolbar } from '../../../../kit/list/ListToolbar';
import { filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFormatMoney } from '../../../../kit/money';
import { useFixedColumn } from '../../../../kit/responsive';
import type { VoucherApplication } from '../../../../kit/types';
import { useApplications, useDecide, useScheme } from '../../api';
import { ApproveModal } from '../../components/ApproveModal';
import { SchemePicker } from '../../components/SchemePicker';
import { ApplicationStatusTag } from '../../components/VoucherTags';

const rejectReason = decisionSchema.options[1].shape.reason;

const ADMIN_APPLICATIONS_PAGE_LIST = {
  filters: { q: filter.text, schemeId: filter.int, status: filter.oneOf(APPLICATION_STATUSES) },
};

/**
 * Applications of every scheme, searched and filtered by scheme and status on the server (in the URL), approved or
 * rejected with a reason.
 */
export function AdminApplicationsPage() {
  const { t } = useTranslation('voucher');
  const { message } = App.useApp();
  const money = useFormatMoney();
  const fixedRight = useFixedColumn('right');
  const listPage = useListPage(ADMIN_APPLICATIONS_PAGE_LIST);
  const { update } = listPage;
  const query = {
    ...listPage.filters,
    scope: 'all' as const,
    page: listPage.page,
    pageSize: listPage.pageSize,
  };
  const list = useApplications(query);
  const decide = useDecide();
  const [approving, setApproving] = useState<VoucherApplication | null>(null);
  const approvingScheme = useScheme(approving?.schemeId);
  const [rejecting, setRejecting] = useState<VoucherApplication | null>(null);

  const columns: TableColumnsType<VoucherApplication> = [
    { title: '#', dataIndex: 'id', width: 70 },
    {
      title: t('adminApplications.scheme'),
      dataIndex: 'schemeName',
      width: 180,
      ellipsis: true,
      render: (n: string, a) => <Link to={`/vouchers/schemes/${a.schemeId}`}>{n}</Link>,
    },
    { title: t('adminApplications.org'), dataIndex: 'orgName', width: 200, ellipsis: true },
    {
      title: t('vouchers.appliedAmount'),
      dataIndex: 'amount',
      width: 120,
      align: 'right',
      render: (v: number) => money(v),
    },
    { title: t('adminApplications.purpose'), dataIndex: 'purpose', width: 220, ellipsis: true },
    {
      title: t('adminApplications.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: VoucherApplication['status'], a) => (
        <ApplicationStatusTag status={s} testId={`application-status-${a.id}`} />
      ),
    },
    {
      title: t('vouchers.approvedAmount'),
      dataIndex: 'approvedAmount',
      width: 120,
      align: 'right',
      render: (v: number | null) => money(v),
    },
    {
      title: t('vouchers.rejectReason'),
      dataIndex: 'rejectReason',
      width: 180,
      render: (r: string | null) => r ?? '—',
    },
    { title: t('vouchers.createdAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'a',
      width: 150,
      fixed: fixedRight,
      render: (_: unknown, a) =>
        a.status === 'pending' && (
          <Space size={4}>
            <Button
              size="small"
              type="primary"
              onClick={() => setApproving(a)}
              data-testid={`application-approve-${a.id}`}
            >
              {t('adminApplications.approve')}
            </Button>
            <Button size="small" danger onClick={() => setRejecting(a)} data-testid={`application-reject-${a.id}`}>
              {t('adminApplications.reject')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <div>
      <PageHeader title={t('adminApplications.title')} subtitle={t('adminApplications.subtitle')} />
      <Card>
        <ListToolbar
          actions={
            <ExportButton
              path="/voucher-applications/export.xlsx"
              query={{ ...listPage.exportQuery, scope: 'all' }}
              fileName="voucher-applications.xlsx"
              testId="applications-export"
            />
          }
        >
          <Row gutter={[12, 12]}>
            <Col xs={24} md={8}>
              <Input.Search
                key={query.q ?? ''}
                defaultValue={query.q}
                allowClear
                placeholder={t('adminApplications.searchPlaceholder')}
                aria-label={t('adminApplications.searchPlaceholder')}
                onSearch={(v) => update({ q: v.trim() })}
                data-testid="application-search"
              />
            </Col>
            <Col xs={24} md={10}>
              <SchemePicker
                value={query.schemeId}
                onChange={(v) => update({ schemeId: v })}
                testId="application-scheme-filter"
              />
            </Col>
            <Col xs={24} md={6}>
              <Select
                allowClear
                style={{ width: '100%' }}
                placeholder={t('adminApplications.status')}
                aria-label={t('adminApplications.status')}
                value={query.status}
                options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`voucherStatus.application.${s}`) }))}
                onChange={(v: string | undefined) => update({ status: v })}
                data-testid="application-status-filter"
              />
            </Col>
          </Row>
        </ListToolbar>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 1500 }}
            locale={{ emptyText: t('adminApplications.empty') }}
            onRow={(a) => ({ 'data-testid': `application-row-${a.id}` }) as React.HTMLAttributes<HTMLElement>}
            pagination={listPage.pagination(list.data?.total)}
          />
        )}
      </Card>
      <ApproveModal application={approving} scheme={approvingScheme.data} onClose={() => setApproving(null)} />
      <ReasonModal
        open={rejecting !== null}
        title={t('adminApplications.rejectTitle', { org: rejecting?.orgName ?? '' })}
        label={t('adminApplications.rejectReason')}
        okText={t('adminApplications.reject')}
        danger
        schema={rejectReason}
        testId="application-reject"
        onSubmit={async (reason) => {
          if (!rejecting) return;
          await decide.mutateAsync({ id: rejecting.id, body: { decision: 'reject', reason } });
          message.success(t('adminApplications.rejected'));
        }}
        onClose={() => setRejecting(null)}
      />
    </div>
  );
}
