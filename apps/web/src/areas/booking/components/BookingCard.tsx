import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BookingStatusTag } from '../../../kit/components/StatusTag';
import { formatDateTime, formatPeriod } from '../../../kit/datetime';
import { useFormatMoney } from '../../../kit/money';
import type { Booking } from '../../../kit/types';
import { BookingActions, type BookingSide } from './BookingActions';

/** A booking's facts, its use record and the actions of the viewer's side. */
export function BookingCard({
  booking: b,
  side,
  title,
}: {
  booking: Booking;
  side: BookingSide | null;
  title?: string;
}) {
  const { t } = useTranslation('booking');
  const money = useFormatMoney();
  return (
    <Card
      className="page-card"
      title={title ?? t('bookings.detailTitle', { id: b.id })}
      extra={side && <BookingActions booking={b} side={side} />}
      data-testid="booking-card"
      data-booking-id={b.id}
    >
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          {
            key: 'instrument',
            label: t('bookings.instrument'),
            children: <Link to={`/instruments/${b.instrumentId}`}>{b.instrumentName}</Link>,
          },
          {
            key: 'status',
            label: t('bookings.status'),
            children: <BookingStatusTag status={b.status} testId="booking-status" />,
          },
          {
            key: 'time',
            label: t('bookings.time'),
            children: (
              <span data-testid="booking-time" data-start={b.start} data-end={b.end}>
                {formatPeriod(b.start, b.end)}
              </span>
            ),
          },
          { key: 'org', label: t('bookings.org'), children: b.orgName },
          { key: 'purpose', label: t('bookings.purpose'), children: b.purpose || '—' },
          { key: 'samples', label: t('bookings.samples'), children: b.samples },
          { key: 'order', label: t('bookings.order'), children: <Link to={`/orders/${b.orderId}`}>#{b.orderId}</Link> },
          { key: 'created', label: t('bookings.createdAt'), children: formatDateTime(b.createdAt) },
          ...(b.rejectReason ? [{ key: 'reject', label: t('bookings.rejectReason'), children: b.rejectReason }] : []),
          ...(b.lateCancel
            ? [
                {
                  key: 'late',
                  label: t('bookings.cancelFee'),
                  children: `${t('bookings.lateCancel')} · ${money(b.cancelFee)}`,
                },
              ]
            : []),
          ...(b.usage
            ? [
                {
                  key: 'usage',
                  label: t('bookings.usage'),
                  span: 'filled' as const,
                  children: (
                    <Typography.Text data-testid="booking-usage">
                      {formatPeriod(b.usage.actualStart, b.usage.actualEnd)} ·{' '}
                      {t('bookings.usageFeeText', {
                        minutes: b.usage.billedMinutes,
                        price: money(b.usage.hourlyPrice),
                        fee: money(b.usage.fee),
                      })}
                      {b.usage.operator ? ` · ${b.usage.operator}` : ''}
                    </Typography.Text>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
