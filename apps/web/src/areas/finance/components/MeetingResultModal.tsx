import { MEETING_OUTCOMES } from '@cz/shared/finance';
import { App, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { useOverlayWidth } from '../../../kit/responsive';
import { type Meeting, useMeetingResult } from '../events.api';

export type ResultAction = 'held' | 'no_show' | 'follow_up';
type Values = { outcome?: (typeof MEETING_OUTCOMES)[number]; note?: string };

/** A meeting held (its outcome) or missed, recorded by the office; its follow-up, by the institution that met. */
export function MeetingResultModal({
  meeting: m,
  action,
  onClose,
}: {
  meeting: Meeting;
  action: ResultAction;
  onClose: () => void;
}) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const result = useMeetingResult();
  const width = useOverlayWidth(480);
  const [form] = Form.useForm<Values>();
  const title =
    action === 'held' ? t('meeting.held') : action === 'no_show' ? t('meeting.noShow') : t('meeting.followUp');
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const note = v.note?.trim() ?? '';
    const body =
      action === 'held'
        ? { action, outcome: v.outcome ?? 'interested', note }
        : action === 'no_show'
          ? { action, note }
          : { action, note };
    try {
      await result.mutateAsync({ id: m.id, body });
      message.success(t('meeting.recorded'));
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      title={`${title} · ${m.institutionName} × ${m.enterpriseName}`}
      width={width}
      okText={t('caseAction.ok')}
      cancelText={t('caseAction.cancel')}
      okButtonProps={{ loading: result.isPending, 'data-testid': 'meeting-confirm' }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ outcome: 'interested' }}>
        {action === 'held' && (
          <Form.Item name="outcome" label={t('meeting.outcome')}>
            <Radio.Group
              options={MEETING_OUTCOMES.map((o) => ({ value: o, label: t(`meetingOutcome.${o}`) }))}
              data-testid="meeting-outcome"
            />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={action === 'follow_up' ? t('meeting.followUpNote') : t('meeting.note')}
          rules={action === 'follow_up' ? [{ required: true, min: 2, max: 1000 }] : [{ max: 1000 }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="meeting-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
