import { type FinanceSettings, financeSettingsSchema } from '@cz/shared/finance';
import { App, Button, Card, Col, Form, InputNumber, Row, Space, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../../kit/forms/zod-form';
import { useSaveSettings, useSettings } from '../../api';
import { LabelsCard } from '../../components/LabelsCard';
import { bpToPct } from '../../labels';

/** 科技金融设置: the first-contact and follow-up days, the LPR, the yearly target, and the product labels. */
export function FinanceSettingsPage() {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const settings = useSettings();
  const save = useSaveSettings();
  const [form] = Form.useForm<FinanceSettings>();
  useRelocalisedErrors(form);
  const lpr = Form.useWatch('lprBp', form);
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  const submit = async (v: FinanceSettings) => {
    const parsed = financeSettingsSchema.safeParse(v);
    if (!parsed.success) {
      showIssues(form, parsed.error.issues as Issue[]);
      return;
    }
    try {
      await save.mutateAsync(parsed.data);
      message.success(t('admin.settings.saved'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => settings.refetch()} />;
  if (!settings.data) return <Spin />;
  const number = (name: keyof FinanceSettings, label: string, extra: string, max: number) => (
    <Col xs={24} md={12}>
      <Form.Item name={name} label={label} extra={extra} rules={[{ required: true }]}>
        <InputNumber min={0} max={max} precision={0} style={{ width: '100%' }} data-testid={`settings-${name}`} />
      </Form.Item>
    </Col>
  );
  return (
    <div style={{ maxWidth: 960 }}>
      <PageHeader
        title={t('admin.settings.title')}
        subtitle={t('admin.settings.updatedAt', { at: formatDateTime(settings.data.updatedAt) })}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Form<FinanceSettings> form={form} layout="vertical" onFinish={submit} data-testid="finance-settings">
            <Row gutter={12}>
              {number(
                'firstContactDays',
                t('admin.settings.firstContactDays'),
                t('admin.settings.firstContactHint'),
                20,
              )}
              {number('followUpDays', t('admin.settings.followUpDays'), t('admin.settings.followUpHint'), 30)}
              {number(
                'lprBp',
                t('admin.settings.lprBp'),
                t('admin.settings.lprHint', { pct: typeof lpr === 'number' ? bpToPct(lpr) : '—' }),
                2000,
              )}
              {number('servedTarget', t('admin.settings.servedTarget'), t('admin.settings.servedHint'), 100000)}
            </Row>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="settings-save">
              {t('admin.settings.save')}
            </Button>
          </Form>
        </Card>
        <LabelsCard />
      </Space>
    </div>
  );
}
