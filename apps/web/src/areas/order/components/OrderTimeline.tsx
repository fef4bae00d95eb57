import type { OrderStatus } from '@cz/shared';
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrderStatusLabel } from '../../../kit/components/StatusTag';
import { formatDateTime } from '../../../kit/datetime';
import { useFormatMoney } from '../../../kit/money';
import type { Order } from '../../../kit/types';
import { machineNoteText } from '../../booking/machine-notes';

const COLORS: Partial<Record<OrderStatus, string>> = {
  completed: 'green',
  cancelled: 'gray',
  rejected: 'red',
  disputed: 'red',
};

/**
 * The order's history: each change of status, who made it, when, and its note (the server's own in words). The first
 * event is the request itself — 提交预约 for a booking's order, 提交订单 otherwise — not the state it left the order in.
 */
export function OrderTimeline({
  events,
  booking = false,
}: {
  events: NonNullable<Order['events']>;
  booking?: boolean;
}) {
  const { t } = useTranslation('order');
  const money = useFormatMoney();
  const statusLabel = useOrderStatusLabel();
  const label = (e: (typeof events)[number]) =>
    e.fromStatus === null
      ? booking
        ? t('orders.eventBooked')
        : t('orders.eventOrdered')
      : statusLabel(e.toStatus as OrderStatus, booking);
  return (
    <Timeline
      data-testid="order-timeline"
      items={events.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: COLORS[e.toStatus as OrderStatus] ?? 'blue',
        content: (
          <div>
            <Typography.Text strong data-testid={`order-event-${i}`}>
              {label(e)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {formatDateTime(e.at)} · {e.actorName ?? t('orders.system')}
            </Typography.Text>
            {e.note && (
              <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {machineNoteText(e.note, money)}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
