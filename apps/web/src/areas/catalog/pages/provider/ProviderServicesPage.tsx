import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Drawer, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ServiceStatusTag } from '../../../../kit/components/StatusTag';
import { ExportButton } from '../../../../kit/list/ExportButton';
import type { ListSchema } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFixedColumn, useOverlayWidth } from '../../../../kit/responsive';
import type { Service } from '../../../../kit/types';
import { useCreateService, useServiceList, useUpdateService, useWithdrawService } from '../../api';
import { serviceHref } from '../../components/ServiceCard';
import { ServiceForm } from '../../components/ServiceForm';
import { useCatalogLabels, useFormatPrice } from '../../labels';

const PROVIDER_SERVICES_PAGE_LIST: ListSchema<Record<never, never>> = { filters: {} };

/** The provider's own listings (suspended and withdrawn ones too), to list, edit and withdraw. */
export function ProviderServicesPage() {
  const { t } = useTranslation(['catalog', 'order', 'instrument']);
  const { me } = useAuth();
  const { message, modal } = App.useApp();
  const labels = useCatalogLabels();
  const price = useFormatPrice();
  const fixedRight = useFixedColumn('right');
  const width = useOverlayWidth(760);
  const listPage = useListPage(PROVIDER_SERVICES_PAGE_LIST);
  const query = {
    providerId: me?.org?.id,
    sort: 'newest' as const,
    page: listPage.page,
    pageSize: listPage.pageSize,
  };
  const list = useServiceList(query, !!me?.org);
  const create = useCreateService();
  const edit = useUpdateService();
  const withdraw = useWithdrawService();
  const [editing, setEditing] = useState<Service | 'new' | null>(null);

  const columns: TableColumnsType<Service> = [
    {
      title: t('myServices.titleField'),
      dataIndex: 'title',
      width: 240,
      render: (v: string, s) => <Link to={serviceHref(s)}>{v}</Link>,
    },
    {
      title: t('myServices.category'),
      dataIndex: 'category',
      width: 120,
      render: (c: string) => labels.serviceCategory(c),
    },
    { title: t('services.price'), key: 'price', width: 150, render: (_: unknown, s) => price(s.pricing, s.price) },
    {
      title: t('adminServices.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: Service['status']) => <ServiceStatusTag status={s} />,
    },
    { title: t('order:orders.title'), dataIndex: 'orderCount', width: 80 },
    {
      title: t('instrument:instruments.rating'),
      dataIndex: 'rating',
      width: 80,
      render: (r: number | null) => (r === null ? '—' : r.toFixed(1)),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: fixedRight,
      width: 170,
      render: (_: unknown, s) =>
        s.instrumentId ? (
          <Link to="/provider/instruments">{t('myServices.instrumentManaged')}</Link>
        ) : (
          <Space size={4}>
            <Button size="small" onClick={() => setEditing(s)} data-testid={`service-edit-${s.id}`}>
              {t('common.edit')}
            </Button>
            {s.status !== 'withdrawn' && (
              <Button
                size="small"
                danger
                data-testid={`service-withdraw-${s.id}`}
                onClick={() =>
                  modal.confirm({
                    title: t('myServices.withdrawConfirm', { title: s.title }),
                    okText: t('myServices.withdraw'),
                    cancelText: t('common.cancel'),
                    okButtonProps: { danger: true },
                    onOk: () =>
                      withdraw.mutateAsync(s.id).then(
                        () => message.success(t('myServices.withdrawn')),
                        (err) => message.error(errorMessage(err)),
                      ),
                  })
                }
              >
                {t('myServices.withdraw')}
              </Button>
            )}
          </Space>
        ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('myServices.title')}
        subtitle={t('myServices.subtitle')}
        extra={
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="service-new">
              {t('myServices.new')}
            </Button>
            {me?.org && (
              <ExportButton
                path="/services/export.xlsx"
                query={{ providerId: me.org.id, sort: 'newest' }}
                fileName="services.xlsx"
                testId="services-export"
              />
            )}
          </>
        }
      />
      <Card>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 950 }}
            locale={{ emptyText: t('myServices.empty') }}
            pagination={listPage.pagination(list.data?.total, { showSizeChanger: false })}
          />
        )}
      </Card>
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('myServices.createTitle') : t('myServices.editTitle')}
        size={width}
        destroyOnHidden
      >
        {editing !== null && (
          <ServiceForm
            service={editing === 'new' ? undefined : editing}
            onSubmit={(body) =>
              editing === 'new' ? create.mutateAsync(body) : edit.mutateAsync({ id: editing.id, body })
            }
            onDone={() => setEditing(null)}
          />
        )}
      </Drawer>
    </div>
  );
}
