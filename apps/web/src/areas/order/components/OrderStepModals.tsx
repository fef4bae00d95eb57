import { deliverSchema, quoteSchema, rateSchema, resolveDisputeSchema, yuanToFen } from '@cz/shared';
import { App, Form, Input, InputNumber, Modal, Radio, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { FileUploader } from '../../../kit/components/FileUploader';
import { zodRule } from '../../../kit/forms/zod-form';
import { useOverlayWidth } from '../../../kit/responsive';
import type { OrderStep } from '../api';

type StepModalProps = { open: boolean; onClose: () => void; run: (step: OrderStep) => Promise<unknown> };

/** A modal with a form whose values become one order step. */
function StepForm<V extends object>({
  open,
  onClose,
  run,
  title,
  testId,
  toStep,
  initialValues,
  children,
}: StepModalProps & {
  title: string;
  testId: string;
  toStep: (v: V) => OrderStep;
  initialValues?: Partial<V>;
  children: React.ReactNode;
}) {
  const { t } = useTranslation('order');
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const width = useOverlayWidth(560);
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': `${testId}-confirm` }}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        try {
          await run(toStep(v));
          message.success(t('orders.done'));
          onClose();
        } catch (err) {
          message.error(errorMessage(err));
        }
      }}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}

export function QuoteModal(p: StepModalProps & { amount: number | null }) {
  const { t } = useTranslation('order');
  return (
    <StepForm<{ amount: number; note?: string }>
      {...p}
      title={t('orders.quoteTitle')}
      testId="order-quote"
      initialValues={p.amount === null ? {} : { amount: p.amount / 100 }}
      toStep={(v) => ({ action: 'quote', body: { amount: yuanToFen(v.amount), note: v.note?.trim() ?? '' } })}
    >
      <Form.Item
        name="amount"
        label={t('orders.quoteAmount')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="order-quote-amount" />
      </Form.Item>
      <Form.Item name="note" label={t('orders.quoteNote2')} rules={[zodRule(quoteSchema.shape.note)]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </StepForm>
  );
}

export function DeliverModal(p: StepModalProps) {
  const { t } = useTranslation('order');
  return (
    <StepForm<{ note: string; files?: string[] }>
      {...p}
      title={t('orders.deliverTitle')}
      testId="order-deliver"
      toStep={(v) => ({ action: 'deliver', body: { note: v.note.trim(), files: v.files ?? [] } })}
    >
      <Form.Item name="note" label={t('orders.deliverNote')} required rules={[zodRule(deliverSchema.shape.note)]}>
        <Input.TextArea rows={4} maxLength={5000} data-testid="order-deliver-note" />
      </Form.Item>
      <Form.Item name="files" label={t('orders.deliveryFiles')} extra={t('orders.uploadHint')}>
        <FileUploader testId="order-deliver-files" />
      </Form.Item>
    </StepForm>
  );
}

export function ResolveModal(p: StepModalProps) {
  const { t } = useTranslation('order');
  return (
    <StepForm<{ outcome: 'completed' | 'cancelled'; note: string }>
      {...p}
      title={t('orders.resolveTitle')}
      testId="order-resolve"
      initialValues={{ outcome: 'completed' }}
      toStep={(v) => ({ action: 'resolve', body: { outcome: v.outcome, note: v.note.trim() } })}
    >
      <Form.Item name="outcome" label={t('orders.outcome')}>
        <Radio.Group
          options={[
            { value: 'completed', label: t('orders.outcomeCompleted') },
            { value: 'cancelled', label: t('orders.outcomeCancelled') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('orders.resolveNote')}
        required
        rules={[zodRule(resolveDisputeSchema.shape.note)]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="order-resolve-note" />
      </Form.Item>
    </StepForm>
  );
}

export function RateModal(p: StepModalProps) {
  const { t } = useTranslation('order');
  return (
    <StepForm<{ rating: number; comment?: string }>
      {...p}
      title={t('orders.rateTitle')}
      testId="order-rate"
      initialValues={{ rating: 5 }}
      toStep={(v) => ({ action: 'rating', body: { rating: v.rating, comment: v.comment?.trim() ?? '' } })}
    >
      <Form.Item name="rating" label={t('orders.rating')} rules={[zodRule(rateSchema.shape.rating)]}>
        <Rate allowClear={false} data-testid="order-rate-stars" />
      </Form.Item>
      <Form.Item name="comment" label={t('orders.comment')} rules={[zodRule(rateSchema.shape.comment)]}>
        <Input.TextArea rows={3} maxLength={1000} data-testid="order-rate-comment" />
      </Form.Item>
    </StepForm>
  );
}
