import { ipEventInputSchema } from '@cz/shared/ip';
import { App, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { toIsoDate } from '../../../kit/datetime';
import { DateInput } from '../../../kit/forms/DateInput';
import { zodRule } from '../../../kit/forms/zod-form';
import { useOverlayWidth } from '../../../kit/responsive';
import { useAddIpEvent } from '../api';
import { useIpLabels } from '../labels';

type Values = { kind: string; occurredOn: Dayjs; note?: string };

/** Records one event of a record (质押, 许可备案 …); events are kept as entered and never rewritten. */
export function IpEventModal({ recordId, open, onClose }: { recordId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('ip');
  const { message } = App.useApp();
  const labels = useIpLabels();
  const width = useOverlayWidth(520);
  const add = useAddIpEvent();
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      open={open}
      width={width}
      title={t('events.add')}
      okText={t('events.save')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: add.isPending, 'data-testid': 'ip-event-save' }}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        try {
          const body = ipEventInputSchema.parse({ ...v, occurredOn: toIsoDate(v.occurredOn), note: v.note ?? '' });
          await add.mutateAsync({ id: recordId, body });
          message.success(t('events.saved'));
          onClose();
        } catch (err) {
          message.error(errorMessage(err));
        }
      }}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="kind" label={t('events.kind')} rules={[{ required: true }]}>
          <Select options={labels.eventKindOptions} aria-label={t('events.kind')} data-testid="ip-event-kind" />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('events.occurredOn')} rules={[{ required: true }]}>
          <DateInput style={{ width: '100%' }} data-testid="ip-event-date" />
        </Form.Item>
        <Form.Item name="note" label={t('events.note')} rules={[zodRule(ipEventInputSchema.shape.note)]}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="ip-event-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
