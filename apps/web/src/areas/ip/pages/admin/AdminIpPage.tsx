import { IP_CLASSES, IP_SORTS, type IpRecord, ipVerificationBodySchema } from '@cz/shared/ip';
import { App, Button, Card, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ReasonModal } from '../../../../kit/components/ReasonModal';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useDecideIpRecord, useIpList } from '../../api';
import { IP_LIST_FILTERS, useIpColumns, useIpFilterChoices } from '../../components/ipColumns';

const reasonField = ipVerificationBodySchema.options[1].shape.reason;

const ADMIN_IP_LIST = defineList({
  filters: {
    ...IP_LIST_FILTERS,
    ipClass: filter.oneOf(IP_CLASSES),
    orgId: filter.int,
  },
  sorts: IP_SORTS,
  defaultSort: 'newest',
});

/** 知识产权核验: every organisation's records, checked against their certificates (verify, or reject with a reason). */
export function AdminIpPage() {
  const { t } = useTranslation('ip');
  const { message } = App.useApp();
  const listPage = useListPage(ADMIN_IP_LIST);
  const { filters, update } = listPage;
  const list = useIpList(listPage.query);
  const decide = useDecideIpRecord();
  const [rejecting, setRejecting] = useState<IpRecord | null>(null);

  const cols = useIpColumns();
  const choices = useIpFilterChoices(filters, update);

  const columns: TableColumnsType<IpRecord> = [
    cols.number((r) => ({ to: `/admin/ip/${r.id}`, testId: `ip-admin-row-${r.id}` })),
    cols.title,
    { title: t('fields.org'), dataIndex: 'orgName' },
    ...cols.statuses,
    { title: t('fields.updatedAt'), dataIndex: 'updatedAt', render: formatDateTime },
    {
      title: t('verify.actions'),
      key: 'actions',
      render: (_: unknown, r) =>
        r.verification === 'pending' ? (
          <Space size={4} wrap>
            <Button
              size="small"
              type="primary"
              disabled={!r.certificate}
              title={r.certificate ? undefined : t('detail.noCertificate')}
              data-testid={`ip-verify-${r.id}`}
              onClick={() =>
                decide.mutateAsync({ id: r.id, body: { decision: 'verify' } }).then(
                  () => message.success(t('verify.verified')),
                  (err) => message.error(errorMessage(err)),
                )
              }
            >
              {t('verify.verify')}
            </Button>
            <Button size="small" danger onClick={() => setRejecting(r)} data-testid={`ip-reject-${r.id}`}>
              {t('verify.reject')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('admin.title')}
        subtitle={t('admin.subtitle')}
        extra={
          <ExportButton
            path="/ip/records/export.xlsx"
            query={listPage.exportQuery}
            fileName="ip-records.xlsx"
            testId="ip-admin-export"
          />
        }
      />
      <Card>
        <SearchToolbar
          q={filters.q}
          placeholder={t('mine.search')}
          onSearch={(q) => update({ q })}
          choices={[choices.verification, choices.kind, choices.legalStatus, choices.ipClass]}
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="ip-admin-list" data-total={list.data?.total ?? ''}>
            <DataTable<IpRecord>
              rowKey="id"
              columns={columns}
              scroll={{ x: 1200 }}
              {...listPage.tableProps(list.data, list.isFetching)}
            />
          </div>
        )}
      </Card>
      <ReasonModal
        open={rejecting !== null}
        title={t('verify.rejectTitle', { title: rejecting?.title ?? '' })}
        label={t('verify.reason')}
        okText={t('verify.reject')}
        danger
        schema={reasonField}
        testId="ip-reject"
        onSubmit={async (reason) => {
          if (!rejecting) return;
          await decide.mutateAsync({ id: rejecting.id, body: { decision: 'reject', reason } });
          message.success(t('verify.rejected'));
        }}
        onClose={() => setRejecting(null)}
      />
    </div>
  );
}
