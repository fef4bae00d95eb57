import { SERVICE_CATEGORY_CODES, SERVICE_STATUSES, suspendBodySchema } from '@cz/shared/catalog';
import { App, Button, Card, Col, Input, Row, Select, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ReasonModal } from '../../../../kit/components/ReasonModal';
import { ServiceStatusTag } from '../../../../kit/components/StatusTag';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFixedColumn } from '../../../../kit/responsive';
import type { Service } from '../../../../kit/types';
import { useServiceList, useSuspendService } from '../../api';
import { serviceHref } from '../../components/ServiceCard';
import { useCatalogLabels, useFormatPrice } from '../../labels';

const reasonField = suspendBodySchema.options[0].shape.reason;

const ADMIN_SERVICE_LIST = {
  filters: { q: filter.text, status: filter.oneOf(SERVICE_STATUSES), category: filter.oneOf(SERVICE_CATEGORY_CODES) },
};

/** Every listing in every status (admins are shown all), with suspension and reinstatement. */
export function AdminServicesPage() {
  const { t } = useTranslation(['catalog', 'org']);
  const { message, modal } = App.useApp();
  const labels = useCatalogLabels();
  const price = useFormatPrice();
  const fixedRight = useFixedColumn('right');
  const listPage = useListPage(ADMIN_SERVICE_LIST);
  const { update } = listPage;
  const query = {
    ...listPage.filters,
    sort: listPage.filters.q ? ('relevance' as const) : ('newest' as const),
    page: listPage.page,
    pageSize: listPage.pageSize,
  };
  const list = useServiceList(query);
  const suspend = useSuspendService();
  const [suspending, setSuspending] = useState<Service | null>(null);

  const columns: TableColumnsType<Service> = [
    {
      title: t('myServices.titleField'),
      dataIndex: 'title',
      width: 220,
      render: (v: string, s) => <Link to={serviceHref(s)}>{v}</Link>,
    },
    { title: t('adminServices.provider'), dataIndex: 'providerName', width: 200, ellipsis: true },
    {
      title: t('myServices.category'),
      dataIndex: 'category',
      width: 110,
      render: (c: string) => labels.serviceCategory(c),
    },
    { title: t('services.price'), key: 'price', width: 140, render: (_: unknown, s) => price(s.pricing, s.price) },
    {
      title: t('adminServices.status'),
      dataIndex: 'status',
      width: 160,
      render: (st: Service['status'], s) => (
        <>
          <ServiceStatusTag status={st} /> {s.suspendReason && <span style={{ fontSize: 12 }}>{s.suspendReason}</span>}
        </>
      ),
    },
    { title: t('org:org.fields.createdAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'a',
      fixed: fixedRight,
      width: 100,
      render: (_: unknown, s) =>
        s.status === 'active' ? (
          <Button size="small" danger onClick={() => setSuspending(s)} data-testid={`service-suspend-${s.id}`}>
            {t('adminServices.suspend')}
          </Button>
        ) : s.status === 'suspended' ? (
          <Button
            size="small"
            data-testid={`service-reinstate-${s.id}`}
            onClick={() =>
              modal.confirm({
                title: `${t('adminServices.reinstate')}: ${s.title}`,
                okText: t('adminServices.reinstate'),
                cancelText: t('common.cancel'),
                onOk: () =>
                  suspend.mutateAsync({ id: s.id, body: { action: 'reinstate' } }).then(
                    () => message.success(t('adminServices.reinstated')),
                    (err) => message.error(errorMessage(err)),
                  ),
              })
            }
          >
            {t('adminServices.reinstate')}
          </Button>
        ) : null,
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('adminServices.title')}
        subtitle={t('adminServices.subtitle')}
        extra={
          <ExportButton
            path="/services/export.xlsx"
            query={{ ...listPage.filters, sort: query.sort }}
            fileName="services.xlsx"
            testId="services-export"
          />
        }
      />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          <Col xs={24} md={10}>
            <Input.Search
              key={query.q ?? ''}
              defaultValue={query.q}
              allowClear
              placeholder={t('services.searchPlaceholder')}
              aria-label={t('services.searchPlaceholder')}
              onSearch={(v) => update({ q: v.trim() })}
            />
          </Col>
          <Col xs={12} md={7}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('adminServices.status')}
              aria-label={t('adminServices.status')}
              value={query.status}
              options={SERVICE_STATUSES.map((s) => ({ value: s, label: t(`status.service.${s}`) }))}
              onChange={(v: string | undefined) => update({ status: v })}
            />
          </Col>
          <Col xs={12} md={7}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('myServices.category')}
              aria-label={t('myServices.category')}
              value={query.category}
              options={labels.serviceCategoryOptions}
              onChange={(v: string | undefined) => update({ category: v })}
            />
          </Col>
        </Row>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 1100 }}
            pagination={listPage.pagination(list.data?.total)}
          />
        )}
      </Card>
      <ReasonModal
        open={suspending !== null}
        title={t('adminServices.suspendTitle', { title: suspending?.title ?? '' })}
        label={t('adminServices.reason')}
        okText={t('adminServices.suspend')}
        danger
        schema={reasonField}
        testId="service-suspend"
        onSubmit={async (reason) => {
          if (!suspending) return;
          await suspend.mutateAsync({ id: suspending.id, body: { action: 'suspend', reason } });
          message.success(t('adminServices.suspended'));
        }}
        onClose={() => setSuspending(null)}
      />
    </div>
  );
}
