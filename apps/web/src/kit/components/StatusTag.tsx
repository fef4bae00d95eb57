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

export function OrderStatusTag({ status, testId }: { status: OrderStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={ORDER_COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`status.order.${status}`)}
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
