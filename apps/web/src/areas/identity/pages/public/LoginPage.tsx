import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { loginBodySchema } from '@cz/shared';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { homeFor, useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { zodRule } from '../../../../kit/forms/zod-form';
import { AuthCard } from '../../components/AuthCard';

/** Only same-site paths are followed after login, never an absolute URL (open redirect). */
export function safeNext(next: string | null): string | null {
  return next?.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function LoginPage() {
  const { t } = useTranslation(['identity', 'errors']);
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // The error itself is kept, so that its message follows a change of language.
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (me && !busy) return <Navigate to={safeNext(params.get('next')) ?? homeFor(me)} replace />;

  const onFinish = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const user = await login(values);
      navigate(safeNext(params.get('next')) ?? homeFor(user), { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.loginTitle')} subtitle={t('auth.loginSubtitle')}>
      {error !== null ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(error)}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      ) : (
        safeNext(params.get('next')) && (
          <Alert type="info" showIcon title={t('errors:auth.unauthenticated')} style={{ marginBottom: 16 }} />
        )
      )}
      <Form layout="vertical" onFinish={onFinish} requiredMark={false} data-testid="login-form">
        <Form.Item name="username" label={t('auth.username')} rules={[zodRule(loginBodySchema.shape.username)]}>
          <Input prefix={<UserOutlined />} autoComplete="username" size="large" data-testid="login-username" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[zodRule(loginBodySchema.shape.password)]}>
          <Input.Password
            prefix={<LockOutlined />}
            autoComplete="current-password"
            size="large"
            data-testid="login-password"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="login-submit">
          {t('auth.loginSubmit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('auth.noAccount')} <Link to="/register">{t('auth.registerLink')}</Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
