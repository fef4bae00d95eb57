import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { type Org, verifyBodySchema } from '@cz/shared';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { zodRule } from '../../../kit/forms/zod-form';
import { useDecideOrg } from '../api';

const reasonSchema = verifyBodySchema.options[1].shape.reason;

/** Verify or reject a pending organisation; a rejection needs a reason, which the organisation will read. */
export function DecisionButtons({ org }: { org: Org }) {
  const { t } = useTranslation('org');
  const { message, modal } = App.useApp();
  const decide = useDecideOrg();
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const run = async (decision: 'verify' | 'reject', reason?: string) => {
    try {
      await decide.mutateAsync({ id: org.id, decision, ...(reason ? { reason } : {}) });
      message.success(decision === 'verify' ? t('adminOrgs.verified') : t('adminOrgs.rejected'));
      setRejecting(false);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  if (org.status !== 'pending') return null;
  return (
    <>
      <Button
        type="primary"
        icon={<CheckOutlined />}
        data-testid="org-verify"
        loading={decide.isPending && !rejecting}
        onClick={() =>
          modal.confirm({
            title: t('adminOrgs.verifyConfirm', { name: org.name }),
            okText: t('adminOrgs.verify'),
            cancelText: t('common.cancel'),
            okButtonProps: { 'data-testid': 'org-verify-confirm' },
            onOk: () => run('verify'),
          })
        }
      >
        {t('adminOrgs.verify')}
      </Button>
      <Button
        danger
        icon={<CloseOutlined />}
        data-testid="org-reject"
        onClick={() => {
          form.resetFields();
          setRejecting(true);
        }}
      >
        {t('adminOrgs.reject')}
      </Button>
      <Modal
        open={rejecting}
        title={t('adminOrgs.rejectTitle')}
        okText={t('adminOrgs.reject')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, 'data-testid': 'org-reject-confirm' }}
        confirmLoading={decide.isPending}
        onCancel={() => setRejecting(false)}
        onOk={async () => {
          const v = await form.validateFields().catch(() => null);
          if (v) await run('reject', v.reason.trim());
        }}
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('adminOrgs.rejectReason')} required rules={[zodRule(reasonSchema)]}>
            <Input.TextArea
              rows={4}
              maxLength={500}
              showCount
              placeholder={t('adminOrgs.rejectReasonPlaceholder')}
              data-testid="org-reject-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
