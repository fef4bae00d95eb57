import type { BookingStatus, OrderStatus } from '@cz/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const ORDER_COLORS: Record<OrderStatus, string> = {
  requested: 'processing',
  quoted: 'gold',
  accepted: 'blue',
  in_service: 'cyan',
  delivered: 'purple',
  completed: 'success',
  cancelled: 'default',
  rejected: 'error',
  disputed: 'volcano',
};
const BOOKING_COLORS: Record<BookingStatus, string> = {
  pending: 'processing',
  confirmed: 'blue',
  rejected: 'error',
  cancelled: 'default',
  completed: 'success',
  no_show: 'volcano',
};
const SERVICE_COLORS: Record<string, string> = { active: 'success', suspended: 'warning', withdrawn: 'default' };

/** The words of an order's status; an order behind a booking reads as the booking does (待服务方确认, not 待报价). */
export function useOrderStatusLabel() {
  const { t } = useTranslation();
  return (status: OrderStatus, booking: boolean) =>
    booking && status === 'requested' ? t('status.bookingOrder.requested') : t(`status.order.${status}`);
}

export function OrderStatusTag({
  status,
  booking = false,
  testId,
}: {
  status: OrderStatus;
  /** The order is a booking's. */
  booking?: boolean;
  testId?: string;
}) {
  const label = useOrderStatusLabel();
  return (
    <Tag color={ORDER_COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {label(status, booking)}
    </Tag>
  );
}

export function BookingStatusTag({ status, testId }: { status: BookingStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={BOOKING_COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`status.booking.${status}`)}
    </Tag>
  );
}

export function ServiceStatusTag({ status }: { status: 'active' | 'suspended' | 'withdrawn' }) {
  const { t } = useTranslation();
  return (
    <Tag color={SERVICE_COLORS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`status.service.${status}`)}
    </Tag>
  );
}
