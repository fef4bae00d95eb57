import { type FinanceNeedInput, financeNeedInputSchema } from '@cz/shared/finance';
import { App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { toIsoDate } from '../../../../kit/datetime';
import { DateInput } from '../../../../kit/forms/DateInput';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../../kit/forms/zod-form';
import { yuanToFen } from '../../../../kit/money';
import { useCreateNeed } from '../../api';
import { tagged } from '../../components/tagged';
import { useFinanceLabels } from '../../labels';

type Values = Omit<FinanceNeedInput, 'amountFen' | 'rateCeilingBp' | 'neededBy'> & {
  amountYuan: number | null;
  rateCeilingPct: number | null;
  neededBy: Dayjs | null;
};
const FORM_PATH: Record<string, string> = { amountFen: 'amountYuan', rateCeilingBp: 'rateCeilingPct' };

/** 发布融资需求: how much, how long, for what, what the enterprise can offer; it goes to the institutions that fit. */
export function NeedFormPage() {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const labels = useFinanceLabels();
  const create = useCreateNeed();
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);

  const submit = async (v: Values) => {
    const { amountYuan, rateCeilingPct, neededBy, ...rest } = v;
    const body: FinanceNeedInput = {
      ...rest,
      amountFen: amountYuan === null || amountYuan === undefined ? 0 : yuanToFen(amountYuan),
      rateCeilingBp: rateCeilingPct === null || rateCeilingPct === undefined ? null : Math.round(rateCeilingPct * 100),
      neededBy: toIsoDate(neededBy) ?? '',
    };
    const parsed = financeNeedInputSchema.safeParse(body);
    if (!parsed.success) {
      showIssues(
        form,
        (parsed.error.issues as Issue[]).map((i) => {
          const first = String(i.path[0]);
          return FORM_PATH[first] ? { ...i, path: [FORM_PATH[first], ...i.path.slice(1)] } : i;
        }),
      );
      return;
    }
    try {
      const saved = await create.mutateAsync(body);
      message.success(t('need.posted', { count: saved.pushes.length }));
      navigate(`/my/finance/needs/${saved.id}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <div style={{ maxWidth: 960 }}>
      <PageHeader title={t('need.form.title')} subtitle={t('need.form.subtitle')} />
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ guaranteeOffered: [], collateral: [], rateCeilingPct: null, amountYuan: null }}
          data-testid="finance-need-form"
        >
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item
                name="amountYuan"
                label={t('need.form.amount')}
                extra={t('need.form.amountHint')}
                rules={[{ required: true }]}
              >
                <InputNumber
                  min={0}
                  precision={2}
                  style={{ width: '100%' }}
                  suffix={t('units.yuan')}
                  data-testid="need-amount-input"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="termMonths" label={t('need.form.term')} rules={[{ required: true }]}>
                <InputNumber
                  min={1}
                  max={360}
                  precision={0}
                  style={{ width: '100%' }}
                  suffix={t('units.monthUnit')}
                  data-testid="need-term-input"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="neededBy" label={t('fields.neededBy')} rules={[{ required: true }]}>
                <DateInput style={{ width: '100%' }} data-testid="need-needed-by" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="purpose" label={t('fields.purpose')} rules={[{ required: true }]}>
            <Select options={labels.purposeOptions} aria-label={t('fields.purpose')} data-testid="need-purpose" />
          </Form.Item>
          <Form.Item
            name="purposeText"
            label={t('fields.purposeText')}
            extra={t('need.form.purposeHint')}
            rules={[{ required: true, min: 10, max: 1000 }]}
          >
            <Input.TextArea rows={4} maxLength={1000} showCount data-testid="need-purpose-text" />
          </Form.Item>
          <Form.Item
            name="guaranteeOffered"
            label={t('fields.guaranteeOffered')}
            rules={[{ type: 'array', min: 1, message: t('fields.pickOne') }]}
          >
            <Checkbox.Group options={tagged(labels.guaranteeOptions, 'need-guarantee')} data-testid="need-guarantees" />
          </Form.Item>
          <Form.Item name="collateral" label={t('fields.collateral')} extra={t('need.form.collateralHint')}>
            <Checkbox.Group
              options={tagged(labels.collateralOptions, 'need-collateral')}
              data-testid="need-collateral"
            />
          </Form.Item>
          <Form.Item name="rateCeilingPct" label={t('fields.rateCeiling')} extra={t('need.form.ceilingHint')}>
            <InputNumber
              min={0.01}
              max={24}
              precision={2}
              style={{ width: 200 }}
              suffix="%"
              data-testid="need-ceiling"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="need-submit">
            {t('need.form.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
