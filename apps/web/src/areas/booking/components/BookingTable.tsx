import { BOOKING_STATUSES, type BookingStatus } from '@cz/shared';
import { Card, Col, Input, Row, Select, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { BookingStatusTag } from '../../../kit/components/StatusTag';
import { formatPeriod } from '../../../kit/datetime';
import { ExportButton } from '../../../kit/list/ExportButton';
import { ListToolbar } from '../../../kit/list/ListToolbar';
import { filter } from '../../../kit/list/list-state';
import { useListPage } from '../../../kit/list/useListPage';
import { useFormatMoney } from '../../../kit/money';
import { useFixedColumn } from '../../../kit/responsive';
import type { Booking } from '../../../kit/types';
import { useBookingList } from '../api';
import { BookingActions, type BookingSide } from './BookingActions';

const BOOKING_TABLE_LIST = {
  filters: { q: filter.text, status: filter.oneOf(BOOKING_STATUSES), instrumentId: filter.int },
};

/** Bookings of one side (mine or my instruments'), paged on the server, the status filter and page in the URL. */
export function BookingTable({ side }: { side: BookingSide }) {
  const { t } = useTranslation('booking');
  const money = useFormatMoney();
  const fixedRight = useFixedColumn('right');
  const listPage = useListPage(BOOKING_TABLE_LIST);
  const { update } = listPage;
  const query = {
    ...listPage.filters,
    scope: side === 'buyer' ? ('mine' as const) : ('provider' as const),
    page: listPage.page,
    pageSize: listPage.pageSize,
  };
  const list = useBookingList(query);

  const columns: TableColumnsType<Booking> = [
    { title: '#', dataIndex: 'id', width: 70, render: (id: number) => <Link to={`/bookings/${id}`}>{id}</Link> },
    {
      title: t('bookings.instrument'),
      dataIndex: 'instrumentName',
      width: 200,
      render: (name: string, b) => <Link to={`/instruments/${b.instrumentId}`}>{name}</Link>,
    },
    {
      title: t('bookings.time'),
      key: 'time',
      width: 190,
      render: (_: unknown, b) => formatPeriod(b.start, b.end),
    },
    ...(side === 'provider' ? [{ title: t('bookings.org'), dataIndex: 'orgName', width: 180, ellipsis: true }] : []),
    {
      title: t('bookings.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: BookingStatus, b) => <BookingStatusTag status={s} testId={`booking-status-${b.id}`} />,
    },
    {
      title: t('bookings.order'),
      dataIndex: 'orderId',
      width: 90,
      render: (id: number) => (
        <Link to={`/orders/${id}`} data-testid={`booking-order-${id}`}>
          #{id}
        </Link>
      ),
    },
    {
      title: t('bookings.fee'),
      key: 'fee',
      width: 110,
      render: (_: unknown, b) => (b.usage ? money(b.usage.fee) : b.cancelFee ? money(b.cancelFee) : '—'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: fixedRight,
      width: side === 'provider' ? 250 : 170,
      render: (_: unknown, b) => <BookingActions booking={b} side={side} size="small" />,
    },
  ];

  return (
    <Card>
      <ListToolbar
        actions={
          <ExportButton
            path="/bookings/export.xlsx"
            query={{ ...listPage.exportQuery, scope: query.scope }}
            fileName="bookings.xlsx"
            testId="booking-export"
          />
        }
      >
        <Row gutter={[12, 12]}>
          <Col xs={24} md={14}>
            <Input.Search
              key={query.q ?? ''}
              defaultValue={query.q}
              allowClear
              placeholder={t('bookings.searchPlaceholder')}
              aria-label={t('bookings.searchPlaceholder')}
              onSearch={(v) => update({ q: v.trim() })}
              data-testid="booking-search"
            />
          </Col>
          <Col xs={24} md={10}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('bookings.filterStatus')}
              aria-label={t('bookings.filterStatus')}
              value={query.status}
              options={BOOKING_STATUSES.map((s) => ({ value: s, label: t(`status.booking.${s}`) }))}
              onChange={(v: string | undefined) => update({ status: v })}
              data-testid="booking-status-filter"
            />
          </Col>
        </Row>
      </ListToolbar>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <DataTable
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: side === 'provider' ? 1200 : 1000 }}
          locale={{ emptyText: t('bookings.empty') }}
          onRow={(b) => ({ 'data-testid': `booking-row-${b.id}` }) as React.HTMLAttributes<HTMLElement>}
          pagination={listPage.pagination(list.data?.total)}
        />
      )}
    </Card>
  );
}
