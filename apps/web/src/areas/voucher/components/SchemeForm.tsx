import { addDays, SERVICE_CATEGORY_CODES, schemeInputSchema, shanghaiDate, yuanToFen } from '@cz/shared';
import type { SchemeInput } from '@cz/shared/voucher';
import { Alert, App, Button, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { fromIsoDate, toIsoDate } from '../../../kit/datetime';
import { DateInput, DateRangeInput } from '../../../kit/forms/DateInput';
import { type Issue, showIssues, useRelocalisedErrors, zodRule } from '../../../kit/forms/zod-form';
import { useCatalogLabels } from '../../catalog/labels';

type Values = Omit<SchemeInput, 'applyFrom' | 'applyTo' | 'validUntil'> & {
  validityKind: 'months' | 'until';
  validUntil?: Dayjs | null;
  window: [Dayjs, Dayjs];
};

const f = schemeInputSchema.shape;

/** The form's values as the API's input: amounts typed in 元 become fen, dates become YYYY-MM-DD. */
function toInput(v: Values): SchemeInput {
  return {
    year: v.year,
    name: v.name?.trim() ?? '',
    budget: yuanToFen(v.budget ?? 0),
    perEnterpriseCap: yuanToFen(v.perEnterpriseCap ?? 0),
    coveragePercent: v.coveragePercent,
    amountMode: v.amountMode,
    unitAmount: v.amountMode === 'unit' ? yuanToFen(v.unitAmount ?? 0) : null,
    validityMonths: v.validityKind === 'months' ? (v.validityMonths ?? null) : null,
    validUntil: v.validityKind === 'until' ? toIsoDate(v.validUntil) : null,
    categories: v.categories ?? [],
    requireTsme: v.requireTsme,
    allowIncubatorTenants: v.allowIncubatorTenants,
    applyFrom: toIsoDate(v.window?.[0]) ?? '',
    applyTo: toIsoDate(v.window?.[1]) ?? '',
  };
}

/** A new scheme with every field of the API's input; checked with the server's schema, refinements included. */
export function SchemeForm({
  onSubmit,
  onDone,
}: {
  onSubmit: (input: SchemeInput) => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation('voucher');
  const { message } = App.useApp();
  const labels = useCatalogLabels();
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const mode = Form.useWatch('amountMode', form);
  const validityKind = Form.useWatch('validityKind', form);
  const today = shanghaiDate(new Date());
  const [saving, setSaving] = useState(false);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="scheme-form"
      initialValues={{
        year: Number(today.slice(0, 4)),
        coveragePercent: 50,
        amountMode: 'free',
        validityKind: 'months',
        validityMonths: 12,
        categories: [],
        requireTsme: true,
        allowIncubatorTenants: true,
        window: [fromIsoDate(today), fromIsoDate(addDays(today, 90))],
      }}
      onFinish={async (v) => {
        const parsed = schemeInputSchema.safeParse(toInput(v));
        if (!parsed.success) {
          // The window is one field here: its two dates' issues go to it.
          const issues = (parsed.error.issues as Issue[]).map((i) =>
            i.path[0] === 'applyFrom' || i.path[0] === 'applyTo' ? { ...i, path: ['window'] } : i,
          );
          showIssues(form, issues);
          return;
        }
        setSaving(true);
        try {
          await onSubmit(parsed.data);
          message.success(t('adminSchemes.created'));
          onDone();
        } catch (err) {
          message.error(errorMessage(err));
        } finally {
          setSaving(false);
        }
      }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('adminSchemes.createHint')} />
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="name" label={t('adminSchemes.name')} required rules={[zodRule(f.name)]}>
            <Input maxLength={200} data-testid="scheme-name-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="year" label={t('adminSchemes.year')} required rules={[zodRule(f.year)]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="budget"
            label={t('adminSchemes.budget')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="scheme-budget" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="perEnterpriseCap"
            label={t('adminSchemes.cap')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="scheme-cap" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="coveragePercent"
            label={t('adminSchemes.coverage')}
            extra={t('adminSchemes.coverageHint')}
            required
            rules={[zodRule(f.coveragePercent)]}
          >
            <InputNumber min={1} max={100} style={{ width: '100%' }} data-testid="scheme-coverage" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="amountMode" label={t('adminSchemes.amountMode')}>
            <Radio.Group
              options={(['free', 'unit'] as const).map((m) => ({ value: m, label: t(`adminSchemes.modes.${m}`) }))}
            />
          </Form.Item>
        </Col>
        {mode === 'unit' && (
          <Col xs={24} md={12}>
            <Form.Item
              name="unitAmount"
              label={t('adminSchemes.unitAmount')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="scheme-unit" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item name="validityKind" label={t('adminSchemes.validityKind')}>
            <Radio.Group
              options={(['months', 'until'] as const).map((k) => ({
                value: k,
                label: t(`adminSchemes.validityKinds.${k}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {validityKind === 'until' ? (
            <Form.Item
              name="validUntil"
              label={t('adminSchemes.validUntil')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <DateInput style={{ width: '100%' }} />
            </Form.Item>
          ) : (
            <Form.Item
              name="validityMonths"
              label={t('adminSchemes.validityMonths')}
              rules={[zodRule(f.validityMonths)]}
            >
              <InputNumber min={1} max={36} precision={0} style={{ width: '100%' }} data-testid="scheme-months" />
            </Form.Item>
          )}
        </Col>
        <Col span={24}>
          <Form.Item
            name="window"
            label={t('adminSchemes.window')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <DateRangeInput style={{ maxWidth: '100%' }} data-testid="scheme-window" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="categories"
            label={t('adminSchemes.categories')}
            required
            rules={[{ required: true, type: 'array', min: 1, message: t('validation.required') }]}
          >
            <Checkbox.Group style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 0' }}>
              {SERVICE_CATEGORY_CODES.map((c) => (
                <Checkbox key={c} value={c} data-testid={`scheme-category-${c}`} style={{ minWidth: 150 }}>
                  {labels.serviceCategory(c)}
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="requireTsme" label={t('adminSchemes.requireTsme')} valuePropName="checked">
            <Switch data-testid="scheme-require-tsme" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="allowIncubatorTenants" label={t('adminSchemes.allowTenants')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="scheme-submit">
        {t('adminSchemes.submit')}
      </Button>
    </Form>
  );
}
