import type { OrderStatus } from '@cz/shared';
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
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

/** The order's history: each change of status, who made it, when, and its note (the server's own in words). */
export function OrderTimeline({ events }: { events: NonNullable<Order['events']> }) {
  const { t } = useTranslation('order');
  const money = useFormatMoney();
  const status = (s: string) => (s ? t(`status.order.${s as OrderStatus}`) : '');
  return (
    <Timeline
      data-testid="order-timeline"
      items={events.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: COLORS[e.toStatus as OrderStatus] ?? 'blue',
        content: (
          <div>
            <Typography.Text strong>{status(e.toStatus)}</Typography.Text>
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
