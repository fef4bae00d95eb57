import { disputeSchema, reasonSchema } from '@cz/shared';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { ReasonModal } from '../../../kit/components/ReasonModal';
import type { Order } from '../../../kit/types';
import { type OrderStep, useOrderStep } from '../api';
import { AcceptModal } from './AcceptModal';
import { DeliverModal, QuoteModal, RateModal, ResolveModal } from './OrderStepModals';
import { allowedActions, type OrderActionKey, type OrderSide } from './order-actions';

const PRIMARY: OrderActionKey[] = ['quote', 'accept', 'start', 'deliver', 'accept-delivery', 'rate', 'resolve'];
const DANGER: OrderActionKey[] = ['reject', 'cancel', 'dispute'];

/** The buttons of the viewer's side for the order's state, each with its form or confirmation. */
export function OrderActions({ order, side }: { order: Order; side: OrderSide | null }) {
  const { t } = useTranslation('order');
  const { message, modal } = App.useApp();
  const step = useOrderStep(order.id);
  const [open, setOpen] = useState<OrderActionKey | null>(null);
  const actions = allowedActions(order, side);
  const run = (s: OrderStep) => step.mutateAsync(s);
  const close = () => setOpen(null);

  const confirm = (title: string, s: OrderStep, okId: string) =>
    modal.confirm({
      title,
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': okId },
      onOk: async () => {
        try {
          await run(s);
          message.success(t('orders.done'));
        } catch (err) {
          message.error(errorMessage(err));
        }
      },
    });

  const onClick = (a: OrderActionKey) => {
    if (a === 'start') return confirm(t('orders.startConfirm'), { action: 'start' }, 'order-start-confirm');
    if (a === 'accept-delivery')
      return confirm(t('orders.acceptDeliveryConfirm'), { action: 'accept-delivery' }, 'order-accept-delivery-confirm');
    setOpen(a);
  };
  const label: Record<OrderActionKey, string> = {
    quote: t('orders.quote'),
    reject: t('orders.reject'),
    accept: t('orders.accept'),
    cancel: t('orders.cancel'),
    start: t('orders.start'),
    deliver: t('orders.deliver'),
    'accept-delivery': t('orders.acceptDelivery'),
    dispute: t('orders.dispute'),
    resolve: t('orders.resolve'),
    rate: t('orders.rate'),
  };

  return (
    <div data-testid="order-actions">
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t('orders.noActions')}</Typography.Text>
      ) : (
        <Space wrap>
          {actions.map((a) => (
            <Button
              key={a}
              type={PRIMARY.includes(a) ? 'primary' : 'default'}
              danger={DANGER.includes(a)}
              loading={step.isPending && open === null}
              onClick={() => onClick(a)}
              data-testid={`order-${a}`}
            >
              {label[a]}
            </Button>
          ))}
        </Space>
      )}
      <AcceptModal order={order} open={open === 'accept'} onClose={close} run={run} />
      <QuoteModal open={open === 'quote'} onClose={close} run={run} amount={order.amount} />
      <DeliverModal open={open === 'deliver'} onClose={close} run={run} />
      <ResolveModal open={open === 'resolve'} onClose={close} run={run} />
      <RateModal open={open === 'rate'} onClose={close} run={run} />
      <ReasonModal
        open={open === 'reject' || open === 'cancel'}
        title={open === 'reject' ? t('orders.reject') : t('orders.cancel')}
        label={t('orders.cancelReason')}
        danger
        schema={reasonSchema.shape.reason}
        testId={`order-${open ?? 'cancel'}`}
        onSubmit={(reason) => run({ action: open === 'reject' ? 'reject' : 'cancel', body: { reason } })}
        onClose={close}
      />
      <ReasonModal
        open={open === 'dispute'}
        title={t('orders.disputeTitle')}
        label={t('orders.disputeNote2')}
        danger
        maxLength={2000}
        schema={disputeSchema.shape.note}
        testId="order-dispute"
        onSubmit={(note) => run({ action: 'dispute', body: { note } })}
        onClose={close}
      />
    </div>
  );
}
