import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { type FactChange, factChangeDecisionSchema } from '@cz/shared';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { zodRule } from '../../../kit/forms/zod-form';
import { useDecideFactChange } from '../api';

const reasonSchema = factChangeDecisionSchema.options[1].shape.reason;

/** Approve a request (the new values become the verified ones) or reject it with a reason the organisation reads. */
export function FactChangeDecision({ change }: { change: FactChange }) {
  const { t } = useTranslation('org');
  const { message, modal } = App.useApp();
  const decide = useDecideFactChange();
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const run = async (body: { decision: 'approve' } | { decision: 'reject'; reason: string }) => {
    try {
      await decide.mutateAsync({ id: change.id, body });
      message.success(body.decision === 'approve' ? t('adminFacts.approved') : t('adminFacts.rejected'));
      setRejecting(false);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  if (change.status !== 'pending') return null;
  return (
    <Space wrap>
      <Button
        type="primary"
        size="small"
        icon={<CheckOutlined />}
        data-testid={`fact-approve-${change.id}`}
        onClick={() =>
          modal.confirm({
            title: t('adminFacts.approveConfirm', { name: change.orgName }),
            okText: t('adminFacts.approve'),
            cancelText: t('common.cancel'),
            okButtonProps: { 'data-testid': 'fact-approve-confirm' },
            onOk: () => run({ decision: 'approve' }),
          })
        }
      >
        {t('adminFacts.approve')}
      </Button>
      <Button
        danger
        size="small"
        icon={<CloseOutlined />}
        data-testid={`fact-reject-${change.id}`}
        onClick={() => {
          form.resetFields();
          setRejecting(true);
        }}
      >
        {t('adminFacts.reject')}
      </Button>
      <Modal
        open={rejecting}
        title={t('adminFacts.rejectTitle')}
        okText={t('adminFacts.reject')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, 'data-testid': 'fact-reject-confirm' }}
        confirmLoading={decide.isPending}
        onCancel={() => setRejecting(false)}
        onOk={async () => {
          const v = await form.validateFields().catch(() => null);
          if (v) await run({ decision: 'reject', reason: v.reason.trim() });
        }}
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('adminFacts.rejectReason')} required rules={[zodRule(reasonSchema)]}>
            <Input.TextArea
              rows={4}
              maxLength={500}
              showCount
              placeholder={t('adminFacts.rejectReasonPlaceholder')}
              data-testid="fact-reject-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
