import { fenToYuan, yuanToFen } from '@cz/shared';
import { Alert, App, Form, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { useFormatMoney } from '../../../kit/money';
import { useOverlayWidth } from '../../../kit/responsive';
import type { Scheme, VoucherApplication } from '../../../kit/types';
import { useDecide } from '../api';

/**
 * Approves an application, issuing its voucher: the amount applied for or less, typed in 元, or in whole vouchers of
 * the face value for unit schemes.
 */
export function ApproveModal({
  application: a,
  scheme,
  onClose,
}: {
  application: VoucherApplication | null;
  scheme: Scheme | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('voucher');
  const { message } = App.useApp();
  const money = useFormatMoney();
  const width = useOverlayWidth(480);
  const decide = useDecide();
  const [form] = Form.useForm<{ value: number }>();
  const value = Form.useWatch('value', form);
  const unit = scheme?.amountMode === 'unit' && scheme.unitAmount ? scheme.unitAmount : null;
  const toFen = (v: number) => (unit ? Math.round(v) * unit : yuanToFen(v));

  return (
    <Modal
      open={a !== null}
      width={width}
      title={t('adminApplications.approveTitle', { org: a?.orgName ?? '' })}
      okText={t('adminApplications.approveOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'application-approve-confirm' }}
      confirmLoading={decide.isPending}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        if (!a) return;
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        const amount = toFen(v.value);
        try {
          await decide.mutateAsync({
            id: a.id,
            body: amount === a.amount ? { decision: 'approve' } : { decision: 'approve', amount },
          });
          message.success(t('adminApplications.approved'));
          onClose();
        } catch (err) {
          message.error(errorMessage(err));
        }
      }}
    >
      {a && (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('adminApplications.approveHint')} />
          <Typography.Paragraph>
            {t('vouchers.appliedAmount')}: {money(a.amount)}
          </Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            preserve={false}
            initialValues={{ value: unit ? Math.floor(a.amount / unit) : fenToYuan(a.amount) }}
          >
            <Form.Item
              name="value"
              label={unit ? t('adminApplications.units') : t('adminApplications.approveAmount')}
              rules={[{ required: true, message: t('validation.required') }]}
              extra={
                unit && typeof value === 'number'
                  ? t('adminApplications.unitsText', { unit: money(unit), total: money(toFen(value)) })
                  : undefined
              }
            >
              <InputNumber
                min={unit ? 1 : 0.01}
                max={unit ? Math.floor(a.amount / unit) : fenToYuan(a.amount)}
                precision={unit ? 0 : 2}
                style={{ width: '100%' }}
                data-testid="application-approve-amount"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
