import {
  MATERIAL_KIND_CODES,
  MATERIAL_REVIEWS,
  MATERIAL_SORTS,
  MATERIAL_STATUSES,
  type Material,
  materialReviewSchema,
} from '@cz/shared/materials';
import { App, Button, Card, Col, InputNumber, Row, Space, Statistic, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { uploadUrl } from '../../../../kit/api/uploads';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ReasonModal } from '../../../../kit/components/ReasonModal';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { type Choice, SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useMaterialList, useMaterialMetrics, useReviewMaterial } from '../../api';
import { ReviewTag, ValidityTag } from '../../components/MaterialTags';
import { useMaterialsLabels } from '../../labels';

const reasonField = materialReviewSchema.options[1].shape.reason;
const VALIDITIES = ['valid', 'expired', 'not_yet_valid'] as const;

const ADMIN_MATERIALS_LIST = defineList({
  filters: {
    q: filter.text,
    kind: filter.oneOf(MATERIAL_KIND_CODES),
    review: filter.oneOf(MATERIAL_REVIEWS),
    validity: filter.oneOf(VALIDITIES),
    status: filter.oneOf([...MATERIAL_STATUSES, 'all'] as const),
    expiringWithin: (p: URLSearchParams, k: string) => {
      const n = Number(p.get(k));
      return p.get(k) !== null && Number.isInteger(n) && n >= 0 && n <= 366 ? n : undefined;
    },
  },
  sorts: MATERIAL_SORTS,
  defaultSort: 'newest',
});

/** 企业材料核验: every enterprise's materials, by kind, check, validity and end date, with the check and an export. */
export function AdminMaterialsPage() {
  const { t } = useTranslation('materials');
  const { message } = App.useApp();
  const listPage = useListPage(ADMIN_MATERIALS_LIST);
  const { filters, update } = listPage;
  const list = useMaterialList(listPage.query);
  const metrics = useMaterialMetrics();
  const review = useReviewMaterial();
  const labels = useMaterialsLabels();
  const [rejecting, setRejecting] = useState<Material | null>(null);

  const check = (m: Material) =>
    review.mutateAsync({ orgId: m.orgId, id: m.id, body: { decision: 'check' } }).then(
      () => message.success(t('admin.checked')),
      (err) => message.error(errorMessage(err)),
    );

  const columns: TableColumnsType<Material> = [
    {
      title: t('fields.title'),
      dataIndex: 'title',
      render: (v: string, m) => (
        <Typography.Link href={uploadUrl(m.file)} target="_blank" data-testid={`admin-material-${m.id}`}>
          {v}
        </Typography.Link>
      ),
    },
    { title: t('fields.org'), dataIndex: 'orgName' },
    { title: t('fields.kind'), dataIndex: 'kind', render: (k: Material['kind']) => labels.kind(k) },
    { title: t('fields.period'), key: 'period', render: (_: unknown, m) => labels.period(m) },
    {
      title: t('fields.validity'),
      key: 'validTo',
      sorter: true,
      sortOrder: listPage.sortOrder('validTo'),
      render: (_: unknown, m) => <ValidityTag m={m} />,
    },
    {
      title: t('fields.review'),
      dataIndex: 'review',
      render: (_: unknown, m) => (
        <Space orientation="vertical" size={2}>
          <ReviewTag m={m} />
          {m.review === 'rejected' && m.rejectReason && (
            <Typography.Text type="secondary">{m.rejectReason}</Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('fields.uploadedAt'), dataIndex: 'createdAt', render: formatDateTime },
    {
      title: t('admin.actions'),
      key: 'actions',
      render: (_: unknown, m) =>
        m.status === 'current' ? (
          <Space size={4} wrap>
            {m.review !== 'checked' && (
              <Button size="small" type="primary" onClick={() => check(m)} data-testid={`material-check-${m.id}`}>
                {t('admin.check')}
              </Button>
            )}
            {m.review !== 'rejected' && (
              <Button size="small" danger onClick={() => setRejecting(m)} data-testid={`material-reject-${m.id}`}>
                {t('admin.reject')}
              </Button>
            )}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('status.superseded')}</Typography.Text>
        ),
    },
  ];

  const choice = (
    key: 'kind' | 'review' | 'validity' | 'status',
    options: { value: string; label: string }[],
  ): Choice<string> => ({
    value: filters[key],
    label: t(`fields.${key}`),
    options,
    onChange: (v) => update({ [key]: v }),
  });

  return (
    <div>
      <PageHeader
        title={t('admin.title')}
        subtitle={t('admin.subtitle')}
        extra={
          <ExportButton
            path="/materials/export.xlsx"
            query={listPage.exportQuery}
            fileName="materials.xlsx"
            testId="materials-export"
          />
        }
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('admin.asked')} value={metrics.data?.asked ?? 0} loading={metrics.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('admin.askedAgain')}
              value={metrics.data?.askedAgain ?? 0}
              loading={metrics.isLoading}
              data-testid="materials-asked-again"
            />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" style={{ height: '100%' }}>
            {t('admin.askedHint')}
          </Card>
        </Col>
      </Row>
      <Card>
        <SearchToolbar
          q={filters.q}
          placeholder={t('admin.search')}
          onSearch={(q) => update({ q })}
          searchTestId="materials-search"
          searchSpan={8}
          choices={[
            choice('kind', labels.kindOptions),
            choice(
              'review',
              MATERIAL_REVIEWS.map((value) => ({ value, label: t(`review.${value}`) })),
            ),
            choice(
              'validity',
              VALIDITIES.map((value) => ({ value, label: t(`validity.${value}`) })),
            ),
            choice(
              'status',
              [...MATERIAL_STATUSES, 'all' as const].map((value) => ({ value, label: t(`status.${value}`) })),
            ),
          ]}
        >
          <Col xs={12} md={4}>
            <InputNumber
              min={0}
              max={366}
              precision={0}
              style={{ width: '100%' }}
              placeholder={t('admin.expiringWithin')}
              aria-label={t('admin.expiringWithin')}
              value={filters.expiringWithin ?? null}
              onChange={(v) => update({ expiringWithin: v ?? undefined })}
              data-testid="materials-expiring-within"
            />
          </Col>
        </SearchToolbar>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="materials-admin-list" data-total={list.data?.total ?? ''}>
            <DataTable<Material>
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
        title={t('admin.rejectTitle', { title: rejecting?.title ?? '' })}
        label={t('admin.reason')}
        okText={t('admin.reject')}
        danger
        schema={reasonField}
        testId="material-reject"
        onSubmit={async (reason) => {
          if (!rejecting) return;
          await review.mutateAsync({
            orgId: rejecting.orgId,
            id: rejecting.id,
            body: { decision: 'reject', reason },
          });
          message.success(t('admin.rejected'));
        }}
        onClose={() => setRejecting(null)}
      />
    </div>
  );
}
