import { type Indicator, indicatorSchema } from '@cz/shared';
import { Alert, Col, Form, InputNumber, Modal, Row } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../kit/forms/zod-form';
import { fenToWan, wanToFen } from '../../../kit/money';

const MONEY = ['totalAssets', 'rdExpense', 'revenue'] as const;
/** Figures the national evaluations use; left empty, they are "not reported" and an evaluation says it needs them. */
const REPORTED_MONEY = [
  'totalCost',
  'netAssets',
  'totalLiabilities',
  'rdDomestic',
  'totalIncome',
  'hightechIncome',
  'mainBusinessRevenue',
] as const;
const COUNTS = ['employees', 'techStaff'] as const;
type Values = Omit<Indicator, (typeof MONEY)[number] | (typeof REPORTED_MONEY)[number]> &
  Record<(typeof MONEY)[number], number> &
  Record<(typeof REPORTED_MONEY)[number], number | null | undefined>;
const toWan = (fen: number | null) => (fen === null ? null : fenToWan(fen));
const toFen = (wan: number | null | undefined) => (wan === null || wan === undefined ? null : wanToFen(wan));

type Props = {
  open: boolean;
  /** The year being edited; null when adding one. */
  editing: Indicator | null;
  existingYears: number[];
  saving: boolean;
  onSave: (value: Indicator) => Promise<void>;
  onClose: () => void;
};

/** One year of indicators; money typed in 万元 and saved in fen, checked with the server's indicatorSchema. */
export function IndicatorModal({ open, editing, existingYears, saving, onSave, onClose }: Props) {
  const { t } = useTranslation('org');
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const year = Form.useWatch('year', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        ...editing,
        totalAssets: fenToWan(editing.totalAssets),
        rdExpense: fenToWan(editing.rdExpense),
        revenue: fenToWan(editing.revenue),
        ...Object.fromEntries(REPORTED_MONEY.map((k) => [k, toWan(editing[k])])),
      });
    } else {
      const next = new Date().getFullYear() - 1;
      form.setFieldsValue({
        year: next,
        employees: 0,
        techStaff: 0,
        totalAssets: 0,
        rdExpense: 0,
        revenue: 0,
        conversions: null,
      });
    }
  }, [open, editing, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const value = {
      ...v,
      totalAssets: wanToFen(v.totalAssets ?? 0),
      rdExpense: wanToFen(v.rdExpense ?? 0),
      revenue: wanToFen(v.revenue ?? 0),
      ...Object.fromEntries(REPORTED_MONEY.map((k) => [k, toFen(v[k])])),
      conversions: v.conversions ?? null,
    };
    const parsed = indicatorSchema.safeParse(value);
    if (!parsed.success) {
      showIssues(form, parsed.error.issues as Issue[]);
      return;
    }
    await onSave(parsed.data);
  };

  const required = [{ required: true, message: t('validation.required') }];
  return (
    <Modal
      open={open}
      title={editing ? t('indicators.editTitle', { year: editing.year }) : t('indicators.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      forceRender
      width={640}
    >
      <Form form={form} layout="vertical" data-testid="indicator-form">
        <Form.Item name="year" label={t('indicators.year')} rules={required}>
          <InputNumber
            min={1990}
            max={2100}
            precision={0}
            disabled={!!editing}
            style={{ width: '100%' }}
            data-testid="ind-year"
          />
        </Form.Item>
        {!editing && year !== undefined && existingYears.includes(year) && (
          <Alert type="warning" showIcon title={t('indicators.yearExists')} style={{ marginBottom: 16 }} />
        )}
        <Row gutter={16}>
          {COUNTS.map((key) => (
            <Col xs={24} sm={12} key={key}>
              <Form.Item name={key} label={t(`indicators.${key}`)} rules={required}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid={`ind-${key}`} />
              </Form.Item>
            </Col>
          ))}
          {MONEY.map((key) => (
            <Col xs={24} sm={12} key={key}>
              <Form.Item name={key} label={t(`indicators.${key}`)} rules={required}>
                <InputNumber
                  min={0}
                  precision={2}
                  style={{ width: '100%' }}
                  suffix={t('org.wan')}
                  data-testid={`ind-${key}`}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Alert type="info" showIcon title={t('indicators.reportedHint')} style={{ marginBottom: 16 }} />
        <Row gutter={16}>
          {REPORTED_MONEY.map((key) => (
            <Col xs={24} sm={12} key={key}>
              <Form.Item name={key} label={t(`indicators.${key}`)}>
                <InputNumber
                  min={key === 'netAssets' ? undefined : 0}
                  precision={2}
                  style={{ width: '100%' }}
                  suffix={t('org.wan')}
                  data-testid={`ind-${key}`}
                />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} sm={12}>
            <Form.Item name="conversions" label={t('indicators.conversions')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="ind-conversions" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
