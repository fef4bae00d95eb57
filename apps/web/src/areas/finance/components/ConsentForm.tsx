import { type ConsentInput, consentInputSchema, type FinanceNeed } from '@cz/shared/finance';
import { App, Button, Card, Checkbox, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { formatDate, toIsoDate } from '../../../kit/datetime';
import { DateInput } from '../../../kit/forms/DateInput';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../kit/forms/zod-form';
import { useConsents, useGrantConsent } from '../api';
import { useFinanceLabels } from '../labels';
import { tagged } from './tagged';

type Values = { institutionOrgIds: number[]; scopes: ConsentInput['scopes']; validUntil: Dayjs | null };

/**
 * 信息授权 for a need: the enterprise lets chosen institutions it was pushed to read chosen facts of it until a day;
 * the consents already given for the need are listed above the form.
 */
export function ConsentForm({ need }: { need: FinanceNeed }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const labels = useFinanceLabels();
  const grant = useGrantConsent();
  // The consents given for this need: one per institution it was pushed to, so a page holds them.
  const consents = useConsents({ scope: 'mine', needId: need.id, pageSize: 100 });
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const given = (consents.data?.items ?? []).filter((c) => c.active);
  const submit = async (v: Values) => {
    const body: ConsentInput = {
      institutionOrgIds: v.institutionOrgIds ?? [],
      scopes: v.scopes ?? [],
      validUntil: toIsoDate(v.validUntil) ?? '',
      needId: need.id,
    };
    const parsed = consentInputSchema.safeParse(body);
    if (!parsed.success) {
      showIssues(form, parsed.error.issues as Issue[]);
      return;
    }
    try {
      await grant.mutateAsync(body);
      message.success(t('consent.granted'));
      form.resetFields();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Card title={t('consent.formTitle')} data-testid="consent-form">
      <Typography.Paragraph type="secondary">{t('consent.hint')}</Typography.Paragraph>
      {given.length > 0 && (
        <ul data-testid="consents-given">
          {given.map((c) => (
            <li key={c.id} data-testid={`consent-${c.id}`}>
              {t('consent.givenLine', {
                institution: c.institutionName,
                scopes: labels.list(c.scopes, labels.scope),
                until: formatDate(c.validUntil),
              })}
            </li>
          ))}
        </ul>
      )}
      {need.pushes.length === 0 ? (
        <Typography.Text type="secondary">{t('consent.noPushes')}</Typography.Text>
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ institutionOrgIds: [], scopes: [] }}
        >
          <Form.Item
            name="institutionOrgIds"
            label={t('consent.institutions')}
            rules={[{ type: 'array', min: 1, message: t('fields.pickOne') }]}
          >
            <Checkbox.Group
              options={need.pushes.map((p) => ({
                value: p.institutionOrgId,
                label: <span data-testid={`consent-institution-${p.institutionOrgId}`}>{p.institutionName}</span>,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="scopes"
            label={t('consent.scopes')}
            rules={[{ type: 'array', min: 1, message: t('fields.pickOne') }]}
          >
            <Checkbox.Group options={tagged(labels.scopeOptions, 'consent-scope')} />
          </Form.Item>
          <Form.Item name="validUntil" label={t('consent.validUntil')} rules={[{ required: true }]}>
            <DateInput style={{ width: 200 }} data-testid="consent-until" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={grant.isPending} data-testid="consent-grant">
            {t('consent.grant')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
