import type { FinanceEvent } from '@cz/shared/finance';
import { App, Form, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { fromZoneWallClock, toZoneWallClock } from '../../../kit/datetime';
import { DateInput } from '../../../kit/forms/DateInput';
import { useOverlayWidth } from '../../../kit/responsive';
import { useBookMeeting } from '../events.api';

type Values = { institutionOrgId?: number; enterpriseOrgId?: number; startsAt?: Dayjs | null; minutes?: number | null };

/** A 1:1 meeting of an invited institution and an invited enterprise, in the event's hours. */
export function BookMeetingModal({ event: e, onClose }: { event: FinanceEvent; onClose: () => void }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const book = useBookMeeting();
  const width = useOverlayWidth(520);
  const [form] = Form.useForm<Values>();
  const side = (s: 'institution' | 'enterprise') =>
    e.invites.filter((i) => i.side === s && i.response !== 'declined').map((i) => ({ value: i.orgId, label: i.name }));
  const start = toZoneWallClock(e.startsAt);
  const end = toZoneWallClock(e.endsAt);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v?.institutionOrgId || !v.enterpriseOrgId || !v.startsAt) return;
    try {
      await book.mutateAsync({
        id: e.id,
        body: {
          institutionOrgId: v.institutionOrgId,
          enterpriseOrgId: v.enterpriseOrgId,
          startsAt: fromZoneWallClock(v.startsAt),
          minutes: v.minutes ?? 20,
        },
      });
      message.success(t('meeting.booked'));
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      title={t('meeting.book')}
      width={width}
      okText={t('meeting.book')}
      cancelText={t('caseAction.cancel')}
      okButtonProps={{ loading: book.isPending, 'data-testid': 'meeting-book-confirm' }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ minutes: 20, startsAt: start }}>
        <Form.Item name="institutionOrgId" label={t('meeting.institution')} rules={[{ required: true }]}>
          <Select
            aria-label={t('meeting.institution')}
            options={side('institution')}
            data-testid="meeting-institution"
          />
        </Form.Item>
        <Form.Item name="enterpriseOrgId" label={t('meeting.enterprise')} rules={[{ required: true }]}>
          <Select aria-label={t('meeting.enterprise')} options={side('enterprise')} data-testid="meeting-enterprise" />
        </Form.Item>
        <Form.Item name="startsAt" label={t('meeting.startsAt')} rules={[{ required: true }]}>
          <DateInput
            showTime={{ minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            disabledDate={(d) => d.isBefore(start, 'day') || d.isAfter(end, 'day')}
            data-testid="meeting-starts"
          />
        </Form.Item>
        <Form.Item name="minutes" label={t('meeting.minutes')} rules={[{ required: true }]}>
          <InputNumber min={10} max={120} step={5} precision={0} data-testid="meeting-minutes" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
