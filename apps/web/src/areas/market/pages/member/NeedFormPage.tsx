import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  NEED_CONFIDENTIALITY,
  type NeedInput,
  type NeedTarget,
  needInputSchema,
  TARGET_OPERATOR_CODES,
} from '@cz/shared/market';
import { App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { dayjs, toIsoDate } from '../../../../kit/datetime';
import { DateInput } from '../../../../kit/forms/DateInput';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../../kit/forms/zod-form';
import { fenToWan, wanToFen } from '../../../../kit/money';
import { useCreateNeed, useNeed, useUpdateNeed } from '../../api';
import { useMarketLabels } from '../../labels';

type Values = Omit<NeedInput, 'budgetMinFen' | 'budgetMaxFen' | 'deadline'> & {
  budgetMinWan: number | null;
  budgetMaxWan: number | null;
  deadline: Dayjs | null;
};
/** Where the schema's issue about a budget end or the deadline shows in the form. */
const FORM_PATH: Record<string, string> = {
  budgetMinFen: 'budgetMinWan',
  budgetMaxFen: 'budgetMaxWan',
};
const wanOrNull = (v: number | null | undefined) => (v === null || v === undefined ? null : wanToFen(v));

/** States a new technology need of the organisation, or changes a draft, returned or withdrawn one. */
export function NeedFormPage() {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id) || undefined;
  const existing = useNeed(id);
  const create = useCreateNeed();
  const update = useUpdateNeed();
  const labels = useMarketLabels();
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);

  useEffect(() => {
    const n = existing.data;
    if (!n) return;
    form.setFieldsValue({
      ...n,
      details: n.details ?? '',
      budgetMinWan: n.budgetMinFen === null ? null : fenToWan(n.budgetMinFen),
      budgetMaxWan: n.budgetMaxFen === null ? null : fenToWan(n.budgetMaxFen),
      deadline: dayjs(n.deadline),
    });
  }, [existing.data, form]);

  const submit = async (v: Values) => {
    const { budgetMinWan, budgetMaxWan, deadline, ...rest } = v;
    const body: NeedInput = {
      ...rest,
      targets: (v.targets ?? []).filter((x): x is NeedTarget => !!x?.indicator),
      budgetMinFen: wanOrNull(budgetMinWan),
      budgetMaxFen: wanOrNull(budgetMaxWan),
      deadline: toIsoDate(deadline) ?? '',
    };
    const parsed = needInputSchema.safeParse(body);
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
      const saved = id ? await update.mutateAsync({ id, body }) : await create.mutateAsync(body);
      message.success(id ? t('form.saved') : t('form.created'));
      navigate(`/my/market/needs/${saved.id}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  if (id && existing.isError) return <QueryError error={existing.error} onRetry={() => existing.refetch()} />;
  const operatorOptions = TARGET_OPERATOR_CODES.map((value) => ({ value, label: t(`needs.operators.${value}`) }));
  return (
    <div style={{ maxWidth: 960 }}>
      <PageHeader
        title={id ? t('needs.form.editTitle') : t('needs.form.newTitle')}
        subtitle={t('needs.form.subtitle')}
      />
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            confidentiality: 'public',
            keywords: [],
            targets: [{ indicator: '', operator: 'gte', value: undefined, unit: '' }],
            budgetMinWan: null,
            budgetMaxWan: null,
          }}
          data-testid="need-form"
        >
          <Form.Item name="title" label={t('needs.fields.title')} rules={[{ required: true, min: 4, max: 200 }]}>
            <Input data-testid="need-title" maxLength={200} />
          </Form.Item>
          <Form.Item
            name="summary"
            label={t('needs.fields.summary')}
            extra={t('needs.form.summaryHint')}
            rules={[{ required: true, min: 20, max: 4000 }]}
          >
            <Input.TextArea data-testid="need-summary" rows={4} maxLength={4000} showCount />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="field" label={t('fields.field')} rules={[{ required: true }]}>
                <Select options={labels.fieldOptions} aria-label={t('fields.field')} data-testid="need-field" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="deadline"
                label={t('needs.fields.deadline')}
                extra={t('needs.form.deadlineHint')}
                rules={[{ required: true }]}
              >
                <DateInput style={{ width: '100%' }} data-testid="need-deadline" />
              </Form.Item>
            </Col>
          </Row>
          <Form.List name="targets">
            {(fields, { add, remove }) => (
              <Form.Item label={t('needs.fields.targets')} extra={t('needs.form.targetsHint')} required>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap data-testid={`need-target-${f.name}`}>
                    <Form.Item name={[f.name, 'indicator']} rules={[{ required: true, max: 50 }]}>
                      <Input
                        placeholder={t('needs.form.indicator')}
                        aria-label={t('needs.form.indicator')}
                        data-testid={`need-target-${f.name}-indicator`}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'operator']} rules={[{ required: true }]}>
                      <Select
                        options={operatorOptions}
                        style={{ width: 72 }}
                        aria-label={t('needs.form.operator')}
                        data-testid={`need-target-${f.name}-operator`}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'value']} rules={[{ required: true }]}>
                      <InputNumber
                        placeholder={t('needs.form.value')}
                        aria-label={t('needs.form.value')}
                        data-testid={`need-target-${f.name}-value`}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'unit']}>
                      <Input
                        placeholder={t('needs.form.unit')}
                        aria-label={t('needs.form.unit')}
                        style={{ width: 100 }}
                        maxLength={20}
                        data-testid={`need-target-${f.name}-unit`}
                      />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label={t('needs.form.removeTarget')}
                      />
                    )}
                  </Space>
                ))}
                {fields.length < 10 && (
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add({ indicator: '', operator: 'gte', unit: '' })}
                    data-testid="need-target-add"
                  >
                    {t('needs.form.addTarget')}
                  </Button>
                )}
              </Form.Item>
            )}
          </Form.List>
          <Row gutter={12}>
            <Col xs={12} md={8}>
              <Form.Item name="budgetMinWan" label={t('needs.fields.budgetFrom')} extra={t('needs.form.budgetHint')}>
                <InputNumber
                  min={0}
                  precision={2}
                  style={{ width: '100%' }}
                  suffix={t('form.wan')}
                  data-testid="need-budget-min"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="budgetMaxWan" label={t('needs.fields.budgetTo')}>
                <InputNumber
                  min={0}
                  precision={2}
                  style={{ width: '100%' }}
                  suffix={t('form.wan')}
                  data-testid="need-budget-max"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="confidentiality" label={t('needs.fields.confidentiality')}>
            <Radio.Group data-testid="need-confidentiality">
              {NEED_CONFIDENTIALITY.map((c) => (
                <Radio key={c} value={c} data-testid={`need-confidentiality-${c}`}>
                  {t(`needs.confidentiality.${c}`)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="details" label={t('needs.fields.details')} extra={t('needs.form.detailsHint')}>
            <Input.TextArea data-testid="need-details-input" rows={4} maxLength={8000} showCount />
          </Form.Item>
          <Form.Item name="keywords" label={t('fields.keywords')} extra={t('needs.form.keywordsHint')}>
            <Select mode="tags" maxCount={10} aria-label={t('fields.keywords')} tokenSeparators={[',', '，', ' ']} />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending || update.isPending}
            data-testid="need-save"
          >
            {id ? t('form.save') : t('form.create')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
