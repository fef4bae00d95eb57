import { INDUSTRY_SECTIONS } from '@cz/shared';
import { FUND_STAGES, investorProfileSchema } from '@cz/shared/finance';
import { App, Button, Card, Checkbox, Col, Form, InputNumber, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../kit/forms/zod-form';
import { fenToYuan, yuanToFen } from '../../../kit/money';
import { type InvestorProfile, useSaveInvestorProfile } from '../events.api';
import { useFinanceLabels } from '../labels';

type Values = {
  stages: InvestorProfile['stages'];
  industries: string[];
  ticketMinYuan: number | null;
  ticketMaxYuan: number | null;
};
const FORM_PATH: Record<string, string> = { ticketMinFen: 'ticketMinYuan', ticketMaxFen: 'ticketMaxYuan' };
const yuan = (v: number | null | undefined) => (v === null || v === undefined ? Number.NaN : yuanToFen(v));

/** My investment institution's preferences: stages, 国民经济行业 门类 letters and the ticket in 元. */
export function InvestorProfileForm({ profile }: { profile: InvestorProfile | null }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const labels = useFinanceLabels();
  const save = useSaveInvestorProfile();
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  useEffect(() => {
    if (profile)
      form.setFieldsValue({
        stages: profile.stages,
        industries: profile.industries,
        ticketMinYuan: fenToYuan(profile.ticketMinFen),
        ticketMaxYuan: fenToYuan(profile.ticketMaxFen),
      });
  }, [profile, form]);
  const submit = async (v: Values) => {
    const parsed = investorProfileSchema.safeParse({
      stages: v.stages ?? [],
      industries: v.industries ?? [],
      ticketMinFen: yuan(v.ticketMinYuan),
      ticketMaxFen: yuan(v.ticketMaxYuan),
    });
    if (!parsed.success) {
      showIssues(
        form,
        (parsed.error.issues as Issue[]).map((i) => ({
          ...i,
          path: [FORM_PATH[String(i.path[0])] ?? i.path[0], ...i.path.slice(1)] as PropertyKey[],
        })),
      );
      return;
    }
    try {
      await save.mutateAsync(parsed.data);
      message.success(t('investor.saved'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const sections = Object.entries(INDUSTRY_SECTIONS).map(([code, w]) => ({
    value: code,
    label: `${code} · ${labels.zh ? w.zh : w.en}`,
  }));
  return (
    <Card title={t('investor.profile')}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ stages: [], industries: [] }}
        data-testid="investor-form"
      >
        <Form.Item name="stages" label={t('investor.stages')}>
          <Checkbox.Group
            options={FUND_STAGES.map((s) => ({
              value: s,
              label: <span data-testid={`investor-stage-${s}`}>{t(`fundStage.${s}`)}</span>,
            }))}
          />
        </Form.Item>
        <Form.Item name="industries" label={t('investor.industries')} extra={t('investor.industriesHint')}>
          <Select
            mode="multiple"
            maxCount={20}
            optionFilterProp="label"
            aria-label={t('investor.industries')}
            options={sections}
            data-testid="investor-industries"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="ticketMinYuan" label={t('investor.ticketMin')} required>
              <InputNumber
                min={0.01}
                precision={2}
                style={{ width: '100%' }}
                suffix={t('units.yuan')}
                data-testid="investor-ticket-min"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="ticketMaxYuan" label={t('investor.ticketMax')} required>
              <InputNumber
                min={0.01}
                precision={2}
                style={{ width: '100%' }}
                suffix={t('units.yuan')}
                data-testid="investor-ticket-max"
              />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="investor-save">
          {t('investor.save')}
        </Button>
      </Form>
    </Card>
  );
}
