import { ORDER_STATUSES, type OrderScope, type OrderStatus } from '@cz/shared';
import { Card, Col, Input, Row, Select, type TableColumnsType, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isAdminRole, useAuth } from '../../../../app/auth';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { OrderStatusTag } from '../../../../kit/components/StatusTag';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { filter, readOne } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFormatMoney } from '../../../../kit/money';
import type { Order } from '../../../../kit/types';
import { useOrderList } from '../../api';

const ORDER_LIST = { filters: { q: filter.text, status: filter.oneOf(ORDER_STATUSES) } };

/** Orders by side (tabs), searched and filtered by status on the server; the tab, filters and page are in the URL. */
export function OrdersPage() {
  const { t } = useTranslation('order');
  const { me } = useAuth();
  const money = useFormatMoney();
  const listPage = useListPage(ORDER_LIST);
  const { update, params } = listPage;
  const admin = isAdminRole(me?.role);
  const scopes: OrderScope[] = admin ? ['all'] : me?.role === 'provider' ? ['buyer', 'provider'] : ['buyer'];
  // The tabs a user has depend on the role, so the scope is read here rather than in the schema.
  const scope = readOne(params, 'scope', scopes) ?? (scopes[0] as OrderScope);
  const query = { scope, ...listPage.filters, page: listPage.page, pageSize: listPage.pageSize };
  const list = useOrderList(query);

  const columns: TableColumnsType<Order> = [
    {
      title: t('orders.id'),
      dataIndex: 'id',
      width: 90,
      render: (id: number) => (
        <Link to={`/orders/${id}`} data-testid={`order-link-${id}`}>
          #{id}
        </Link>
      ),
    },
    { title: t('orders.service'), dataIndex: 'serviceTitle', width: 220, ellipsis: true },
    {
      title: scope === 'provider' ? t('orders.buyerOrg') : t('orders.providerOrg'),
      key: 'other',
      width: 200,
      ellipsis: true,
      render: (_: unknown, o) => (scope === 'provider' ? o.buyerOrgName : o.providerName),
    },
    ...(scope === 'all'
      ? [{ title: t('orders.buyerOrg'), dataIndex: 'buyerOrgName', width: 200, ellipsis: true }]
      : []),
    {
      title: t('orders.status'),
      dataIndex: 'status',
      width: 110,
      render: (s: OrderStatus, o) => (
        <OrderStatusTag status={s} booking={o.bookingId !== null} testId={`order-status-${o.id}`} />
      ),
    },
    {
      title: t('orders.amount'),
      dataIndex: 'amount',
      width: 120,
      render: (a: number | null) => (a === null ? t('orders.noAmount') : money(a)),
    },
    { title: t('orders.updatedAt'), dataIndex: 'updatedAt', width: 150, render: formatDateTime },
  ];

  return (
    <div>
      <PageHeader
        title={t('orders.title')}
        subtitle={t('orders.subtitle')}
        extra={
          <ExportButton
            path="/orders/export.xlsx"
            query={{ scope, ...listPage.exportQuery }}
            fileName="orders.xlsx"
            testId="order-export"
          />
        }
      />
      <Card>
        {scopes.length > 1 && (
          <Tabs
            activeKey={scope}
            onChange={(k) => update({ scope: k })}
            items={scopes.map((s) => ({ key: s, label: t(`orders.${s}`) }))}
          />
        )}
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          <Col xs={24} md={12} lg={10}>
            <Input.Search
              key={query.q ?? ''}
              defaultValue={query.q}
              allowClear
              placeholder={t('orders.searchPlaceholder')}
              aria-label={t('orders.searchPlaceholder')}
              onSearch={(v) => update({ q: v.trim() })}
              data-testid="order-search"
            />
          </Col>
          <Col xs={24} md={12} lg={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('orders.status')}
              aria-label={t('orders.status')}
              value={query.status}
              options={ORDER_STATUSES.map((s) => ({ value: s, label: t(`status.order.${s}`) }))}
              onChange={(v: string | undefined) => update({ status: v })}
              data-testid="order-status-filter"
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
            scroll={{ x: 900 }}
            locale={{ emptyText: t('orders.empty') }}
            pagination={listPage.pagination(list.data?.total)}
          />
        )}
      </Card>
    </div>
  );
}
