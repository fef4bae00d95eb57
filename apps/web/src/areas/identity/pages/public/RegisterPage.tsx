import { registerBodySchema } from '@cz/shared';
import { Alert, App, Button, Col, Divider, Form, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { type Issue, sameAsRule, showIssues, useRelocalisedErrors, zodRule } from '../../../../kit/forms/zod-form';
import { OrgFormFields } from '../../../org/components/OrgFormFields';
import { type OrgFormValues, toOrgInput } from '../../../org/components/org-form';
import { AuthCard } from '../../components/AuthCard';
import { passwordRule } from '../../components/password-rule';

type Values = {
  username: string;
  password: string;
  confirm: string;
  displayName: string;
  phone?: string;
  email?: string;
  org: OrgFormValues;
};

const shape = registerBodySchema.shape;
const half = { xs: 24, md: 12 };
const blankToUndefined = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** Enterprise self-registration: an account and its organisation, which then waits for verification. */
export function RegisterPage() {
  const { t } = useTranslation('identity');
  const { message } = App.useApp();
  const { register } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const [busy, setBusy] = useState(false);
  // The error itself is kept, so that its message follows a change of language.
  const [error, setError] = useState<unknown>(null);

  const onFinish = async (v: Values) => {
    const body = {
      username: v.username,
      password: v.password,
      displayName: v.displayName,
      phone: blankToUndefined(v.phone),
      email: blankToUndefined(v.email),
      org: toOrgInput(v.org, 'enterprise'),
    };
    const parsed = registerBodySchema.safeParse(body);
    if (!parsed.success) {
      showIssues(form, parsed.error.issues as Issue[]);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await register(body);
      message.success(t('auth.registered'));
      navigate('/my/org', { replace: true });
    } catch (err) {
      setError(err);
      window.scrollTo({ top: 0, behavior: 'smooth' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.registerTitle')} subtitle={t('auth.registerSubtitle')} width={880}>
      {error !== null && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(error)}
          style={{ marginBottom: 16 }}
          data-testid="register-error"
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ org: { isAboveScale: false, isSpecialized: false } }}
        scrollToFirstError={{ block: 'center' }}
      >
        <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
          <strong>{t('auth.accountSection')}</strong>
        </Divider>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="username"
              label={t('auth.username')}
              required
              rules={[zodRule(shape.username)]}
              extra={t('validation.username.format')}
            >
              <Input autoComplete="username" data-testid="reg-username" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="displayName" label={t('auth.displayName')} required rules={[zodRule(shape.displayName)]}>
              <Input autoComplete="name" maxLength={64} data-testid="reg-display-name" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="password"
              label={t('auth.password')}
              required
              dependencies={['username']}
              rules={[passwordRule(() => form.getFieldValue('username'))]}
              extra={t('auth.passwordPolicy')}
            >
              <Input.Password autoComplete="new-password" data-testid="reg-password" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="confirm"
              label={t('auth.confirmPassword')}
              required
              dependencies={['password']}
              rules={[sameAsRule('password')]}
            >
              <Input.Password autoComplete="new-password" data-testid="reg-password-confirm" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="phone" label={t('auth.phone')} rules={[zodRule(shape.phone)]}>
              <Input autoComplete="tel" inputMode="tel" maxLength={32} data-testid="reg-phone" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="email" label={t('auth.email')} rules={[zodRule(shape.email)]}>
              <Input autoComplete="email" inputMode="email" maxLength={128} data-testid="reg-email" />
            </Form.Item>
          </Col>
        </Row>
        <OrgFormFields prefix={['org']} testIdPrefix="reg" firstTitle={t('auth.orgSection')} />
        <Button type="primary" htmlType="submit" size="large" block loading={busy} data-testid="reg-submit">
          {t('auth.registerSubmit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('auth.haveAccount')} <Link to="/login">{t('auth.loginLink')}</Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
