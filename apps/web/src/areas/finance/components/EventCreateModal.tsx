import { financeEventInputSchema } from '@cz/shared/finance';
import { App, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { fromZoneWallClock } from '../../../kit/datetime';
import { DateInput } from '../../../kit/forms/DateInput';
import { type Issue, showIssues } from '../../../kit/forms/zod-form';
import { useOverlayWidth } from '../../../kit/responsive';
import { useCreateEvent } from '../events.api';

type Values = { title?: string; venue?: string; description?: string; startsAt?: Dayjs | null; endsAt?: Dayjs | null };
const TIME_FORMAT = 'YYYY-MM-DD HH:mm';

/** The finance office plans a 银企对接会: title, venue, description, its hours (Shanghai time). */
export function EventCreateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateEvent();
  const width = useOverlayWidth(560);
  const [form] = Form.useForm<Values>();
  const submit = async () => {
    const v = form.getFieldsValue();
    const parsed = financeEventInputSchema.safeParse({
      title: v.title ?? '',
      venue: v.venue ?? '',
      description: v.description ?? '',
      startsAt: v.startsAt ? fromZoneWallClock(v.startsAt) : '',
      endsAt: v.endsAt ? fromZoneWallClock(v.endsAt) : '',
    });
    if (!parsed.success) {
      showIssues(form, parsed.error.issues as Issue[]);
      return;
    }
    try {
      const e = await create.mutateAsync(parsed.data);
      message.success(t('event.created'));
      onClose();
      navigate(`/admin/finance/events/${e.id}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      title={t('event.new')}
      width={width}
      okText={t('event.create')}
      cancelText={t('caseAction.cancel')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'event-create' }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" preserve={false}>
        <Form.Item name="title" label={t('event.name')} required>
          <Input maxLength={200} data-testid="event-title" />
        </Form.Item>
        <Form.Item name="venue" label={t('event.venue')} required>
          <Input maxLength={200} data-testid="event-venue" />
        </Form.Item>
        <Form.Item name="startsAt" label={t('event.startsAt')} required>
          <DateInput showTime format={TIME_FORMAT} style={{ width: '100%' }} data-testid="event-starts" />
        </Form.Item>
        <Form.Item name="endsAt" label={t('event.endsAt')} required>
          <DateInput showTime format={TIME_FORMAT} style={{ width: '100%' }} data-testid="event-ends" />
        </Form.Item>
        <Form.Item name="description" label={t('event.description')}>
          <Input.TextArea rows={4} maxLength={4000} showCount data-testid="event-description" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
