import { orderCreateSchema } from '@cz/shared';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { zodRule } from '../../../kit/forms/zod-form';
import { useOverlayWidth } from '../../../kit/responsive';
import type { Service } from '../../../kit/types';
import { useCreateOrder } from '../../order/api';

type Values = { quantity: number; note?: string };

/** Orders a listed service: quantity and a note for the provider; the order page follows. */
export function OrderServiceModal({
  service,
  open,
  onClose,
}: {
  service: Service;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('catalog');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateOrder();
  const [form] = Form.useForm<Values>();
  const width = useOverlayWidth(560);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const order = await create.mutateAsync({
        serviceId: service.id,
        quantity: v.quantity,
        note: v.note?.trim() ?? '',
      });
      message.success(t('services.ordered'));
      onClose();
      navigate(`/orders/${order.id}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Modal
      open={open}
      title={t('services.orderTitle', { title: service.title })}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={submit}
      onCancel={onClose}
      width={width}
      okButtonProps={{ 'data-testid': 'order-submit' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ quantity: 1 }}>
        <Form.Item name="quantity" label={t('services.quantity')} rules={[zodRule(orderCreateSchema.shape.quantity)]}>
          <InputNumber min={0.5} step={1} style={{ width: '100%' }} data-testid="order-quantity" />
        </Form.Item>
        <Form.Item name="note" label={t('services.note')} rules={[zodRule(orderCreateSchema.shape.note)]}>
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder={t('services.notePlaceholder')}
            data-testid="order-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
