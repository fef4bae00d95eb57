import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { type Schema, zodRule } from '../forms/zod-form';
import { useOverlayWidth } from '../responsive';

/** A modal that asks for one text (a reason, a note) checked by a schema, then runs the action. */
export function ReasonModal({
  open,
  title,
  label,
  okText,
  schema,
  danger,
  testId,
  extra,
  maxLength = 500,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  label: string;
  okText?: string;
  schema: Schema;
  danger?: boolean;
  /** Prefix of the field's and the button's test ids: <testId>-reason, <testId>-confirm. */
  testId: string;
  extra?: React.ReactNode;
  maxLength?: number;
  onSubmit: (text: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const width = useOverlayWidth(520);
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={okText ?? t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, 'data-testid': `${testId}-confirm` }}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        try {
          await onSubmit(v.text.trim());
          onClose();
        } catch (err) {
          message.error(errorMessage(err));
        }
      }}
    >
      {extra}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="text" label={label} required rules={[zodRule(schema)]}>
          <Input.TextArea rows={3} maxLength={maxLength} showCount data-testid={`${testId}-reason`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
