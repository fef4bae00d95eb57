import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Result, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { sameAsRule, useRelocalisedErrors } from '../../../../kit/forms/zod-form';
import { authApi } from '../../auth.api';
import { AuthCard } from '../../components/AuthCard';
import { passwordRule } from '../../components/password-rule';

type Values = { newPassword: string; confirm: string };

/**
 * The page an administrator's one-time link opens. The token is the link's fragment (`#…`), which browsers never send
 * to a server, so it stays out of every access log.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation(['identity', 'errors']);
  const token = useLocation().hash.slice(1);
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const info = useQuery({
    queryKey: ['password-reset', token],
    queryFn: () => authApi.inspectReset(token),
    enabled: token.length > 0,
    retry: false,
  });

  const onFinish = async ({ newPassword }: Values) => {
    setBusy(true);
    setError(null);
    try {
      await authApi.completeReset(token, newPassword);
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (done || !token || info.isError)
    return (
      <AuthCard title={t('auth.resetTitle')}>
        <Result
          status={done ? 'success' : 'warning'}
          title={done ? t('auth.resetDone') : t('errors:auth.reset_invalid')}
          extra={
            <Link to="/login" data-testid="reset-to-login">
              {t('auth.loginLink')}
            </Link>
          }
          data-testid={done ? 'reset-done' : 'reset-invalid'}
        />
      </AuthCard>
    );
  if (!info.data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;

  return (
    <AuthCard
      title={t('auth.resetTitle')}
      subtitle={t('auth.resetFor', { name: info.data.displayName, username: info.data.username })}
    >
      {error !== null && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(error)}
          style={{ marginBottom: 16 }}
          data-testid="reset-error"
        />
      )}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item
          name="newPassword"
          label={t('auth.newPassword')}
          extra={t('auth.passwordPolicy')}
          rules={[passwordRule(() => info.data?.username)]}
        >
          <Input.Password autoComplete="new-password" data-testid="reset-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.confirmNewPassword')}
          dependencies={['newPassword']}
          rules={[sameAsRule('newPassword')]}
        >
          <Input.Password autoComplete="new-password" data-testid="reset-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="reset-submit">
          {t('auth.resetSubmit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
