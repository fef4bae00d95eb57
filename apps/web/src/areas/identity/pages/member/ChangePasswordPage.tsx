import { changePasswordBodySchema } from '@cz/shared';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { sameAsRule, useRelocalisedErrors, zodRule } from '../../../../kit/forms/zod-form';
import { useChangePassword } from '../../auth.api';
import { AuthCard } from '../../components/AuthCard';
import { passwordRule } from '../../components/password-rule';

type Values = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordPage() {
  const { t } = useTranslation('identity');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const change = useChangePassword();
  const { me } = useAuth();

  const onFinish = async ({ currentPassword, newPassword }: Values) => {
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      message.success(t('auth.passwordChanged'));
      form.resetFields();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <AuthCard title={t('auth.changePasswordTitle')} width={480}>
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="currentPassword"
          label={t('auth.currentPassword')}
          rules={[zodRule(changePasswordBodySchema.shape.currentPassword)]}
          required
        >
          <Input.Password autoComplete="current-password" data-testid="pw-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.newPassword')}
          extra={t('auth.passwordPolicy')}
          rules={[passwordRule(() => me?.username)]}
          required
        >
          <Input.Password autoComplete="new-password" data-testid="pw-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.confirmNewPassword')}
          dependencies={['newPassword']}
          required
          rules={[sameAsRule('newPassword')]}
        >
          <Input.Password autoComplete="new-password" data-testid="pw-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="pw-submit">
          {t('common.save')}
        </Button>
      </Form>
    </AuthCard>
  );
}
