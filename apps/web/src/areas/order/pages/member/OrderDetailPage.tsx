import { ArrowLeftOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Rate, Row, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isAdminRole, useAuth } from '../../../../app/auth';
import { uploadUrl } from '../../../../kit/api/uploads';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { OrderStatusTag } from '../../../../kit/components/StatusTag';
import { formatDateTime } from '../../../../kit/datetime';
import { useFormatMoney } from '../../../../kit/money';
import { useBooking } from '../../../booking/api';
import { BookingCard } from '../../../booking/components/BookingCard';
import { machineNoteText, reasonText } from '../../../booking/machine-notes';
import { useCatalogLabels } from '../../../catalog/labels';
import { useOrder } from '../../api';
import { OrderActions } from '../../components/OrderActions';
import { OrderTimeline } from '../../components/OrderTimeline';
import { OrderVouchers } from '../../components/OrderVouchers';
import { sideOf } from '../../components/order-actions';

/** One order: its facts, the viewer's actions, the booking behind an instrument order, and the history. */
export function OrderDetailPage() {
  const { t } = useTranslation(['order', 'catalog']);
  const navigate = useNavigate();
  const { me } = useAuth();
  const labels = useCatalogLabels();
  const money = useFormatMoney();
  const id = Number(useParams().id);
  const order = useOrder(Number.isInteger(id) ? id : undefined);
  const booking = useBooking(order.data?.bookingId);

  if (order.isError) return <QueryError error={order.error} onRetry={() => order.refetch()} />;
  if (!order.data) return <Skeleton active />;
  const o = order.data;
  const side = sideOf(o, me?.org?.id, isAdminRole(me?.role));
  const sideName =
    side === 'buyer' ? t('orders.sideBuyer') : side === 'provider' ? t('orders.sideProvider') : t('orders.sideAdmin');
  const v = (s: string | null) => s || '—';

  return (
    <div data-testid="order-page" data-order-id={o.id} data-status={o.status}>
      <PageHeader
        documentTitle={t('orders.detailTitle', { id: o.id })}
        title={
          <Space wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => navigate(-1)}
            />
            {t('orders.detailTitle', { id: o.id })}
            <OrderStatusTag status={o.status} booking={o.bookingId !== null} testId="order-status" />
          </Space>
        }
        subtitle={side ? t('orders.yourSide', { side: sideName }) : undefined}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title={t('orders.actions')} style={{ marginBottom: 16 }}>
            {o.bookingId && side !== 'admin' && (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('orders.bookingManaged')} />
            )}
            <OrderActions order={o} side={side} />
          </Card>
          <Card className="page-card">
            <Descriptions
              bordered
              size="small"
              column={{ xs: 1, md: 2 }}
              styles={{ label: { whiteSpace: 'nowrap' } }}
              items={[
                {
                  key: 'service',
                  label: t('orders.service'),
                  span: 'filled',
                  children: (
                    <Link
                      to={
                        o.bookingId && booking.data
                          ? `/instruments/${booking.data.instrumentId}`
                          : `/services/${o.serviceId}`
                      }
                    >
                      {o.serviceTitle}
                    </Link>
                  ),
                },
                {
                  key: 'category',
                  label: t('catalog:services.category'),
                  children: labels.serviceCategory(o.category),
                },
                {
                  key: 'amount',
                  label: t('orders.amount'),
                  children: (
                    <span data-testid="order-amount" data-amount={o.amount ?? ''}>
                      {o.amount === null ? t('orders.noAmount') : money(o.amount)}
                    </span>
                  ),
                },
                { key: 'buyer', label: t('orders.buyerOrg'), children: o.buyerOrgName },
                { key: 'provider', label: t('orders.providerOrg'), children: o.providerName },
                { key: 'quantity', label: t('orders.quantity'), children: o.quantity },
                { key: 'created', label: t('orders.createdAt'), children: formatDateTime(o.createdAt) },
                { key: 'request', label: t('orders.requestNote'), span: 'filled', children: v(o.requestNote) },
                ...(o.quoteNote
                  ? [
                      {
                        key: 'quote',
                        label: t('orders.quoteNote'),
                        span: 'filled' as const,
                        children: machineNoteText(o.quoteNote, money),
                      },
                    ]
                  : []),
                ...(o.deliveryNote
                  ? [
                      {
                        key: 'delivery',
                        label: t('orders.deliveryNote'),
                        span: 'filled' as const,
                        children: (
                          <span data-testid="order-delivery-note">{machineNoteText(o.deliveryNote, money)}</span>
                        ),
                      },
                    ]
                  : []),
                ...(o.deliveryFiles.length
                  ? [
                      {
                        key: 'files',
                        label: t('orders.deliveryFiles'),
                        span: 'filled' as const,
                        children: (
                          <Space orientation="vertical" size={2}>
                            {o.deliveryFiles.map((h) => (
                              <a key={h} href={uploadUrl(h)} target="_blank" rel="noreferrer">
                                <PaperClipOutlined /> {h.slice(0, 12)}…
                              </a>
                            ))}
                          </Space>
                        ),
                      },
                    ]
                  : []),
                ...(o.disputeNote
                  ? [
                      {
                        key: 'dispute',
                        label: t('orders.disputeNote'),
                        span: 'filled' as const,
                        children: o.disputeNote,
                      },
                    ]
                  : []),
                ...(o.cancelReason
                  ? [
                      {
                        key: 'cancel',
                        label: t('orders.cancelReason'),
                        span: 'filled' as const,
                        children: reasonText(o.cancelReason),
                      },
                    ]
                  : []),
                ...(o.rating !== null
                  ? [
                      {
                        key: 'rating',
                        label: t('orders.rating'),
                        span: 'filled' as const,
                        children: (
                          <span data-testid="order-rating" data-rating={o.rating}>
                            <Rate disabled value={o.rating} style={{ fontSize: 14 }} /> {o.ratingComment}
                          </span>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
          <OrderVouchers order={o} />
          {booking.data && (
            <BookingCard booking={booking.data} side={side === 'admin' ? null : side} title={t('orders.booking')} />
          )}
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('orders.history')}>
            <OrderTimeline events={o.events ?? []} booking={o.bookingId !== null} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
